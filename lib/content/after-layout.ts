/**
 * Geometry read from a content script costs the host page a whole style recalc and layout whenever
 * anything is dirty (and a page that is loading, or that we just added an element to, always is):
 * done in our script, it is counted as our time. A ResizeObserver's callbacks run in the page's own
 * rendering step, right after its layout and before paint, when the same reads cost next to nothing
 * and styles written there are drawn in the same frame.
 *
 * `probe` is an element the size of the viewport that nothing else changes: its observer reports
 * the viewport's size once it is first laid out and whenever the viewport resizes, and `request`
 * observes it afresh so that the next rendering step reports it again, for a read the caller needs
 * then. Styles `onLayout` writes never resize the probe, so the page never sees a
 * "ResizeObserver loop" error on our account.
 */
export interface LayoutReads {
  /** Call `onLayout` after the page's next layout (once, however often asked before it). */
  request(): void;
  stop(): void;
}

export interface Viewport {
  width: number;
  height: number;
}

export function afterLayout(probe: Element, view: Window & typeof globalThis, onLayout: (viewport: Viewport) => void): LayoutReads {
  // Observing reports once the probe is first laid out: nothing to ask for until then.
  let requested = true;
  const observer = new view.ResizeObserver((entries) => {
    requested = false;
    const box = entries.at(-1)?.contentRect;
    if (box) onLayout({ width: Math.round(box.width), height: Math.round(box.height) });
  });
  observer.observe(probe);
  return {
    request() {
      if (requested) return;
      requested = true;
      observer.unobserve(probe);
      observer.observe(probe);
    },
    stop() {
      // For good: a request after this observes nothing (a disconnected observer would start again).
      requested = true;
      observer.disconnect();
    },
  };
}
