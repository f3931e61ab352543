/**
 * Metrics are read this long after navigation start in both browsers (or 500 ms after a later
 * badge), so that with and without cover the same stretch of the page's life, late work included.
 */
export const MEASURE_AT_MS = 2_000;
export const SETTLE_MS = 500;
/** Far beyond any goal: a badge not ready by then is stuck, and counted as never. */
export const BADGE_TIMEOUT_MS = 8_000;

export interface LoadRun {
  scriptMs: number;
  /**
   * CDP LayoutDuration + RecalcStyleDuration: the page's style and layout, its own rendering and
   * any a script forced. ScriptDuration leaves out the style and layout a script forces (Chromium
   * subtracts nested layout from script time), so a forced reflow shows here, not there.
   */
  layoutMs: number;
  /**
   * All of the host page's main-thread task time (CDP TaskDuration): scripts including their promise
   * continuations (which ScriptDuration leaves out: a 50 ms loop in one added nothing to it), style,
   * layout, GC, parsing. With − without is everything we cost the page's thread.
   */
  taskMs: number;
  heapBytes: number;
  loadEventMs: number;
  domContentLoadedMs: number;
  /**
   * When the overlay frame's navigation started (its document's time origin, ms since the page's
   * navigation start): a few ms after the content script put the frame in the page; null without.
   */
  frameMountedMs: number | null;
  longTasks: number;
  longTaskMs: number;
  /**
   * Navigation start → first frame painted with the badge "ready"; null without the extension,
   * Infinity when the badge never turned ready within BADGE_TIMEOUT_MS.
   */
  badgeMs: number | null;
  /** Navigation start → first frame painted with any badge ("reading this profile…" included); null without the badge or when none was seen. */
  firstBadgeMs: number | null;
}
