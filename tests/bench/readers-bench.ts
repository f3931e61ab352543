import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT_SCRIPT_BUDGET, pageScriptSizes, type ContentScriptEntry } from '../../lib/build/content-script-budget';
import { summarize, type Summary } from './stats';
import { parseSavedPage } from '../../lib/cli/saved-page';
import { PLATFORMS, type Platform } from '../../lib/contracts/creator';
import { READERS } from '../../lib/platforms/readers';
import type { PlatformReader } from '../../lib/platforms/types';
import { contentScriptBytes, ensureExtensionBuild } from './extension-build';
import { ratioOf, type Figure } from './figure';
import { mainDataJson } from './main-data-json';
import { sink, timeInterleaved } from './timing';
import { freshReader, readerBundle } from './cold-reader';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const PLAN = { warmup: 5, runs: 50 };
const COLD_COPIES = 5;
const KB = 1024;

interface FixtureMeta {
  url: string;
  now: string;
  kind: 'page' | 'capture';
}

export interface ReaderTiming {
  platform: Platform;
  file: string;
  kind: 'page' | 'capture';
  /** Whether the reader found a creator (a profile page it cannot read is still timed). */
  ok: boolean;
  /** Where the reader's values came from, e.g. ["json:ytInitialData"]. */
  sources: string[];
  readMs: number;
  readP95Ms: number;
  /** Median over COLD_COPIES fresh copies of the reader's code of its first read: how a content script runs once per page. */
  coldMs: number;
  /** JSON.parse of the page's main data JSON; null when the reader did not read from embedded JSON. */
  floorMs: number | null;
  floorBytes: number | null;
}

function fixtureFiles(platform: Platform): string[] {
  return readdirSync(join(FIXTURES, platform)).filter((f) => /\.(html|json)$/.test(f) && !f.endsWith('.expected.json')).sort();
}

/** Both series are timed in turn within each run, so that garbage collection falls on both alike. */
function timeWithFloor(read: () => unknown, floor: (() => unknown) | null): { read: Summary; floor: Summary | null } {
  const [readTimes, floorTimes] = timeInterleaved(floor ? [read, floor] : [read], PLAN);
  return { read: summarize(readTimes!)!, floor: floorTimes ? summarize(floorTimes) : null };
}

/** The first call of each of COLD_COPIES freshly compiled copies of the reader. */
function timeCold(bundle: string, call: (reader: PlatformReader) => unknown): number {
  const times: number[] = [];
  for (let i = 0; i < COLD_COPIES; i++) {
    const fresh = freshReader(bundle);
    const start = performance.now();
    sink[0] = call(fresh);
    times.push(performance.now() - start);
  }
  return summarize(times)!.median;
}

/** Null for a page the reader rightly refuses at once (a post or video page): there is nothing to time. */
function timeFixture(platform: Platform, file: string, bundle: string): ReaderTiming | null {
  const reader = READERS[platform];
  const meta = JSON.parse(readFileSync(join(FIXTURES, platform, file.replace(/\.(html|json)$/, '.expected.json')), 'utf8')) as FixtureMeta;
  const text = readFileSync(join(FIXTURES, platform, file), 'utf8');
  const url = new URL(meta.url);
  const context = { now: new Date(meta.now) };
  if (meta.kind === 'page') {
    // The HTML is parsed once, outside the timed region (as `vet` parses it): we time the reader, not the parser.
    const doc = parseSavedPage(text, file);
    const result = reader.read(doc, url, context);
    if (!result.ok && result.reason === 'not-profile') return null;
    const sources = result.ok ? result.sources : [];
    // A page read from its rendered DOM has no JSON floor: parsing a small JSON-LD block is not the same job.
    const floorText = sources.some((s) => s.startsWith('json:')) ? mainDataJson(doc, platform) : null;
    const coldMs = timeCold(bundle, (fresh) => fresh.read(doc, url, context));
    const timed = timeWithFloor(() => reader.read(doc, url, context), floorText === null ? null : () => JSON.parse(floorText));
    return {
      platform, file, kind: 'page', ok: result.ok, sources, readMs: timed.read.median, readP95Ms: timed.read.p95, coldMs,
      floorMs: timed.floor?.median ?? null, floorBytes: floorText === null ? null : Buffer.byteLength(floorText),
    };
  }
  // A captured response arrives as text: parsing it is part of reading it, and the floor is that parse alone.
  const result = reader.readCapture(JSON.parse(text), url, context);
  const coldMs = timeCold(bundle, (fresh) => fresh.readCapture(JSON.parse(text), url, context));
  const timed = timeWithFloor(() => reader.readCapture(JSON.parse(text), url, context), () => JSON.parse(text));
  return {
    platform, file, kind: 'capture', ok: result.ok, sources: result.sources, readMs: timed.read.median, readP95Ms: timed.read.p95, coldMs,
    floorMs: timed.floor?.median ?? null, floorBytes: Buffer.byteLength(text),
  };
}

function platformFigures(platform: Platform, timings: readonly ReaderTiming[], skipped: number): Figure[] {
  const read = summarize(timings.map((t) => t.readMs))!;
  const withFloor = timings.filter((t): t is ReaderTiming & { floorMs: number } => t.floorMs !== null);
  const floor = summarize(withFloor.map((t) => t.floorMs));
  const ratios = summarize(withFloor.map((t) => ratioOf(t.readMs, t.floorMs)).filter((r): r is number => r !== null));
  const slowest = timings.reduce((a, b) => (b.readMs > a.readMs ? b : a));
  const pages = timings.filter((t) => t.kind === 'page').length;
  const cold = summarize(timings.map((t) => t.coldMs))!;
  const coldest = timings.reduce((a, b) => (b.coldMs > a.coldMs ? b : a));
  const warm: Figure = {
    suite: 'readers',
    name: `readers · ${platform}: read, warm code (Node + happy-dom; ${pages} pages + ${timings.length - pages} captures × ${PLAN.runs} reads)`,
    unit: 'ms',
    goals: [{ on: 'value', max: 5 }, { on: 'ratio', max: 3 }],
    value: read.median,
    baseline: { label: `JSON.parse of the same data JSON (${withFloor.length} fixtures read from JSON)`, value: floor?.median ?? null },
    ratio: ratios?.median ?? null,
    detail:
      `${platform}: each fixture's HTML is parsed once outside the timed region, as npm run vet parses it (parse5 into a happy-dom document) (we time the reader, not the HTML parser); a capture's JSON.parse is timed as part of reading it. Per fixture: median of ${PLAN.runs} reads after ${PLAN.warmup} untimed, in turn with the baseline; the row shows the median over fixtures. Ratio = median over the fixtures read from JSON of (read ÷ JSON.parse of the main data JSON alone); ` +
      `worst ratio ${ratios ? ratios.max.toFixed(1) : 'n/a'}×; slowest ${slowest.file} ${slowest.readMs.toFixed(2)} ms` +
      `${skipped ? `; ${skipped} post/video/status pages skipped (not profiles: the reader refuses them at once)` : ''}`,
  };
  const first: Figure = {
    suite: 'readers',
    name: `readers · ${platform}: first read, freshly compiled code (Node + happy-dom)`,
    unit: 'ms',
    goals: [{ on: 'value', max: 5 }],
    value: cold.median,
    baseline: { label: 'the same reads with warm code (row above)', value: read.median },
    ratio: ratioOf(cold.median, read.median),
    detail:
      `${platform}: a content script reads each page once, before V8 has type feedback or optimized code: each fixture is read by ${COLD_COPIES} fresh copies ` +
      `of the platform's minified reader bundle (esbuild, compiled anew by node:vm), first call timed, median taken; slowest ${coldest.file} ${coldest.coldMs.toFixed(1)} ms`,
  };
  return [warm, first];
}

/**
 * What a page of each site evaluates of ours (the goal: every script the manifest injects there),
 * then each script on its own, as context: the build fails for one over the hard limit.
 */
function bundleFigures(extensionDir: string): Figure[] {
  const sizes = [...contentScriptBytes(extensionDir)].map(([file, bytes]) => ({ file: `content-scripts/${file}`, bytes }));
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as { content_scripts?: ContentScriptEntry[] };
  const pages = pageScriptSizes(manifest.content_scripts ?? [], sizes).map(
    (page): Figure => ({
      suite: 'readers',
      name: `readers · content scripts a page of ${page.matches.replace(/^https:\/\/|\/\*$/g, '')} evaluates (minified, as built)`,
      unit: 'KB',
      goals: [{ on: 'value', max: CONTENT_SCRIPT_BUDGET.pageGoalBytes / KB }],
      value: page.bytes / KB,
      detail: `${page.bytes} bytes: ${page.files.map((file) => `${file.replace('content-scripts/', '')} ${sizes.find((s) => s.file === file)?.bytes ?? '?'}`).join(' + ')}`,
    }),
  );
  const scripts = sizes.map(
    ({ file, bytes }): Figure => ({
      suite: 'readers',
      name: `readers · content script ${file.replace('content-scripts/', '')} (minified, as built)`,
      unit: 'KB',
      goals: [],
      value: bytes / KB,
      detail: `${bytes} bytes; the build fails for any content script over ${CONTENT_SCRIPT_BUDGET.scriptFailBytes / KB} KB${file.endsWith('/capture.js') ? '; page-world capture script, injected on every platform' : ''}`,
    }),
  );
  return [...pages, ...scripts];
}

export interface ReadersResult {
  figures: Figure[];
  perFixture: ReaderTiming[];
}

export async function benchReaders(log: (line: string) => void): Promise<ReadersResult> {
  const perFixture: ReaderTiming[] = [];
  const figures: Figure[] = [];
  for (const platform of PLATFORMS) {
    const files = fixtureFiles(platform);
    log(`readers: ${platform}, ${files.length} fixtures`);
    const bundle = await readerBundle(platform);
    const timings = files.map((file) => timeFixture(platform, file, bundle)).filter((t) => t !== null);
    perFixture.push(...timings);
    figures.push(...platformFigures(platform, timings, files.length - timings.length));
  }
  figures.push(...bundleFigures(ensureExtensionBuild(log)));
  return { figures, perFixture };
}
