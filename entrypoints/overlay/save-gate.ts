import type { FrameLink } from './frame-channel';
import { tamperReasonText } from '../../lib/content/tamper-reasons';

/** How long the frame must have been really visible before a click in it may save. */
export const VISIBLE_FOR_MS = 500;
const CHECK_TIMEOUT_MS = 1_000;

export type GateVerdict = { ok: true } | { ok: false; reason: string };

export interface SaveGate {
  /** The panel shows (or stops showing) the save control. */
  arm(on: boolean): void;
  /** At the click: may it save? */
  check(): Promise<GateVerdict>;
  stop(): void;
}

/** Chromium's IntersectionObserver v2: the browser itself says whether the frame is unoccluded, untransformed and opaque. */
export function trackVisibilitySupported(win: Window & typeof globalThis): boolean {
  return typeof win.IntersectionObserverEntry === 'function' && 'isVisible' in win.IntersectionObserverEntry.prototype;
}

/**
 * A page that wants a save it cannot make itself hides our frame (opacity 0.001, a decoy on top)
 * and lures a click. A click saves only if the frame was visible for the last VISIBLE_FOR_MS:
 * - in Chromium, as IntersectionObserver v2 (`trackVisibility`) reports it for the overlay's root
 *   (any opacity, filter or transform on the way up, or anything painted over it, counts as hidden);
 * - elsewhere (Firefox), the content script that drew the frame watches it for tampering while the
 *   panel is armed, and answers for it over the private channel (lib/content/frame-tamper.ts).
 */
export function createSaveGate(win: Window & typeof globalThis, root: Element, link: FrameLink): SaveGate {
  if (trackVisibilitySupported(win)) {
    let visibleSince: number | null = null;
    const observer = new win.IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          const visible = (entry as IntersectionObserverEntry & { isVisible?: boolean }).isVisible === true;
          visibleSince = visible ? (visibleSince ?? entry.time) : null;
        }
      },
      { trackVisibility: true, delay: 100, threshold: [0, 1] } as IntersectionObserverInit,
    );
    observer.observe(root);
    return {
      arm: () => {},
      async check() {
        if (visibleSince === null) return { ok: false, reason: 'the page hid or covered the panel' };
        return win.performance.now() - visibleSince >= VISIBLE_FOR_MS ? { ok: true } : { ok: false, reason: 'the panel had not been visible long enough' };
      },
      stop: () => observer.disconnect(),
    };
  }
  let nextId = 1;
  return {
    arm: (on) => link.post({ type: 'guard', on }),
    check() {
      const id = nextId++;
      return new Promise<GateVerdict>((resolve) => {
        const timer = win.setTimeout(() => {
          stop();
          resolve({ ok: false, reason: 'the page did not let Vetted check the panel' });
        }, CHECK_TIMEOUT_MS);
        const stop = link.listen((answer) => {
          if (answer.type !== 'checked' || answer.id !== id) return;
          win.clearTimeout(timer);
          stop();
          resolve(answer.ok ? { ok: true } : { ok: false, reason: answer.reason ? tamperReasonText(answer.reason) : 'the panel was not visible' });
        });
        link.post({ type: 'check', id });
      });
    },
    stop: () => link.post({ type: 'guard', on: false }),
  };
}
