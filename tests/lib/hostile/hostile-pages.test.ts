import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseSavedPage } from '../../../lib/cli/saved-page';
import { CAPS, capText } from '../../../lib/contracts/caps';
import { SnapshotSchema, type Snapshot } from '../../../lib/contracts/creator';
import { VettingReportSchema } from '../../../lib/contracts/report';
import { CSV_HEADER } from '../../../lib/csv/csv-columns';
import { startsWithFormulaTrigger } from '../../../lib/csv/formula-guard';
import { csvOf } from '../csv/csv-of';
import { READERS } from '../../../lib/platforms/readers';
import type { ReadResult } from '../../../lib/platforms/types';
import { DEFAULT_BRIEF } from '../../../lib/scoring/default-brief';
import { openShortlist } from '../../../lib/shortlist/repository';
import { vet } from '../../../lib/vetting/vet';
import { freshDbName } from '../shortlist/factory';
import { HOSTILE_PAGES } from './hostile-pages';
import { DDE_FORMULA, HOSTILE_BIO, HOSTILE_CAPTION, HOSTILE_NAME, IMG_ONERROR, SCRIPT_TAG } from './hostile-values';

const HOSTILE_DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'hostile');
// What capText removes: bidi overrides/isolates and control characters other than tab and newline.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** Every string and number anywhere in a value, with its path. */
function leaves(value: unknown, path = ''): Array<{ path: string; value: string | number }> {
  if (typeof value === 'string' || typeof value === 'number') return [{ path, value }];
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, child]) => leaves(child, `${path}.${key}`));
}

function expectCount(value: unknown, where: string) {
  if (value === null) return;
  expect(Number.isInteger(value), `${where} = ${String(value)} is an integer`).toBe(true);
  expect(value as number, where).toBeGreaterThanOrEqual(0);
  expect(value as number, where).toBeLessThanOrEqual(CAPS.count);
}

describe.each(HOSTILE_PAGES)('hostile $platform page ($file)', (page) => {
  let result: ReadResult;
  let snapshot: Snapshot;

  beforeAll(() => {
    const html = readFileSync(join(HOSTILE_DIR, page.file), 'utf8');
    const doc = parseSavedPage(html, page.file);
    result = READERS[page.platform].read(doc, new URL(page.url), { now: new Date(page.now) });
    if (result.ok) snapshot = { creator: result.creator, posts: result.posts, sources: result.sources };
  });

  it('is read without a crash into a snapshot that satisfies the contract', () => {
    expect(result.ok ? 'ok' : `${result.reason}: ${result.tried.join(', ')}`).toBe('ok');
    const parsed = SnapshotSchema.safeParse(snapshot);
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
  });

  it('keeps markup and formulas as capped plain text, without bidi overrides or control characters', () => {
    const { creator } = snapshot;
    // The page's markup is text to us: kept verbatim (React escapes it), never interpreted or half-stripped.
    expect(creator.bio).toContain(capText(HOSTILE_BIO, CAPS.bio));
    expect(creator.bio).toContain(SCRIPT_TAG);
    expect(creator.bio).toContain(IMG_ONERROR);
    expect(creator.displayName).toBe(HOSTILE_NAME);
    for (const leaf of leaves(snapshot)) {
      if (typeof leaf.value === 'string') expect(UNSAFE.test(leaf.value), `${leaf.path} has a bidi or control character`).toBe(false);
    }
  });

  it('cuts the 1 MB caption to CAPS.caption', () => {
    const post = snapshot.posts.find((p) => p.caption.startsWith(capText(HOSTILE_CAPTION, 40)));
    expect(post, 'the post with the 1 MB caption is still read').toBeDefined();
    expect(post!.caption.length).toBeLessThanOrEqual(CAPS.caption);
    expect(post!.caption.length).toBeGreaterThan(CAPS.caption - 20);
    for (const p of snapshot.posts) expect(p.caption.length).toBeLessThanOrEqual(CAPS.caption);
  });

  it('reads every count as an integer within caps or null; garbage counts are null, real ones survive', () => {
    const { creator, posts } = snapshot;
    for (const key of ['followers', 'following', 'postsCount', 'totalLikes'] as const) expectCount(creator[key], `creator.${key}`);
    for (const [i, post] of posts.entries()) for (const key of ['likes', 'comments', 'views', 'shares', 'saves'] as const) expectCount(post[key], `posts[${i}].${key}`);
    for (const key of page.garbageCounts) {
      expect(creator[key], `creator.${key}`).toBeNull();
      expect(creator.provenance[key], `provenance.${key}`).toBeUndefined();
    }
    expect(creator).toMatchObject(page.keptCounts);
    for (const { index, counts } of page.garbagePostCounts) for (const key of counts) expect(posts[index]?.[key], `posts[${index}].${key}`).toBeNull();
    for (const { index, counts } of page.keptPostCounts) expect(posts[index]).toMatchObject(counts);
  });

  it('vets into a report that satisfies its contract, with only finite numbers', () => {
    const report = vet({ snapshot, brief: DEFAULT_BRIEF, history: [], now: new Date(page.now) });
    const parsed = VettingReportSchema.safeParse(report);
    expect(parsed.success ? [] : parsed.error.issues.slice(0, 3)).toEqual([]);
    for (const leaf of leaves(report)) if (typeof leaf.value === 'number') expect(Number.isFinite(leaf.value), leaf.path).toBe(true);
  });

  it('exports the saved entry as CSV with no cell that starts a formula', async () => {
    const now = new Date(page.now);
    const shortlist = await openShortlist(freshDbName('hostile'), { idbFactory: indexedDB, log: () => undefined });
    try {
      await shortlist.save(vet({ snapshot, brief: DEFAULT_BRIEF, history: [], now }), { now, note: DDE_FORMULA, tag: '@everyone' });
      const { entries, problems } = await shortlist.list();
      expect(problems).toEqual([]);
      expect(entries).toHaveLength(1);
      const csv = csvOf(entries);
      const parsed = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true });
      expect(parsed.errors).toEqual([]);
      const [header, row] = parsed.data;
      expect(header).toEqual(CSV_HEADER);
      expect(parsed.data).toHaveLength(2);
      for (const [i, cell] of row!.entries()) expect(startsWithFormulaTrigger(cell), `${CSV_HEADER[i]} = ${cell.slice(0, 40)}`).toBe(false);
      const cell = (name: string) => row![CSV_HEADER.indexOf(name as (typeof CSV_HEADER)[number])];
      expect(cell('display_name')).toBe(`'${HOSTILE_NAME}`);
      expect(cell('notes')).toBe(`'${DDE_FORMULA}`);
      expect(cell('tags')).toBe(`'@everyone`);
      for (const key of page.garbageCounts) expect(cell({ followers: 'followers', following: 'following', postsCount: 'posts_count', totalLikes: 'total_likes' }[key])).toBe('');
      // The file stays small whatever the page put in its captions.
      expect(csv.length).toBeLessThan(10_000);
    } finally {
      shortlist.close();
    }
  });
});

describe('hostile category text (Instagram)', () => {
  it('is kept as text and guarded in the CSV', async () => {
    const page = HOSTILE_PAGES.find((p) => p.platform === 'instagram')!;
    const doc = parseSavedPage(readFileSync(join(HOSTILE_DIR, page.file), 'utf8'), page.file);
    const result = READERS.instagram.read(doc, new URL(page.url), { now: new Date(page.now) });
    expect(result.ok && result.creator.category).toBe(DDE_FORMULA);
    if (!result.ok) return;
    const report = vet({ snapshot: { creator: result.creator, posts: result.posts, sources: result.sources }, brief: DEFAULT_BRIEF, history: [], now: new Date(page.now) });
    const shortlist = await openShortlist(freshDbName('hostile-category'), { idbFactory: indexedDB, log: () => undefined });
    try {
      await shortlist.save(report, { now: new Date(page.now) });
      const row = Papa.parse<string[]>(csvOf((await shortlist.list()).entries).replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data[1]!;
      expect(row[CSV_HEADER.indexOf('category')]).toBe(`'${DDE_FORMULA}`);
    } finally {
      shortlist.close();
    }
  });
});
