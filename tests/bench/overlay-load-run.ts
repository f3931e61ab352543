import type { BrowserContext } from 'playwright-core';
import { benchOverlayFrame } from './overlay-frame-of';
import { badgeFirstAt, badgeReadyAt, frameMountedAt, longTasks } from './page-probes';

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
  /** When the content script put the overlay frame in the page (ms since navigation start); null without. */
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

/**
 * One load of `url` in a fresh tab. `pageMetrics: false` (cold runs) only times the badge: the
 * page-side figures come from the warm runs.
 */
export async function measureLoad(context: BrowserContext, url: string, withBadge: boolean, pageMetrics = true): Promise<LoadRun> {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(url, { waitUntil: 'load' });
    let badgeMs: number | null = null;
    let firstBadgeMs: number | null = null;
    if (withBadge) {
      const frame = await benchOverlayFrame(page, 20_000);
      const origin = await page.evaluate(() => performance.timeOrigin);
      try {
        const readyAt = (await (await frame.waitForFunction(badgeReadyAt, undefined, { timeout: BADGE_TIMEOUT_MS })).jsonValue()) as number;
        badgeMs = readyAt - origin;
      } catch {
        badgeMs = Number.POSITIVE_INFINITY;
      }
      const firstAt = await frame.evaluate(badgeFirstAt).catch(() => null);
      firstBadgeMs = firstAt === null ? null : firstAt - origin;
    }
    const elapsed = await page.evaluate(() => performance.now());
    const measureAt = !pageMetrics ? 0 : Math.max(MEASURE_AT_MS, badgeMs !== null && Number.isFinite(badgeMs) ? badgeMs + SETTLE_MS : 0);
    await page.waitForTimeout(Math.max(0, measureAt - elapsed));
    // Retained heap, not garbage that happens to be uncollected: collect first, in both cases.
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? Number.NaN;
    const timing = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      return { load: nav?.loadEventEnd ?? Number.NaN, dcl: nav?.domContentLoadedEventEnd ?? Number.NaN };
    });
    const frameMountedMs = await page.evaluate(frameMountedAt);
    const tasks = await page.evaluate(longTasks);
    if (tasks === null) throw new Error('this Chromium does not report long tasks');
    return {
      scriptMs: metric('ScriptDuration') * 1000,
      layoutMs: (metric('LayoutDuration') + metric('RecalcStyleDuration')) * 1000,
      taskMs: metric('TaskDuration') * 1000,
      heapBytes: metric('JSHeapUsedSize'),
      loadEventMs: timing.load,
      domContentLoadedMs: timing.dcl,
      frameMountedMs,
      longTasks: tasks.length,
      longTaskMs: tasks.reduce((total, t) => total + t.duration, 0),
      badgeMs,
      firstBadgeMs,
    };
  } finally {
    await page.close();
  }
}
