import type { Platform } from '../contracts/creator';

const MIN = { width: 120, height: 40 };
const MAX = { width: 480, height: 720 };
/** The expanded panel may take this share of the viewport's height, leaving the profile header visible. */
const MAX_HEIGHT_SHARE = 0.7;
const MARGIN = 16;
/** Drag steps and stored positions beyond this are nonsense, whatever the screen. */
const MAX_OFFSET = 20_000;

const DRAG_PHASES = ['start', 'move', 'end'] as const;

export type FrameMessage =
  | { type: 'size'; width: number; height: number }
  | { type: 'move'; dx: number; dy: number; commit: boolean }
  | { type: 'place'; right: number; bottom: number }
  | { type: 'drag'; phase: (typeof DRAG_PHASES)[number]; clientX: number; clientY: number };

const finite = (...values: unknown[]): boolean => values.every((v) => typeof v === 'number' && Number.isFinite(v));
const clamp = (n: number, lo: number, hi: number) => Math.min(Math.max(lo, hi), Math.max(lo, Math.round(n)));

/**
 * What the overlay page asks of its frame: a size, a keyboard step, a remembered position, or
 * where the pointer is during a drag (in the overlay page's coordinates).
 * Hand-validated rather than with zod: this file ships in every content script and zod would
 * triple its size. Anything else, or any number that is not finite, is ignored.
 */
export function parseFrameMessage(data: unknown): FrameMessage | null {
  if (typeof data !== 'object' || data === null) return null;
  const { source, type, width, height, dx, dy, right, bottom, commit, phase, clientX, clientY } = data as Record<string, unknown>;
  if (source !== 'vetted-overlay') return null;
  if (type === 'size' && finite(width, height)) {
    return { type, width: clamp(width as number, MIN.width, MAX.width), height: clamp(height as number, MIN.height, MAX.height) };
  }
  if (type === 'move' && finite(dx, dy)) {
    return { type, dx: clamp(dx as number, -MAX_OFFSET, MAX_OFFSET), dy: clamp(dy as number, -MAX_OFFSET, MAX_OFFSET), commit: commit === true };
  }
  if (type === 'place' && finite(right, bottom)) {
    return { type, right: clamp(right as number, 0, MAX_OFFSET), bottom: clamp(bottom as number, 0, MAX_OFFSET) };
  }
  if (type === 'drag' && DRAG_PHASES.includes(phase as never) && finite(clientX, clientY)) {
    return { type, phase: phase as (typeof DRAG_PHASES)[number], clientX: clamp(clientX as number, -MAX_OFFSET, MAX_OFFSET), clientY: clamp(clientY as number, -MAX_OFFSET, MAX_OFFSET) };
  }
  return null;
}

export interface Placement {
  right: number;
  bottom: number;
  width: number;
  height: number;
}

/** Keep the whole frame inside the viewport, and its height within the share the panel may take. */
export function clampPlacement(p: Placement, viewport: { width: number; height: number }): Placement {
  const width = clamp(p.width, MIN.width, Math.min(MAX.width, viewport.width));
  const height = clamp(p.height, MIN.height, Math.min(MAX.height, Math.floor(viewport.height * MAX_HEIGHT_SHARE)));
  return { width, height, right: clamp(p.right, 0, viewport.width - width), bottom: clamp(p.bottom, 0, viewport.height - height) };
}

export interface OverlayFrame {
  readonly element: HTMLIFrameElement;
  remove(): void;
}

/**
 * Mount the overlay page in an iframe at the bottom-right corner, away from every platform's
 * profile header (which sits at the top). The page inside is ours; the host page only sees a frame.
 * The frame is anchored by its bottom-right corner, so a bigger panel grows up and to the left.
 * Where the user dragged it is remembered by the overlay page (content scripts keep no storage),
 * which tells us with a `place` message; we answer every request with where the frame ended up.
 */
export function mountOverlayFrame(doc: Document, src: string, platform: Platform, signal: AbortSignal, extensionId: string): OverlayFrame {
  const iframe = doc.createElement('iframe');
  const url = new URL(src);
  url.searchParams.set('platform', platform);
  iframe.src = url.href;
  iframe.title = 'Vetted creator check';
  iframe.dataset.vettedOverlay = platform;
  iframe.setAttribute('allowtransparency', 'true');
  // Chromium serves a `use_dynamic_url` resource from a random host, but the page inside reports
  // the extension's own origin; Firefox uses its per-install host for both. Either is ours.
  // Built by hand: URL#origin is "null" for non-web schemes outside browsers (Node, test DOMs).
  const origins = [`${url.protocol}//${url.host}`, `${url.protocol}//${extensionId}`];
  /** The overlay page's origin, learnt from its first message: replies go there and nowhere else. */
  let frameOrigin: string | null = null;
  const style = iframe.style;
  const set = (name: string, value: string) => style.setProperty(name, value, 'important');
  set('all', 'initial');
  // The same color-scheme inside and out keeps the frame transparent in dark mode too.
  for (const [name, value] of Object.entries({ position: 'fixed', border: '0', 'z-index': '2147483646', 'color-scheme': 'light dark', background: 'transparent', display: 'block' })) {
    set(name, value);
  }
  let placement: Placement = { right: MARGIN, bottom: MARGIN, width: 280, height: 72 };
  const view = doc.defaultView;
  const viewport = () => ({ width: doc.documentElement.clientWidth || view?.innerWidth || 0, height: view?.innerHeight || doc.documentElement.clientHeight || 0 });

  const apply = (next: Placement, commit = false) => {
    const vp = viewport();
    placement = clampPlacement(next, vp);
    set('right', `${placement.right}px`);
    set('bottom', `${placement.bottom}px`);
    set('width', `${placement.width}px`);
    set('height', `${placement.height}px`);
    const maxHeight = Math.min(MAX.height, Math.floor(vp.height * MAX_HEIGHT_SHARE));
    if (frameOrigin) iframe.contentWindow?.postMessage({ source: 'vetted-frame', type: 'placed', right: placement.right, bottom: placement.bottom, maxHeight, commit }, frameOrigin);
  };

  /** A pointer drag: where the pointer (in this page) and the frame were when it started. */
  let drag: { x: number; y: number; right: number; bottom: number; shield: HTMLElement } | null = null;
  // From the start, not step by step: moves seen by the overlay and by the shield may interleave,
  // and absolute positions cannot drift.
  const dragTo = (x: number, y: number) => {
    if (drag) apply({ ...placement, right: drag.right - (x - drag.x), bottom: drag.bottom - (y - drag.y) });
  };
  /** A point the overlay reports in its own coordinates, in this page's. */
  const fromFrame = (m: { clientX: number; clientY: number }) => {
    const box = iframe.getBoundingClientRect();
    return [box.left + m.clientX, box.top + m.clientY] as const;
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
    drag = { x, y, right: placement.right, bottom: placement.bottom, shield };
  };

  const onMessage = (event: MessageEvent) => {
    if (event.source !== iframe.contentWindow || !origins.includes(event.origin)) return;
    const message = parseFrameMessage(event.data);
    if (message) frameOrigin = event.origin;
    if (message?.type === 'size') apply({ ...placement, width: message.width, height: message.height });
    // Dragging right or down brings the frame closer to the bottom-right corner it is anchored to.
    else if (message?.type === 'move') apply({ ...placement, right: placement.right - message.dx, bottom: placement.bottom - message.dy }, message.commit);
    else if (message?.type === 'place') apply({ ...placement, right: message.right, bottom: message.bottom });
    else if (message?.type === 'drag') {
      const [x, y] = fromFrame(message);
      if (message.phase === 'start') startDrag(x, y);
      else dragTo(x, y);
      if (message.phase === 'end') endDrag();
    }
  };
  const onResize = () => apply(placement);
  view?.addEventListener('message', onMessage, { signal });
  view?.addEventListener('resize', onResize, { signal });
  apply(placement);
  (doc.body ?? doc.documentElement).appendChild(iframe);
  return {
    element: iframe,
    remove() {
      drag?.shield.remove();
      view?.removeEventListener('message', onMessage);
      view?.removeEventListener('resize', onResize);
      iframe.remove();
    },
  };
}
