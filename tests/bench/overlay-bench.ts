import { loadavg } from 'node:os';
import { summarize, type Summary } from './stats';
import { launchWithExtension, type ExtensionBrowser } from '../e2e/browser';
import { ensureExtensionBuild } from './extension-build';
import { ratioOf, type Figure } from './figure';
import { BADGE_TIMEOUT_MS, MEASURE_AT_MS, SETTLE_MS, type LoadRun } from './overlay-load-run';
import { measureSwitches, type SwitchRun } from './overlay-spa-run';
import { overlayTargets, type OverlayTarget } from './overlay-targets';
import { benchPostPages, type PostPageRuns } from './overlay-post-bench';
import { installProbes } from './page-probes';
import { floorRoutes, floorUrl, type FloorVariant } from './frame-floor';
import { inTurn } from './turns';
import { launchUnattached, type UnattachedBrowser } from './unattached-browser';

/** Loads per side and per platform: the goals are medians of at least 8. */
const RUNS = 8;
/** SPA switches per platform (back and forth between two profiles). */
const SWITCHES = 8;
const MB = 1024 * 1024;

interface PlatformRuns {
  platform: string;
  url: string;
  /** Which build: the tree's, or the earlier one it is compared with (VETTED_BENCH_BEFORE). */
  build: 'current' | 'before';
  /** 1-minute load average before and after this platform's runs: other work inflates every figure. */
  load: [number, number];
  with: LoadRun[];
  without: LoadRun[];
  cold: LoadRun[];
  switches: SwitchRun[];
  /** The same page without the extension, with a script that adds a host element, with and without an iframe of another site in it (frame-floor.ts). */
  floor: Record<FloorVariant, LoadRun[]>;
}

/** One extension build under test, in its own browser. */
interface Side {
  browser: UnattachedBrowser;
  /** The build's chrome-mv3 folder (the tree's own when undefined). */
  extensionDir: string | undefined;
  runs: PlatformRuns;
}

/**
 * `beforeDir`: an earlier build (its chrome-mv3 folder), measured in the same run, load for load in
 * turn with the tree's own: on a shared machine the load moves more between two runs minutes apart
 * than a change moves the figures, so a before/after taken from two runs says little.
 *
 * The loads go through a browser no debugger attaches to beyond the tab it loads
 * (unattached-browser.ts): Playwright's, which attaches to the overlay's frame and to the worker as
 * each starts and holds them until it has set them up, made every cold badge slower than a user's.
 * The SPA switches, which start neither, still run in Playwright (the app's switch is its script).
 */
async function collect(target: OverlayTarget, log: (line: string) => void, beforeDir: string | undefined): Promise<PlatformRuns[]> {
  const builds = beforeDir ? (['current', 'before'] as const) : (['current'] as const);
  const sides: Side[] = [];
  const loadBefore = loadavg()[0] ?? 0;
  const plain = await launchUnattached(null);
  try {
    target.serve(plain.server);
    const url = target.first.url;
    for (const build of builds) {
      const extensionDir = build === 'before' ? beforeDir : undefined;
      const browser = await launchUnattached({ extensionDir });
      sides.push({ browser, extensionDir, runs: { platform: target.platform, url, build, load: [loadBefore, 0], with: [], without: [], cold: [], switches: [], floor: { host: [], frame: [] } } });
      target.serve(browser.server);
    }
    log(`overlay: ${target.platform} ${url}${beforeDir ? ` (and the build in ${beforeDir}, in turn)` : ''}, warm-up, then ${RUNS} loads with the extension (warm worker), without, and without but with a script adding a frame of another site or only its host (frame-floor.ts), in turn`);
    for (const route of floorRoutes(url, target.first.html)) plain.server.setRoute(route);
    const floorVariants: FloorVariant[] = ['host', 'frame'];
    for (const side of sides) await side.browser.load(url, true);
    await plain.load(url, false);
    for (const variant of floorVariants) await plain.load(floorUrl(url, variant), false);
    // Each round in another order (turns.ts): in a fixed one, a build always loaded right after the other's load.
    for (let i = 0; i < RUNS; i++) {
      let without: LoadRun | null = null;
      const loaded: Array<[Side, LoadRun]> = [];
      for (const [, side] of inTurn<Side | null | FloorVariant>([...sides, null, ...floorVariants], i)) {
        if (side === null) without = await plain.load(url, false);
        else if (typeof side === 'string') {
          const run = await plain.load(floorUrl(url, side), false);
          for (const s of sides) s.runs.floor[side].push(run);
        } else loaded.push([side, await side.browser.load(url, true)]);
      }
      for (const [side, run] of loaded) {
        side.runs.with.push(run);
        side.runs.without.push(without!);
      }
    }
    log(`overlay: ${target.platform}: ${RUNS} loads with the service worker stopped before each`);
    for (let i = 0; i < RUNS; i++) {
      for (const [, side] of inTurn(sides, i)) {
        await side.browser.stopWorker();
        // Page figures too: a stopped worker is the common case (the browser stops an idle one within a minute).
        side.runs.cold.push(await side.browser.load(url, true));
      }
    }
  } finally {
    for (const side of sides) await side.browser.close();
    await plain.close();
  }
  log(`overlay: ${target.platform}: ${SWITCHES} SPA switches between two profiles`);
  const switching: ExtensionBrowser[] = [];
  try {
    for (const side of sides) {
      const extension = await launchWithExtension(side.extensionDir ? { extensionDir: side.extensionDir } : {});
      switching.push(extension);
      target.serve(extension.server);
      await installProbes(extension.context);
    }
    // In halves, in turn, when two builds are compared.
    const rounds = sides.length > 1 ? 2 : 1;
    for (let round = 0; round < rounds; round++) {
      for (const [i, side] of sides.entries()) side.runs.switches.push(...(await measureSwitches(switching[i]!.context, target, SWITCHES / rounds)));
    }
    for (const side of sides) side.runs.load[1] = loadavg()[0] ?? 0;
    return sides.map((side) => side.runs);
  } finally {
    for (const extension of switching) await extension.close();
  }
}

const pick = (runs: readonly LoadRun[], key: keyof LoadRun): Summary => summarize(runs.map((r) => r[key]).filter((v): v is number => v !== null))!;
const p95 = (s: Summary) => (Number.isFinite(s.p95) ? `${s.p95.toFixed(0)} ms` : 'never');

function stuck(count: number, of: number): string {
  return count ? `; ${count} of ${of} never showed "ready" within ${BADGE_TIMEOUT_MS / 1000} s (counted as never)` : '';
}

function figuresOf(runs: PlatformRuns): Figure[] {
  const where = runs.build === 'before' ? `${runs.platform} · BEFORE (${process.env.VETTED_BENCH_BEFORE})` : runs.platform;
  const machineLoad = `load average ${runs.load[0].toFixed(1)} → ${runs.load[1].toFixed(1)}`;
  const script = { with: pick(runs.with, 'scriptMs'), without: pick(runs.without, 'scriptMs') };
  const mainThread = { with: pick(runs.with, 'taskMs'), without: pick(runs.without, 'taskMs') };
  const heap = { with: pick(runs.with, 'heapBytes'), without: pick(runs.without, 'heapBytes') };
  const tasks = { with: pick(runs.with, 'longTasks'), without: pick(runs.without, 'longTasks') };
  const taskMs = { with: pick(runs.with, 'longTaskMs'), without: pick(runs.without, 'longTaskMs') };
  const load = pick(runs.without, 'loadEventMs');
  const cold = pick(runs.cold, 'badgeMs');
  const coldScript = pick(runs.cold, 'scriptMs');
  const warm = summarize(runs.switches.map((s) => s.badgeMs))!;
  const fetchMs = summarize(runs.switches.map((s) => s.appFetchMs))!;
  const renderMs = summarize(runs.switches.map((s) => s.appRenderMs))!;
  const reused = runs.switches.filter((s) => s.sameFrame).length;
  const floor = { host: pick(runs.floor.host, 'scriptMs'), frame: pick(runs.floor.frame, 'scriptMs') };
  const phases = (list: readonly LoadRun[]) =>
    `medians from navigation start: DOMContentLoaded ${pick(list, 'domContentLoadedMs').median.toFixed(0)} ms, load ${pick(list, 'loadEventMs').median.toFixed(0)} ms, ` +
    `overlay frame's navigation started ${pick(list, 'frameMountedMs').median.toFixed(0)} ms, first badge painted ("reading this profile…") ${summarize(list.map((r) => r.firstBadgeMs).filter((v): v is number => v !== null))?.median.toFixed(0) ?? '?'} ms`;
  return [
    {
      suite: 'overlay',
      name: `overlay · ${where} · added script time on the host page, warm worker (median with − without, ${RUNS} loads each)`,
      unit: 'ms',
      goals: [{ on: 'value', max: 10 }],
      value: script.with.median - script.without.median,
      baseline: { label: 'ScriptDuration of the same page without the extension', value: script.without.median },
      ratio: ratioOf(script.with.median, script.without.median),
      detail: `${runs.url}; CDP Performance.getMetrics on the host page's target, ${MEASURE_AT_MS / 1000} s after navigation start in both (or ${SETTLE_MS} ms after a later badge), in a browser driven over a bare DevTools pipe attached to that tab only, no script of the bench run in the page before the metrics are read; counts the content scripts (isolated and page world), not the overlay iframe (the extension's process). Ratio = with ÷ without; with ${script.with.median.toFixed(1)} ms (p95 ${script.with.p95.toFixed(1)}); ${machineLoad}`,
    },
    {
      suite: 'overlay',
      name: `overlay · ${where} · added script time on the host page, cold worker (median of ${RUNS} cold loads − the same page without)`,
      unit: 'ms',
      goals: [{ on: 'value', max: 10 }],
      value: coldScript.median - script.without.median,
      baseline: { label: 'ScriptDuration of the same page without the extension (the row above\'s loads)', value: script.without.median },
      ratio: ratioOf(coldScript.median, script.without.median),
      detail: `the cold loads of the badge row below, measured as the row above: with the worker stopped, the content script mounts the overlay frame at once instead of after the worker's answer, while the page is still loading, so that the frame loads while the worker starts; with ${coldScript.median.toFixed(1)} ms (p95 ${coldScript.p95.toFixed(1)}); ${machineLoad}`,
    },
    ...(runs.build === 'before'
      ? []
      : [
          {
            suite: 'overlay' as const,
            name: `overlay · ${where} · the browser's own cost of one iframe of another site on this page, no extension (context for the two rows above: median frame − host, ${RUNS} loads each)`,
            unit: 'ms' as const,
            goals: [],
            value: floor.frame.median - floor.host.median,
            baseline: { label: 'ScriptDuration of the same page with the same added script, which adds the shadow host without a frame', value: floor.host.median },
            ratio: ratioOf(floor.frame.median, floor.host.median),
            detail: `tests/bench/frame-floor.ts: the saved page with one script at the end of its body that at DOMContentLoaded puts a host with a closed shadow root in the body, holding (frame) or not (host) an iframe of another site styled as ours, out of process as ours is; measured as the warm row, in turn with its loads, in the browser without the extension. The overlay is a frame by design: this much of the added script time is the browser's to create any frame. Frame ${floor.frame.median.toFixed(1)} ms (p95 ${floor.frame.p95.toFixed(1)}), the page alone ${script.without.median.toFixed(1)} ms; ${machineLoad}`,
          },
        ]),
    {
      // ScriptDuration counts only a script's own run and the callbacks the browser calls: not the
      // promise continuations where a content script does most of its work after its first await.
      // This row counts the page's whole main thread, so that nothing of ours goes unseen.
      suite: 'overlay',
      name: `overlay · ${where} · added main-thread time on the host page, all tasks (median with − without, ${RUNS} loads each)`,
      unit: 'ms',
      goals: [],
      value: mainThread.with.median - mainThread.without.median,
      baseline: { label: 'TaskDuration of the same page without the extension', value: mainThread.without.median },
      ratio: ratioOf(mainThread.with.median, mainThread.without.median),
      detail: `CDP Performance.getMetrics TaskDuration, the same loads as the row above: scripts with their promise continuations, style, layout, GC and the page's own parsing, so noisier than script time; with ${mainThread.with.median.toFixed(1)} ms (p95 ${mainThread.with.p95.toFixed(1)}); ${machineLoad}`,
    },
    {
      suite: 'overlay',
      name: `overlay · ${where} · added JS heap on the host page (after a forced GC; median with − without)`,
      unit: 'MB',
      goals: [{ on: 'value', max: 1 }],
      value: (heap.with.median - heap.without.median) / MB,
      baseline: { label: 'JSHeapUsedSize of the same page without the extension', value: heap.without.median / MB },
      ratio: ratioOf(heap.with.median, heap.without.median),
      detail: `HeapProfiler.collectGarbage then Performance.getMetrics; with ${(heap.with.median / MB).toFixed(2)} MB, without ${(heap.without.median / MB).toFixed(2)} MB; ${machineLoad}`,
    },
    {
      suite: 'overlay',
      name: `overlay · ${where} · added long tasks ≥ 50 ms on the host page (median count with − without)`,
      unit: 'count',
      goals: [{ on: 'value', max: 0 }],
      value: tasks.with.median - tasks.without.median,
      baseline: { label: 'long tasks of the same page without the extension', value: tasks.without.median },
      ratio: ratioOf(tasks.with.median, tasks.without.median),
      detail: `the browser's buffer of long tasks (a buffered PerformanceObserver asked after the metrics are read); long tasks are not attributed to a world, so the extension's share is the difference. Long-task time: with ${taskMs.with.median.toFixed(0)} ms, without ${taskMs.without.median.toFixed(0)} ms (medians); ${machineLoad}`,
    },
    {
      suite: 'overlay',
      name: `overlay · ${where} · navigation → badge ready, cold worker (median of ${RUNS} loads)`,
      unit: 'ms',
      goals: [{ on: 'value', max: 300 }],
      value: cold.median,
      baseline: { label: 'load event of the same page without the extension', value: load.median },
      ratio: ratioOf(cold.median, load.median),
      detail: `worker stopped with CDP ServiceWorker.stopAllWorkers and confirmed stopped before each load; no debugger attached to the frame or the worker as they start (unattached-browser.ts); navigation start → first frame painted in the overlay after the badge turned ready; p95 ${p95(cold)}${stuck(runs.cold.filter((r) => r.badgeMs === Number.POSITIVE_INFINITY).length, runs.cold.length)}; ${phases(runs.cold)}; ${machineLoad}`,
    },
    {
      suite: 'overlay',
      name: `overlay · ${where} · SPA switch between two profiles → badge ready, warm worker (median of ${SWITCHES})`,
      unit: 'ms',
      goals: [{ on: 'value', max: 100 }],
      value: warm.median,
      baseline: { label: 'load event of the same page without the extension', value: load.median },
      ratio: ratioOf(warm.median, load.median),
      detail: `the app's pushState → first frame painted in the overlay with the badge ready for the creator switched to (back and forth between two profiles); ${fetchMs.max > 0 ? `includes the app's own API fetch of the profile (median ${fetchMs.median.toFixed(0)} ms), which the page-world script copies to the content script; ` : ''}${renderMs.max > 0 ? `the app renders the next profile at once, and its thread is next free after drawing it a median ${renderMs.median.toFixed(0)} ms after the pushState (our content script reads the profile within that time, right after the app's script, and the worker vets it while the page draws); ` : ''}the overlay frame was reused in ${reused} of ${runs.switches.length} switches; p95 ${p95(warm)}${stuck(runs.switches.filter((s) => s.badgeMs === Number.POSITIVE_INFINITY).length, runs.switches.length)}; ${machineLoad}`,
    },
  ];
}

/**
 * Every goal of the host-page budget, on each platform's saved profile page and post page, with and
 * without the extension.
 */
export async function benchOverlay(log: (line: string) => void): Promise<{ figures: Figure[]; details: { profiles: PlatformRuns[]; posts: PostPageRuns[] } }> {
  ensureExtensionBuild(log);
  const details: PlatformRuns[] = [];
  // VETTED_BENCH_PLATFORMS=youtube,x measures only those (while working on one); the table says which ran.
  const only = process.env.VETTED_BENCH_PLATFORMS?.split(',').map((p) => p.trim());
  // VETTED_BENCH_PAGES=posts (or profiles) measures only that kind of page.
  const pages = process.env.VETTED_BENCH_PAGES?.trim();
  // VETTED_BENCH_BEFORE=.output-base/chrome-mv3 also measures that earlier build, load for load in turn (profile pages).
  const before = process.env.VETTED_BENCH_BEFORE?.trim() || undefined;
  if (pages !== 'posts') for (const target of overlayTargets()) if (!only || only.includes(target.platform)) details.push(...(await collect(target, log, before)));
  const posts = pages === 'profiles' ? { figures: [], details: [] } : await benchPostPages(log, only);
  return { figures: [...details.flatMap(figuresOf), ...posts.figures], details: { profiles: details, posts: posts.details } };
}
