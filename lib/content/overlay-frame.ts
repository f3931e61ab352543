import type { ProfileHeader } from '../platforms/page-path';
import { afterLayout, type Viewport } from './after-layout';
import { avoidHeader, headerLookup, headerRect } from './avoid-header';
import { createFrameHost } from './frame-host';
import { openFrameChannel } from './frame-channel';
import { createTamperWatch, frameTampering } from './frame-tamper';
import { clampPlacement, frameHeightFor, MARGIN, maxPanelHeight, parseFrameMessage, type Placement } from './frame-placement';

export { clampPlacement, parseFrameMessage, type FrameMessage, type Placement } from './frame-placement';

export interface OverlayFrame {
  /** Whether the frame is still in the page (an SPA may replace <body>, our host with it). */
  isConnected(): boolean;
  remove(): void;
}

export interface MountOptions {
  /** The overlay page's origin: the only one the channel's port is ever posted to. */
  targetOrigin: string;
  /** The per-mount token from the background; null when it could not be had (the frame then stays unconnected). */
  token: Promise<string | null>;
  /** The frame was navigated away from our page: remove it (and mount a new one). */
  onHijacked(): void;
  /** The profile header to keep clear of (avoid-header.ts); without it the frame keeps its corner. */
  header?: ProfileHeader;
}

/**
 * Mount the overlay page in an iframe at the bottom-right corner, away from every platform's
 * profile header (which sits at the top), inside a closed shadow root (frame-host.ts), and talk to
 * it only over a private channel (frame-channel.ts). The frame is anchored by its bottom-right
 * corner, so a bigger panel grows up and to the left. Where the user dragged it is remembered by the
 * overlay page (content scripts keep no storage), which tells us with a `place` message; we answer
 * every request with where the frame ended up.
 */
export function mountOverlayFrame(doc: Document, src: string, signal: AbortSignal, options: MountOptions): OverlayFrame {
  const { host, iframe, probe } = createFrameHost(doc, src);
  const style = iframe.style;
  const set = (name: string, value: string) => style.setProperty(name, value, 'important');
  /** Where the overlay asked to be, kept inside the viewport as last laid out. */
  let placement: Placement = { right: MARGIN, bottom: MARGIN, width: 280, height: 72 };
  /** Where the frame is drawn: `placement`, moved off the profile header until the user places it. */
  let shown = placement;
  let userPlaced = false;
  /** The viewport at the page's last layout; null until the page has laid our frame out once. */
  let viewport: Viewport | null = null;
  /** A placement waits for the page's next layout (after-layout.ts); whether it closes a gesture. */
  let pending: { commit: boolean } | null = null;
  const view = doc.defaultView;
  const headerNow = options.header ? headerLookup(doc, options.header) : null;
  /** A tamper check waiting for the page's next layout. */
  let duePoll: (() => void) | null = null;
  const guard = view
    ? createTamperWatch(() => frameTampering(iframe, host, shown), view, Date.now, (poll) => {
        duePoll = poll;
        layout?.request();
      })
    : null;

  const channel = openFrameChannel(iframe, options.targetOrigin, options.token, { message: (data) => onMessage(data), hijacked: () => options.onHijacked() }, signal);

  const draw = () => {
    set('right', `${shown.right}px`);
    set('bottom', `${shown.bottom}px`);
    set('width', `${shown.width}px`);
    set('height', `${shown.height}px`);
  };
  /**
   * Runs right after the page's layout: the viewport and the header are read then, when reading
   * forces nothing, and the frame is drawn in the same frame. Every placement, the first included,
   * is settled here, never in our own message or event handlers.
   */
  const settle = (vp: Viewport) => {
    viewport = vp;
    const commit = pending?.commit ?? false;
    pending = null;
    placement = clampPlacement(placement, vp);
    // Once the user has put the overlay somewhere (a drag, a key, a remembered place), it stays there.
    const avoided = headerNow && !userPlaced ? avoidHeader(placement, vp, headerRect(headerNow(), vp), MARGIN, maxPanelHeight(vp)) : { placement, maxHeight: maxPanelHeight(vp) };
    const moved = avoided.placement;
    if (moved.right !== shown.right || moved.bottom !== shown.bottom || moved.width !== shown.width || moved.height !== shown.height) {
      shown = moved;
      draw();
    }
    channel.post({ type: 'placed', right: shown.right, bottom: shown.bottom, maxHeight: avoided.maxHeight, commit });
  };
  const onLayout = (vp: Viewport) => {
    // The check first: it reads styles and boxes, which the placement's writes would make dirty again.
    const poll = duePoll;
    duePoll = null;
    poll?.();
    if (pending || viewport === null || vp.width !== viewport.width || vp.height !== viewport.height) settle(vp);
  };
  const layout = view ? afterLayout(probe, view, onLayout) : null;

  const apply = (next: Placement, commit = false) => {
    // Clamped at once (a run of moves must stop at the edge, not run past it), again once laid out.
    placement = viewport ? clampPlacement(next, viewport) : next;
    pending = { commit: commit || (pending?.commit ?? false) };
    layout?.request();
  };
  /**
   * The user moves the overlay: from where it is drawn, and no longer out of the header's way by
   * itself. Its size stays the one last asked for, which may not be drawn yet; once placed by the
   * user it is drawn where asked, so later moves go on from `placement` (drawn or about to be).
   */
  const takeOver = () => {
    if (userPlaced) return;
    userPlaced = true;
    placement = { ...placement, right: shown.right, bottom: shown.bottom };
  };

  /** A pointer drag: where the pointer (in this page) and the frame were when it started. */
  let drag: { x: number; y: number; right: number; bottom: number; shield: HTMLElement } | null = null;
  // From the start, not step by step: moves seen by the overlay and by the shield may interleave,
  // and absolute positions cannot drift.
  const dragTo = (x: number, y: number) => {
    if (drag) apply({ ...placement, right: drag.right - (x - drag.x), bottom: drag.bottom - (y - drag.y) });
  };
  /**
   * A point the overlay reports in its own coordinates, in this page's: from where we drew the
   * frame, which is where the overlay saw the pointer (asking the page would force a layout).
   */
  const fromFrame = (m: { clientX: number; clientY: number }) => {
    const vp = viewport ?? { width: 0, height: 0 };
    return [vp.width - shown.right - shown.width + m.clientX, vp.height - shown.bottom - shown.height + m.clientY] as const;
  };
  const endDrag = () => {
    if (!drag) return;
    drag.shield.remove();
    style.removeProperty('pointer-events');
    drag = null;
    apply(placement, true);
  };
  const startDrag = (x: number, y: number) => {
    endDrag();
    // The pointer can leave the frame faster than the frame follows, and a frame in another
    // process cannot always capture it. While the button is down the frame lets the pointer
    // through to a transparent layer under it, which sees every move in this page's coordinates.
    const shield = doc.createElement('div');
    shield.style.cssText = 'all:initial!important;position:fixed!important;inset:0!important;z-index:2147483645!important;cursor:grabbing!important;touch-action:none!important';
    shield.addEventListener('pointermove', (e) => (e.buttons ? dragTo(e.clientX, e.clientY) : endDrag()));
    shield.addEventListener('pointerup', (e) => {
      dragTo(e.clientX, e.clientY);
      endDrag();
    });
    shield.addEventListener('pointercancel', endDrag);
    shield.addEventListener('pointerdown', endDrag);
    (doc.body ?? doc.documentElement).appendChild(shield);
    set('pointer-events', 'none');
    takeOver();
    drag = { x, y, right: placement.right, bottom: placement.bottom, shield };
  };

  function onMessage(data: unknown) {
    const message = parseFrameMessage(data);
    if (message?.type === 'size') apply({ ...placement, width: message.width, height: frameHeightFor(message.height) });
    // Dragging right or down brings the frame closer to the bottom-right corner it is anchored to.
    else if (message?.type === 'move') {
      takeOver();
      apply({ ...placement, right: placement.right - message.dx, bottom: placement.bottom - message.dy }, message.commit);
    } else if (message?.type === 'place') {
      takeOver();
      apply({ ...placement, right: message.right, bottom: message.bottom });
    }
    else if (message?.type === 'drag') {
      const [x, y] = fromFrame(message);
      if (message.phase === 'start') startDrag(x, y);
      else dragTo(x, y);
      if (message.phase === 'end') endDrag();
    } else if (message?.type === 'guard') guard?.arm(message.on);
    else if (message?.type === 'check') channel.post({ type: 'checked', id: message.id, ...(guard?.verdict() ?? { ok: false, reason: 'no window' }) });
  }
  // Drawn at its corner from the start, settled (kept off the header, in the viewport) once laid out.
  draw();
  (doc.body ?? doc.documentElement).appendChild(host);
  signal.addEventListener('abort', () => layout?.stop(), { once: true });
  return {
    isConnected: () => host.isConnected && iframe.isConnected,
    remove() {
      drag?.shield.remove();
      guard?.stop();
      channel.close();
      layout?.stop();
      host.remove();
    },
  };
}
