import type { TamperReason } from './tamper-reasons';

/**
 * Has the page made our frame invisible, transparent or smaller than we drew it? Where the browser
 * cannot tell the overlay whether it is really visible (Firefox has no IntersectionObserver v2),
 * the content script looks for what a clickjacking page does: an opacity, filter, transform, clip,
 * mask or blend on the frame's ancestors, content-visibility hiding them, or a frame box that is
 * not the size we set. Returns why it looks tampered with (a code: tamper-reasons.ts), or null.
 *
 * An element laid over the frame with `pointer-events: none` is not seen here (hit testing skips
 * it); Chromium's IntersectionObserver v2 does see it.
 */
export function frameTampering(iframe: HTMLIFrameElement, host: HTMLElement, size: { width: number; height: number }): TamperReason | null {
  const view = iframe.ownerDocument.defaultView;
  if (!view || !iframe.isConnected || !host.isConnected) return 'gone';
  const own = view.getComputedStyle(iframe);
  if (own.visibility !== 'visible' || own.display === 'none' || Number(own.opacity) < 1) return 'hidden';
  const box = iframe.getBoundingClientRect();
  if (Math.abs(box.width - size.width) > 1 || Math.abs(box.height - size.height) > 1) return 'resized';
  for (let el: Element | null = host; el; el = el.parentElement) {
    const style = view.getComputedStyle(el);
    if (Number(style.opacity) < 1) return 'transparent';
    if (style.filter !== 'none' || (style.backdropFilter && style.backdropFilter !== 'none')) return 'filtered';
    if (style.transform !== 'none' || (style.scale && style.scale !== 'none') || (style.zoom && style.zoom !== '1' && style.zoom !== 'normal')) return 'transformed';
    if (style.clipPath !== 'none' || (style.maskImage && style.maskImage !== 'none')) return 'clipped';
    if (style.mixBlendMode !== 'normal') return 'blended';
    if (style.contentVisibility === 'hidden') return 'collapsed';
  }
  return null;
}

/** How long the frame must have looked untouched before a click in it may save (Firefox's fallback). */
export const CLEAN_FOR_MS = 500;
const POLL_MS = 150;

/**
 * Watches for tampering while the overlay shows something that can save (the overlay arms it), so
 * that a page which restores the frame the instant before a click is still caught: a save is
 * allowed only when no check in the last CLEAN_FOR_MS found tampering. Not armed, nothing runs.
 *
 * `whenLaidOut` runs a periodic check where reading styles and boxes forces no style recalc or
 * layout of the page (overlay-frame.ts: right after the page's own layout, so the check also sees
 * exactly what is about to be painted). The check a save asks for (`verdict`) runs at once.
 */
export function createTamperWatch(
  check: () => TamperReason | null,
  view: Pick<Window, 'setInterval' | 'clearInterval'>,
  now: () => number = Date.now,
  whenLaidOut: (poll: () => void) => void = (poll) => poll(),
) {
  let timer: number | null = null;
  let cleanSince: number | null = null;
  let lastReason: TamperReason | null = 'closed';
  const poll = () => {
    if (timer === null) return;
    lastReason = check();
    if (lastReason !== null) cleanSince = null;
    else cleanSince ??= now();
  };
  const schedule = () => whenLaidOut(poll);
  return {
    arm(on: boolean) {
      if (on && timer === null) {
        cleanSince = null;
        timer = view.setInterval(schedule, POLL_MS);
        schedule();
      } else if (!on && timer !== null) {
        view.clearInterval(timer);
        timer = null;
        cleanSince = null;
        lastReason = 'closed';
      }
    },
    /** Whether a save may go ahead now, and if not, why. */
    verdict(): { ok: true } | { ok: false; reason: TamperReason } {
      if (timer === null) return { ok: false, reason: lastReason ?? 'closed' };
      poll();
      if (lastReason !== null) return { ok: false, reason: lastReason };
      return cleanSince !== null && now() - cleanSince >= CLEAN_FOR_MS ? { ok: true } : { ok: false, reason: 'early' };
    },
    stop() {
      if (timer !== null) view.clearInterval(timer);
      timer = null;
    },
  };
}
