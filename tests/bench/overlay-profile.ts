/**
 * `npx tsx tests/bench/overlay-profile.ts [platform…]`: CPU profiles (CDP Profiler) of the saved
 * profile and post pages bench:overlay loads, with the extension, and which of our functions the
 * host page's samples were spent in. Prints, per page, the time in samples whose stack holds one of
 * our scripts (content scripts, the page-world script) and the top items, by the deepest of our
 * frames and the native call under it (a forced layout shows as getBoundingClientRect under ours).
 * VETTED_PROFILE_LOADS (default 6) loads are summed; VETTED_PROFILE_PAGES=profiles|posts.
 */
import './bench-env';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { originalPositionFor, TraceMap } from '@jridgewell/trace-mapping';
import { EXTENSION_DIR } from '../e2e/browser';
import { launchWithExtension } from '../e2e/browser';
import { ensureExtensionBuild } from './extension-build';
import { overlayTargets } from './overlay-targets';
import { benchOverlayFrame } from './overlay-frame-of';
import { badgeReadyAt, installProbes } from './page-probes';
import { postPageTargets } from './post-page-targets';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
/** What CDP's Profiler.stop returns, as far as it is read here. */
interface Profile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
}

const LOADS = Number(process.env.VETTED_PROFILE_LOADS ?? 6);
const ours = (url: string) => url.startsWith('chrome-extension://');
const short = (url: string) => url.replace(/^chrome-extension:\/\/[^/]+\//, '');
const maps = new Map<string, TraceMap | null>();
/** Where a function of a built script comes from, when the build has source maps (VETTED_SOURCEMAP=1). */
function origin(file: string, line: number, column: number): string {
  if (!maps.has(file)) {
    const path = join(EXTENSION_DIR, `${file}.map`);
    maps.set(file, existsSync(path) ? new TraceMap(readFileSync(path, 'utf8')) : null);
  }
  const map = maps.get(file);
  if (!map) return '';
  const pos = originalPositionFor(map, { line: line + 1, column });
  return pos.source ? ` [${pos.source.replace(/^(\.\.\/)+/, '')}:${pos.line}${pos.name ? ` ${pos.name}` : ''}]` : '';
}

interface Tally {
  loads: number;
  totalMs: number;
  oursMs: number;
  byFile: Map<string, number>;
  byItem: Map<string, number>;
  byTop: Map<string, number>;
  inclusive: Map<string, number>;
}

function tally(into: Tally, profile: Profile): void {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  into.loads++;
  for (let i = 0; i < samples.length; i++) {
    const ms = (deltas[i + 1] ?? 0) / 1000;
    const leaf = byId.get(samples[i]!)!;
    into.totalMs += ms;
    const stack: ProfileNode[] = [];
    for (let id: number | undefined = leaf.id; id !== undefined; id = parent.get(id)) stack.push(byId.get(id)!);
    const deepest = stack.find((n) => ours(n.callFrame.url));
    if (!deepest) continue;
    const outermost = [...stack].reverse().find((n) => ours(n.callFrame.url))!;
    into.oursMs += ms;
    const file = short(deepest.callFrame.url);
    const fn = (n: ProfileNode) => `${short(n.callFrame.url)}:${n.callFrame.functionName || '(anonymous)'}${origin(short(n.callFrame.url), n.callFrame.lineNumber, n.callFrame.columnNumber)}`;
    into.byFile.set(file, (into.byFile.get(file) ?? 0) + ms);
    const native = leaf === deepest ? '' : ` → ${leaf.callFrame.functionName || leaf.callFrame.url || '?'}`;
    const item = `${fn(deepest)}${native}`;
    into.byItem.set(item, (into.byItem.get(item) ?? 0) + ms);
    into.byTop.set(fn(outermost), (into.byTop.get(fn(outermost)) ?? 0) + ms);
    for (const key of new Set(stack.filter((n) => ours(n.callFrame.url)).map(fn))) into.inclusive.set(key, (into.inclusive.get(key) ?? 0) + ms);
  }
}

function report(label: string, t: Tally): void {
  const per = (ms: number) => (ms / t.loads).toFixed(2);
  console.log(`\n== ${label}: ${t.loads} loads; per load: all samples ${per(t.totalMs)} ms, ours ${per(t.oursMs)} ms`);
  const top = (m: Map<string, number>, n: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n);
  console.log('  by file (deepest of our frames):');
  for (const [k, v] of top(t.byFile, 10)) console.log(`    ${per(v).padStart(7)} ms  ${k}`);
  console.log('  by entry (outermost of our frames, inclusive):');
  for (const [k, v] of top(t.byTop, 12)) console.log(`    ${per(v).padStart(7)} ms  ${k}`);
  console.log('  inclusive, by function of ours:');
  for (const [k, v] of top(t.inclusive, 40)) console.log(`    ${per(v).padStart(7)} ms  ${k}`);
  console.log('  by item (deepest of our frames → native leaf):');
  for (const [k, v] of top(t.byItem, 25)) console.log(`    ${per(v).padStart(7)} ms  ${k}`);
}

async function main(): Promise<void> {
  ensureExtensionBuild((line) => process.stderr.write(`[profile] ${line}\n`));
  const only = process.argv.slice(2);
  const kinds = process.env.VETTED_PROFILE_PAGES;
  const pages: { label: string; platform: string; url: string; serve: (s: never) => void; badge: boolean }[] = [];
  if (kinds !== 'posts') for (const t of overlayTargets()) pages.push({ label: `${t.platform} profile`, platform: t.platform, url: t.first.url, serve: (s) => t.serve(s), badge: true });
  if (kinds !== 'profiles') for (const t of postPageTargets()) pages.push({ label: `${t.platform} post`, platform: t.platform, url: t.url, serve: (s) => t.serve(s), badge: true });
  const extension = await launchWithExtension();
  try {
    await installProbes(extension.context);
    for (const p of pages) {
      if (only.length && !only.includes(p.platform)) continue;
      p.serve(extension.server as never);
      const t: Tally = { loads: 0, totalMs: 0, oursMs: 0, byFile: new Map(), byItem: new Map(), byTop: new Map(), inclusive: new Map() };
      for (let i = 0; i <= LOADS; i++) {
        const page = await extension.context.newPage();
        const cdp = await extension.context.newCDPSession(page);
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
        await cdp.send('Profiler.start');
        await page.goto(p.url, { waitUntil: 'load' });
        if (p.badge) {
          const frame = await benchOverlayFrame(page, 20_000).catch(() => null);
          await frame?.waitForFunction(badgeReadyAt, undefined, { timeout: 8_000 }).catch(() => null);
        }
        await page.waitForTimeout(Math.max(0, 2_000 - (await page.evaluate(() => performance.now()))));
        const { profile } = await cdp.send('Profiler.stop');
        // The first load warms the worker and caches: not counted.
        if (i > 0) tally(t, profile as Profile);
        await page.close();
      }
      report(p.label, t);
    }
  } finally {
    await extension.close();
  }
}

await main();
