import { loadavg } from 'node:os';
import { ratioOf, type Figure } from './figure';
import { BADGE_TIMEOUT_MS, MEASURE_AT_MS, SETTLE_MS, type LoadRun } from './overlay-load-run';
import { inTurn } from './turns';
import { postPageTargets, type PostPageTarget } from './post-page-targets';
import { summarize, type Summary } from './stats';
import { launchUnattached, type UnattachedBrowser } from './unattached-browser';

/** Loads per side and per platform: the goals are medians of at least 8. */
const RUNS = 8;
const MB = 1024 * 1024;

export interface PostPageRuns {
  platform: string;
  url: string;
  /** 1-minute load average before and after this platform's runs. */
  load: [number, number];
  with: LoadRun[];
  without: LoadRun[];
}

async function collect(target: PostPageTarget, log: (line: string) => void): Promise<PostPageRuns> {
  // A browser no debugger attaches to beyond the tab it loads, as for the profile pages (unattached-browser.ts).
  const extension = await launchUnattached({});
  let plain: UnattachedBrowser | null = null;
  const loadBefore = loadavg()[0] ?? 0;
  try {
    plain = await launchUnattached(null);
    target.serve(extension.server);
    target.serve(plain.server);
    log(`overlay: post page ${target.platform} ${target.url}, warm-up, then ${RUNS} loads with the extension and without, in turn`);
    await extension.load(target.url, true);
    await plain.load(target.url, false);
    const runs: PostPageRuns = { platform: target.platform, url: target.url, load: [loadBefore, 0], with: [], without: [] };
    // With first in one round, without first in the next (turns.ts).
    for (let i = 0; i < RUNS; i++) {
      for (const [, withBadge] of inTurn([true, false], i)) {
        if (withBadge) runs.with.push(await extension.load(target.url, true));
        else runs.without.push(await plain.load(target.url, false));
      }
    }
    runs.load[1] = loadavg()[0] ?? 0;
    return runs;
  } finally {
    await extension.close();
    await plain?.close();
  }
}

const pick = (runs: readonly LoadRun[], key: keyof LoadRun): Summary => summarize(runs.map((r) => r[key]).filter((v): v is number => v !== null))!;

function figuresOf(runs: PostPageRuns): Figure[] {
  const where = `${runs.platform} post page`;
  const machineLoad = `load average ${runs.load[0].toFixed(1)} → ${runs.load[1].toFixed(1)}`;
  const script = { with: pick(runs.with, 'scriptMs'), without: pick(runs.without, 'scriptMs') };
  const heap = { with: pick(runs.with, 'heapBytes'), without: pick(runs.without, 'heapBytes') };
  const tasks = { with: pick(runs.with, 'longTasks'), without: pick(runs.without, 'longTasks') };
  const taskMs = { with: pick(runs.with, 'longTaskMs'), without: pick(runs.without, 'longTaskMs') };
  const load = pick(runs.without, 'loadEventMs');
  const shown = pick(runs.with, 'badgeMs');
  const never = runs.with.filter((r) => r.badgeMs === Number.POSITIVE_INFINITY).length;
  return [
    {
      suite: 'overlay',
      name: `overlay · ${where} · added script time on the host page (median with − without, ${RUNS} loads each)`,
      unit: 'ms',
      goals: [{ on: 'value', max: 10 }],
      value: script.with.median - script.without.median,
      baseline: { label: 'ScriptDuration of the same page without the extension', value: script.without.median },
      ratio: ratioOf(script.with.median, script.without.median),
      detail: `${runs.url}; CDP Performance.getMetrics on the host page's target, ${MEASURE_AT_MS / 1000} s after navigation start in both (or ${SETTLE_MS} ms after a later post view); profile and post content scripts and the page-world script, not the overlay iframe. Ratio = with ÷ without; with ${script.with.median.toFixed(1)} ms (p95 ${script.with.p95.toFixed(1)}); ${machineLoad}`,
    },
    {
      suite: 'overlay',
      name: `overlay · ${where} · added JS heap on the host page (after a forced GC; median with − without)`,
      unit: 'MB',
      goals: [{ on: 'value', max: 1 }],
      value: (heap.with.median - heap.without.median) / MB,
      baseline: { label: 'JSHeapUsedSize of the same page without the extension', value: heap.without.median / MB },
      ratio: ratioOf(heap.with.median, heap.without.median),
      detail: `with ${(heap.with.median / MB).toFixed(2)} MB, without ${(heap.without.median / MB).toFixed(2)} MB; ${machineLoad}`,
    },
    {
      suite: 'overlay',
      name: `overlay · ${where} · added long tasks ≥ 50 ms on the host page (median count with − without)`,
      unit: 'count',
      goals: [{ on: 'value', max: 0 }],
      value: tasks.with.median - tasks.without.median,
      baseline: { label: 'long tasks of the same page without the extension', value: tasks.without.median },
      ratio: ratioOf(tasks.with.median, tasks.without.median),
      detail: `long-task time: with ${taskMs.with.median.toFixed(0)} ms, without ${taskMs.without.median.toFixed(0)} ms (medians); ${machineLoad}`,
    },
    {
      suite: 'overlay',
      name: `overlay · ${where} · navigation → post view ready, warm worker (median of ${RUNS} loads)`,
      unit: 'ms',
      goals: [{ on: 'value', max: 300 }],
      value: shown.median,
      baseline: { label: 'load event of the same page without the extension', value: load.median },
      ratio: ratioOf(shown.median, load.median),
      detail: `navigation start → first frame painted in the overlay with the post view ready (the creator's verdict, or "Not vetted yet"); goal: the profile badge's cold goal; p95 ${Number.isFinite(shown.p95) ? `${shown.p95.toFixed(0)} ms` : 'never'}${never ? `; ${never} of ${runs.with.length} never showed it within ${BADGE_TIMEOUT_MS / 1000} s` : ''}; overlay frame's navigation started at ${pick(runs.with, 'frameMountedMs').median.toFixed(0)} ms (median); ${machineLoad}`,
    },
  ];
}

/** The host-page budget on each platform's saved post page, with and without the extension. */
export async function benchPostPages(log: (line: string) => void, only?: readonly string[]): Promise<{ figures: Figure[]; details: PostPageRuns[] }> {
  const details: PostPageRuns[] = [];
  for (const target of postPageTargets()) if (!only || only.includes(target.platform)) details.push(await collect(target, log));
  return { figures: details.flatMap(figuresOf), details };
}
