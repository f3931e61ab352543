import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSavedPage } from '../../lib/cli/saved-page';
import { PLATFORMS, type Platform } from '../../lib/contracts/creator';
import { POST_READERS } from '../../lib/platforms/post-readers';
import { ratioOf, type Figure } from './figure';
import { mainDataJson } from './main-data-json';
import { summarize, type Summary } from './stats';
import { timeInterleaved } from './timing';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const PLAN = { warmup: 5, runs: 50 };

interface PostFixtureMeta {
  url: string;
  now: string;
  kind: 'page' | 'capture';
  postReader?: unknown;
}

export interface PostReaderTiming {
  platform: Platform;
  file: string;
  kind: 'page' | 'capture';
  ok: boolean;
  comments: number;
  readMs: number;
  /** JSON.parse of the same data (the page's main data JSON, or the response text); null for a page read from its DOM. */
  floorMs: number | null;
}

/** The post pages and post responses the post readers are tested on: those with a postReader block. */
function postFixtures(platform: Platform): Array<{ file: string; meta: PostFixtureMeta }> {
  return readdirSync(join(FIXTURES, platform))
    .filter((f) => /\.(html|json)$/.test(f) && !f.endsWith('.expected.json'))
    .sort()
    .map((file) => ({ file, meta: JSON.parse(readFileSync(join(FIXTURES, platform, file.replace(/\.(html|json)$/, '.expected.json')), 'utf8')) as PostFixtureMeta }))
    .filter(({ meta }) => meta.postReader !== undefined);
}

function timed(read: () => unknown, floor: (() => unknown) | null): { read: Summary; floor: Summary | null } {
  const [readTimes, floorTimes] = timeInterleaved(floor ? [read, floor] : [read], PLAN);
  return { read: summarize(readTimes!)!, floor: floorTimes ? summarize(floorTimes) : null };
}

function timeFixture(platform: Platform, file: string, meta: PostFixtureMeta): PostReaderTiming {
  const reader = POST_READERS[platform];
  const text = readFileSync(join(FIXTURES, platform, file), 'utf8');
  const url = new URL(meta.url);
  const context = { now: new Date(meta.now) };
  if (meta.kind === 'page') {
    // Parsed once outside the timed region, as for profile pages: the reader is timed, not the HTML parser.
    const doc = parseSavedPage(text, file);
    const result = reader.readPostPage(doc, url, context);
    const floorText = mainDataJson(doc, platform);
    const t = timed(() => reader.readPostPage(doc, url, context), floorText === null ? null : () => JSON.parse(floorText));
    return { platform, file, kind: 'page', ok: result.ok, comments: result.ok ? result.comments.length : 0, readMs: t.read.median, floorMs: t.floor?.median ?? null };
  }
  const result = reader.readPostCapture(JSON.parse(text), url, context);
  const t = timed(() => reader.readPostCapture(JSON.parse(text), url, context), () => JSON.parse(text));
  return { platform, file, kind: 'capture', ok: result.ok, comments: result.ok ? result.comments.length : 0, readMs: t.read.median, floorMs: t.floor?.median ?? null };
}

function figureOf(platform: Platform, timings: readonly PostReaderTiming[]): Figure {
  const read = summarize(timings.map((t) => t.readMs))!;
  const withFloor = timings.filter((t): t is PostReaderTiming & { floorMs: number } => t.floorMs !== null);
  const floor = summarize(withFloor.map((t) => t.floorMs));
  const ratios = summarize(withFloor.map((t) => ratioOf(t.readMs, t.floorMs)).filter((r): r is number => r !== null));
  const slowest = timings.reduce((a, b) => (b.readMs > a.readMs ? b : a));
  const pages = timings.filter((t) => t.kind === 'page').length;
  return {
    suite: 'readers',
    name: `readers · ${platform} post pages: read, warm code (Node + happy-dom; ${pages} pages + ${timings.length - pages} responses × ${PLAN.runs} reads)`,
    unit: 'ms',
    goals: [{ on: 'value', max: 5 }],
    value: read.median,
    baseline: { label: `JSON.parse of the same data (${withFloor.length} fixtures with JSON)`, value: floor?.median ?? null },
    ratio: ratios?.median ?? null,
    detail:
      `${platform}: every post page and post response with a postReader block in its expected file; a page's HTML is parsed once outside the timed region, a response's JSON.parse is timed as part of reading it. ` +
      `Per fixture: median of ${PLAN.runs} reads after ${PLAN.warmup} untimed, in turn with the baseline; the row shows the median over fixtures; ` +
      `${timings.filter((t) => t.ok).length} of ${timings.length} read, ${timings.reduce((n, t) => n + t.comments, 0)} comments; slowest ${slowest.file} ${slowest.readMs.toFixed(2)} ms`,
  };
}

export function benchPostReaders(log: (line: string) => void): { figures: Figure[]; perFixture: PostReaderTiming[] } {
  const figures: Figure[] = [];
  const perFixture: PostReaderTiming[] = [];
  for (const platform of PLATFORMS) {
    const fixtures = postFixtures(platform);
    if (fixtures.length === 0) continue;
    log(`readers: ${platform} post pages, ${fixtures.length} fixtures`);
    const timings = fixtures.map(({ file, meta }) => timeFixture(platform, file, meta));
    perFixture.push(...timings);
    figures.push(figureOf(platform, timings));
  }
  return { figures, perFixture };
}
