/**
 * `VETTED_BENCH_BEFORE=<chrome-mv3 folder> npx tsx tests/bench/overlay-cpu-ab.ts [platform…]`:
 * the host page's CPU time in our scripts, from a Chromium trace, for this tree's build and an
 * earlier one, load for load in turn, on the saved profile pages bench:overlay loads (and the post
 * pages with VETTED_CPU_PAGES=posts or all). bench:overlay's ScriptDuration is wall time: on this
 * shared 2-core machine, at load 8-13, the same build's loads spread over 30-110 ms and a change of
 * a few milliseconds drowns. Thread time (a trace event's `tdur`) counts only the time our scripts
 * ran on the page's main thread, not the time the thread waited for a core.
 * Counted: the outermost EvaluateScript / FunctionCall / v8 compile events whose script is ours
 * (content-scripts/*.js: the isolated-world scripts and the page-world script), from navigation to
 * 2 s after (or the badge). Not counted: promise continuations (a trace's RunMicrotasks names no
 * script), which is where a profile script reads the page once the background has answered; use
 * overlay-profile.ts for those. VETTED_CPU_NESTED=1 prints what each event spent its time on
 * (compiling, running, style and layout), VETTED_CPU_BREAKDOWN=1 the time per script and callback.
 * VETTED_CPU_LOADS (default 10) loads per build.
 */
import './bench-env';
import type { BrowserContext } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from '../e2e/browser';
import { ensureExtensionBuild } from './extension-build';
import { overlayTargets } from './overlay-targets';
import { benchOverlayFrame } from './overlay-frame-of';
import { badgeReadyAt, installProbes } from './page-probes';
import { postPageTargets } from './post-page-targets';
import { summarize } from './stats';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string; frame?: string; functionName?: string; lineNumber?: number }; fileName?: string };
}

const LOADS = Number(process.env.VETTED_CPU_LOADS ?? 10);
const SCRIPT_EVENTS = new Set(['EvaluateScript', 'FunctionCall', 'v8.compile', 'v8.evaluateModule', 'V8.Execute']);
const CATEGORIES = ['devtools.timeline', 'v8', 'disabled-by-default-devtools.timeline'].join(',');

/** Thread ms per kind of our event, over all loads (VETTED_CPU_BREAKDOWN=1). */
const breakdown = new Map<string, number>();
const urlOf = (e: TraceEvent) => e.args?.data?.url ?? e.args?.fileName ?? '';

/** Thread ms of our outermost script events in one trace, on the thread where our scripts ran. */
function ourThreadMs(events: readonly TraceEvent[]): { cpu: number; wall: number; layout: number } {
  const complete = events.filter((e) => e.ph === 'X' && SCRIPT_EVENTS.has(e.name)).sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  // The content scripts only: the overlay frame's page (chunks/…) runs in the extension's process.
  const ours = complete.filter((e) => /^chrome-extension:\/\/[^/]+\/content-scripts\//.test(urlOf(e)));
  let cpu = 0;
  let wall = 0;
  const openUntil = new Map<string, number>();
  const spans: TraceEvent[] = [];
  for (const e of ours) {
    const thread = `${e.pid}:${e.tid}`;
    if ((openUntil.get(thread) ?? -1) > e.ts) continue;
    openUntil.set(thread, e.ts + (e.dur ?? 0));
    spans.push(e);
    cpu += (e.tdur ?? 0) / 1000;
    wall += (e.dur ?? 0) / 1000;
  }
  // Style and layout the page did inside our scripts: forced by a geometry read of ours.
  const within = (e: TraceEvent) => spans.some((s) => s.pid === e.pid && s.tid === e.tid && e.ts >= s.ts && e.ts < s.ts + (s.dur ?? 0));
  const layout = events.filter((e) => e.ph === 'X' && (e.name === 'Layout' || e.name === 'UpdateLayoutTree') && within(e)).reduce((t, e) => t + (e.tdur ?? 0) / 1000, 0);
  if (process.env.VETTED_CPU_NESTED) {
    // What happened inside each of our outermost events: nested trace events by name (self-nesting included).
    for (const span of spans) {
      const inside = events.filter((e) => e !== span && e.ph === 'X' && e.pid === span.pid && e.tid === span.tid && e.ts >= span.ts && e.ts + (e.dur ?? 0) <= span.ts + (span.dur ?? 0));
      const names = new Map<string, number>();
      for (const e of inside) names.set(`${e.name} ${urlOf(e).replace(/^chrome-extension:\/\/[^/]+\//, '')}`, (names.get(`${e.name} ${urlOf(e).replace(/^chrome-extension:\/\/[^/]+\//, '')}`) ?? 0) + (e.tdur ?? e.dur ?? 0) / 1000);
      console.log(`  ${span.name} ${urlOf(span).replace(/^chrome-extension:\/\/[^/]+\//, '')} ${((span.tdur ?? 0) / 1000).toFixed(2)} ms: ${[...names].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([n, ms]) => `${n} ${ms.toFixed(2)}`).join('; ')}`);
    }
  }
  if (process.env.VETTED_CPU_BREAKDOWN) {
    for (const e of spans) {
      const key = `${e.name} ${urlOf(e).replace(/^chrome-extension:\/\/[^/]+\//, '')} ${e.args?.data?.functionName ?? ''}:${e.args?.data?.lineNumber ?? ''}`;
      breakdown.set(key, (breakdown.get(key) ?? 0) + (e.tdur ?? 0) / 1000);
    }
  }
  return { cpu, wall, layout };
}

async function traceLoad(context: BrowserContext, url: string): Promise<{ cpu: number; wall: number; layout: number }> {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', (message) => void events.push(...(message.value as unknown as TraceEvent[])));
    const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
    await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
    await page.goto(url, { waitUntil: 'load' });
    const frame = await benchOverlayFrame(page, 20_000).catch(() => null);
    await frame?.waitForFunction(badgeReadyAt, undefined, { timeout: 8_000 }).catch(() => null);
    await page.waitForTimeout(Math.max(0, 2_000 - (await page.evaluate(() => performance.now()))));
    await cdp.send('Tracing.end');
    await done;
    return ourThreadMs(events);
  } finally {
    await page.close();
  }
}

async function main(): Promise<void> {
  const beforeDir = process.env.VETTED_BENCH_BEFORE?.trim();
  ensureExtensionBuild((line) => process.stderr.write(`[cpu] ${line}\n`));
  const only = process.argv.slice(2);
  const kinds = process.env.VETTED_CPU_PAGES ?? 'profiles';
  const pages: { label: string; platform: string; url: string; serve: (s: never) => void }[] = [];
  if (kinds !== 'posts') for (const t of overlayTargets()) pages.push({ label: `${t.platform} profile`, platform: t.platform, url: t.first.url, serve: (s) => t.serve(s) });
  if (kinds !== 'profiles') for (const t of postPageTargets()) pages.push({ label: `${t.platform} post`, platform: t.platform, url: t.url, serve: (s) => t.serve(s) });
  const builds: { name: string; browser: ExtensionBrowser }[] = [{ name: 'current', browser: await launchWithExtension() }];
  if (beforeDir) builds.push({ name: 'before', browser: await launchWithExtension({ extensionDir: beforeDir }) });
  try {
    for (const b of builds) await installProbes(b.browser.context);
    for (const p of pages) {
      if (only.length && !only.includes(p.platform)) continue;
      const runs = new Map(builds.map((b) => [b.name, { cpu: [] as number[], wall: [] as number[], layout: [] as number[] }]));
      for (const b of builds) p.serve(b.browser.server as never);
      for (const b of builds) await traceLoad(b.browser.context, p.url);
      for (let i = 0; i < LOADS; i++) {
        for (const b of builds) {
          const r = await traceLoad(b.browser.context, p.url);
          runs.get(b.name)!.cpu.push(r.cpu);
          runs.get(b.name)!.wall.push(r.wall);
          runs.get(b.name)!.layout.push(r.layout);
        }
      }
      for (const [name, r] of runs) {
        const cpu = summarize(r.cpu)!;
        const wall = summarize(r.wall)!;
        const layout = summarize(r.layout)!;
        if (process.env.VETTED_CPU_BREAKDOWN && name === 'current') {
          for (const [key, ms] of [...breakdown].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`    ${(ms / (LOADS * builds.length)).toFixed(2).padStart(6)} ms  ${key}`);
          breakdown.clear();
        }
        console.log(`${p.label.padEnd(18)} ${name.padEnd(8)} our scripts' evaluation and callbacks, thread time median ${cpu.median.toFixed(1)} ms (p95 ${cpu.p95.toFixed(1)}), wall ${wall.median.toFixed(1)} ms, style+layout forced inside ours ${layout.median.toFixed(1)} ms; loads: ${r.cpu.map((v) => v.toFixed(1)).join(' ')}`);
      }
    }
  } finally {
    for (const b of builds) await b.browser.close();
  }
}

await main();
