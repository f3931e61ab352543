import type { BrowserContext } from 'playwright-core';
import { summarize, type Summary } from './stats';
import type { Platform } from '../../lib/contracts/creator';
import { launchWithExtension, overlayFrame } from '../e2e/browser';
import { loadSample } from '../e2e/sample-pages';
import { ensureExtensionBuild } from './extension-build';
import { ratioOf, type Figure } from './figure';
import { badgeReadyAt, frameMountedAt, installProbes, longTasks } from './page-probes';
import { launchWithoutExtension } from './plain-browser';
import { controlWorker } from './worker-control';

const RUNS = 10;
/**
 * Metrics are read this long after navigation start in both browsers (or 500 ms after a later
 * badge), so that with and without cover the same stretch of the page's life, late work included.
 */
const MEASURE_AT_MS = 2_000;
const SETTLE_MS = 500;
/**
 * The YouTube channel page: its reader does the most work (brace-matching and parsing ~250 KB of
 * ytInitialData), so it is the worst case of the four samples for the host page.
 */
const PLATFORM: Platform = 'youtube';
const MB = 1024 * 1024;
/** Far beyond any goal: a badge not ready by then is stuck, and counted as never. */
const BADGE_TIMEOUT_MS = 8_000;

interface Run {
  scriptMs: number;
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
}

/** `metrics: false` (cold runs) only times the badge: the page-side figures come from the warm runs. */
async function measureRun(context: BrowserContext, url: string, withBadge: boolean, pageMetrics = true): Promise<Run> {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(url, { waitUntil: 'load' });
    let badgeMs: number | null = null;
    if (withBadge) {
      const frame = await overlayFrame(page, 20_000);
      try {
        const readyAt = (await (await frame.waitForFunction(badgeReadyAt, undefined, { timeout: BADGE_TIMEOUT_MS })).jsonValue()) as number;
        badgeMs = readyAt - (await page.evaluate(() => performance.timeOrigin));
      } catch {
        badgeMs = Number.POSITIVE_INFINITY;
      }
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
      heapBytes: metric('JSHeapUsedSize'),
      loadEventMs: timing.load,
      domContentLoadedMs: timing.dcl,
      frameMountedMs,
      longTasks: tasks.length,
      longTaskMs: tasks.reduce((total, t) => total + t.duration, 0),
      badgeMs,
    };
  } finally {
    await page.close();
  }
}

const pick = (runs: readonly Run[], key: keyof Run): Summary => summarize(runs.map((r) => r[key]).filter((v): v is number => v !== null))!;

interface OverlayRuns {
  with: Run[];
  without: Run[];
  cold: Run[];
}

async function collectRuns(log: (line: string) => void): Promise<OverlayRuns> {
  ensureExtensionBuild(log);
  const sample = loadSample(PLATFORM);
  const extension = await launchWithExtension();
  const plain = await launchWithoutExtension();
  try {
    for (const server of [extension.server, plain.server]) server.setRoute({ url: sample.url, body: sample.html });
    await installProbes(extension.context);
    await installProbes(plain.context);
    const worker = await controlWorker(extension);
    try {
      log(`overlay: ${sample.url}, warm-up`);
      await measureRun(extension.context, sample.url, true);
      await measureRun(plain.context, sample.url, false);
      const runs: OverlayRuns = { with: [], without: [], cold: [] };
      log(`overlay: ${RUNS} runs with the extension (warm worker) and without, in turn`);
      for (let i = 0; i < RUNS; i++) {
        runs.with.push(await measureRun(extension.context, sample.url, true));
        runs.without.push(await measureRun(plain.context, sample.url, false));
      }
      log(`overlay: ${RUNS} runs with the service worker stopped before each`);
      for (let i = 0; i < RUNS; i++) {
        await worker.stop();
        runs.cold.push(await measureRun(extension.context, sample.url, true, false));
      }
      return runs;
    } finally {
      await worker.close();
    }
  } finally {
    await extension.close();
    await plain.close();
  }
}

export async function benchOverlay(log: (line: string) => void): Promise<{ figures: Figure[]; details: OverlayRuns }> {
  const runs = await collectRuns(log);
  const page = `${PLATFORM} sample page`;
  const script = { with: pick(runs.with, 'scriptMs'), without: pick(runs.without, 'scriptMs') };
  const heap = { with: pick(runs.with, 'heapBytes'), without: pick(runs.without, 'heapBytes') };
  const tasks = { with: pick(runs.with, 'longTasks'), without: pick(runs.without, 'longTasks') };
  const taskMs = { with: pick(runs.with, 'longTaskMs'), without: pick(runs.without, 'longTaskMs') };
  const load = pick(runs.without, 'loadEventMs');
  const cold = pick(runs.cold, 'badgeMs');
  const warm = pick(runs.with, 'badgeMs');
  const stuck = (list: readonly Run[]) => {
    const count = list.filter((r) => r.badgeMs === Number.POSITIVE_INFINITY).length;
    return count ? `; ${count} of ${list.length} runs never showed "ready" within ${BADGE_TIMEOUT_MS / 1000} s (badge stuck at "loading"; counted as never)` : '';
  };
  const phases = (list: readonly Run[]) =>
    `medians from navigation start: DOMContentLoaded ${pick(list, 'domContentLoadedMs').median.toFixed(0)} ms, load ${pick(list, 'loadEventMs').median.toFixed(0)} ms, ` +
    `overlay frame mounted by the content script ${pick(list, 'frameMountedMs').median.toFixed(0)} ms`;
  const p95 = (s: Summary) => (Number.isFinite(s.p95) ? `${s.p95.toFixed(0)} ms` : 'never');
  const loadBaseline = { label: `load event of the same page without the extension`, value: load.median };
  const figures: Figure[] = [
    {
      suite: 'overlay',
      name: `overlay · added script time on the host page (${page}; median with − without, ${RUNS} runs each)`,
      unit: 'ms',
      goals: [{ on: 'value', max: 10 }],
      value: script.with.median - script.without.median,
      baseline: { label: 'ScriptDuration without the extension', value: script.without.median },
      ratio: ratioOf(script.with.median, script.without.median),
      detail: `CDP Performance.getMetrics on the host page's target, ${MEASURE_AT_MS / 1000} s after navigation start in both (or ${SETTLE_MS} ms after a later badge); counts the content scripts (isolated and page world) but not the overlay iframe, which runs in the extension's process. Ratio = with ÷ without; with ${script.with.median.toFixed(1)} ms (p95 ${script.with.p95.toFixed(1)})`,
    },
    {
      suite: 'overlay',
      name: `overlay · navigation → badge ready, cold worker (${RUNS} runs)`,
      unit: 'ms',
      goals: [{ on: 'value', max: 300 }],
      value: cold.median,
      baseline: loadBaseline,
      ratio: ratioOf(cold.median, load.median),
      detail: `worker stopped with CDP ServiceWorker.stopAllWorkers and confirmed stopped before each navigation; p95 ${p95(cold)}${stuck(runs.cold)}; ${phases(runs.cold)} (the content script runs at document_end)`,
    },
    {
      suite: 'overlay',
      name: `overlay · navigation → badge ready, warm worker (${RUNS} runs)`,
      unit: 'ms',
      goals: [{ on: 'value', max: 100 }],
      value: warm.median,
      baseline: loadBaseline,
      ratio: ratioOf(warm.median, load.median),
      detail: `time stamped in the overlay page at the first animation frame after the badge turned ready, minus the host page's performance.timeOrigin; p95 ${p95(warm)}${stuck(runs.with)}; ${phases(runs.with)}`,
    },
    {
      suite: 'overlay',
      name: `overlay · added JS heap on the host page (after a forced GC; median with − without)`,
      unit: 'MB',
      goals: [{ on: 'value', max: 1 }],
      value: (heap.with.median - heap.without.median) / MB,
      baseline: { label: 'JSHeapUsedSize without the extension', value: heap.without.median / MB },
      ratio: ratioOf(heap.with.median, heap.without.median),
      detail: `HeapProfiler.collectGarbage then Performance.getMetrics; with ${(heap.with.median / MB).toFixed(2)} MB, without ${(heap.without.median / MB).toFixed(2)} MB`,
    },
    {
      suite: 'overlay',
      name: `overlay · added long tasks ≥ 50 ms on the host page (median count with − without)`,
      unit: 'count',
      goals: [{ on: 'value', max: 0 }],
      value: tasks.with.median - tasks.without.median,
      baseline: { label: 'long tasks without the extension', value: tasks.without.median },
      detail: `PerformanceObserver('longtask', buffered) installed before the page's scripts; long tasks are not attributed to a world, so the extension's share is the difference. Long-task time: with ${taskMs.with.median.toFixed(0)} ms, without ${taskMs.without.median.toFixed(0)} ms (medians)`,
    },
  ];
  return { figures, details: runs };
}
