import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { ShortlistEntry, StoredReading } from '../../../lib/contracts/shortlist-entry';
import { figuresFromReport } from '../../../lib/csv/report-figures';
import { roundFigure } from '../../../lib/csv/csv-writer';
import { csvOf } from '../csv/csv-of';
import { IMPORT_CAPS, checkImportSize, importCsv } from '../../../lib/shortlist/import';
import { openShortlist, type Shortlist } from '../../../lib/shortlist/repository';
import { bucketOf, SUMMARY_BUCKETS } from '../../../lib/shortlist/summary-buckets';
import { IMPORTED_BUCKETS, importedBucketOf } from '../../../lib/shortlist/creator-rows';
import { freshDbName, makeBrief, makeReport, makeSnapshot, NOW } from './factory';
import { putRaw, readAllRaw } from './raw-idb';

const LATER = new Date(NOW.getTime() + 3_600_000 * 30);
const GOLDEN = readFileSync(join(import.meta.dirname, '..', 'csv', 'golden.csv'), 'utf8');
const opened: Shortlist[] = [];

async function fresh(): Promise<{ shortlist: Shortlist; name: string }> {
  const name = freshDbName('import');
  const shortlist = await openShortlist(name, { idbFactory: indexedDB, log: () => undefined });
  opened.push(shortlist);
  return { shortlist, name };
}

afterEach(() => {
  for (const s of opened.splice(0)) s.close();
});

const HEADER = 'platform,handle,display_name,followers,status,notes';

describe('round trip', () => {
  test('export → import into a fresh database → export gives the same file', async () => {
    const { shortlist: a } = await fresh();
    await a.save(makeReport(), { now: NOW, tag: 'food', note: 'Line 1, "quoted"\nLine 2', brief: makeBrief() });
    await a.update('instagram:ana.cocina', { status: 'negotiating', addTags: ['=risky'] }, LATER);
    await a.save(makeReport(makeSnapshot({ platform: 'x', handle: 'bob_x', displayName: '@Bob 🐦', profileUrl: 'https://x.com/bob_x', verified: null })), { now: NOW });
    const seeded = await importCsv(a, `${HEADER}\r\nyoutube,lena.makes,Lena,125000,signed,imported before\r\n`, { onExisting: 'update', now: NOW });
    expect(seeded).toMatchObject({ ok: true, created: 1 });
    const first = csvOf((await a.list()).entries);

    const { shortlist: b } = await fresh();
    const result = await importCsv(b, first, { onExisting: 'update', now: LATER });
    expect(result).toEqual({ ok: true, created: 3, updated: 0, skipped: 0, notes: [], ignoredColumns: [] });
    const entries = (await b.list()).entries;
    expect(csvOf(entries)).toBe(first);

    // What the CSV does not carry: the report itself (its figures come back as `imported`), posts,
    // bio, provenance, join date. Everything the CSV shows is kept.
    const original = (await a.get('instagram:ana.cocina')) as ShortlistEntry;
    const copy = entries.find((e) => e.key === 'instagram:ana.cocina') as ShortlistEntry;
    expect(copy.report).toBeNull();
    // The figures as the file writes them: rates to 4 significant digits, days whole, money to cents.
    const figures = figuresFromReport(original.report);
    expect(copy.imported).toEqual({
      ...figures,
      engagementRate: roundFigure(figures.engagementRate, 'rate'),
      postsPerWeek: roundFigure(figures.postsPerWeek, 'rate'),
      daysSinceLastPost: roundFigure(figures.daysSinceLastPost, 'days'),
      sponsoredShare: roundFigure(figures.sponsoredShare, 'rate'),
      priceLow: roundFigure(figures.priceLow, 'money'),
      priceHigh: roundFigure(figures.priceHigh, 'money'),
    });
    expect(copy.snapshot.posts).toEqual([]);
    expect(copy.snapshot.creator.bio).toBe('');
    expect(copy).toMatchObject({ status: 'negotiating', tags: ['food', '=risky'], notes: original.notes, trackingLink: original.trackingLink, promoCode: 'ANACOCINA' });
  });

  test('the golden file imports and exports back byte for byte', async () => {
    const { shortlist } = await fresh();
    expect(await importCsv(shortlist, GOLDEN, { onExisting: 'update', now: NOW })).toMatchObject({ ok: true, created: 3 });
    const byKey = new Map((await shortlist.list()).entries.map((e) => [e.key, e]));
    const inFileOrder = ['instagram:ana.cocina', 'tiktok:dani.runs', 'youtube:maryam.art'].map((k) => byKey.get(k) as ShortlistEntry);
    expect(csvOf(inFileOrder)).toBe(GOLDEN);
  });
});

describe('all or nothing', () => {
  test('one bad row at the end of the file writes nothing', async () => {
    const { shortlist, name } = await fresh();
    await shortlist.save(makeReport(), { now: NOW });
    const before = await readAllRaw(name, 'creators');
    const csv = `${HEADER}\r\ninstagram,ana.cocina,Ana,1,signed,changed\r\ntiktok,t1,T1,10,,\r\nx,x1,X1,20,,\r\nx,x2,X2,lots,,\r\n`;
    const result = await importCsv(shortlist, csv, { onExisting: 'update', now: LATER });
    expect(result).toEqual({
      ok: false,
      reason: 'invalid-rows',
      message: 'Nothing was imported: 1 row has a problem. Fix it and import the file again.',
      errors: ['row 5: followers is not a number'],
    });
    expect(await readAllRaw(name, 'creators')).toEqual(before);
    expect((await shortlist.stats()).unsavedChanges).toBe(1);
  });

  test('a storage failure part-way through the write rolls back every row', async () => {
    const { shortlist, name } = await fresh();
    const original = IDBObjectStore.prototype.put;
    let calls = 0;
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      calls += 1;
      if (calls === 3) throw new DOMException('quota', 'QuotaExceededError');
      return original.apply(this, args);
    });
    const result = await importCsv(shortlist, `${HEADER}\r\nx,a1,,1,,\r\nx,a2,,2,,\r\nx,a3,,3,,\r\nx,a4,,4,,\r\n`, { onExisting: 'update', now: NOW });
    put.mockRestore();
    expect(result).toMatchObject({ ok: false, reason: 'quota', message: expect.stringContaining('out of storage space') });
    expect(await readAllRaw(name, 'creators')).toEqual([]);
    expect(await readAllRaw(name, 'history')).toEqual([]);
    expect(await readAllRaw(name, 'firstReadings')).toEqual([]);
  });

  test("a new creator's first reading merges with a reading from browsing within the hour, and stands beside an older one", async () => {
    const { shortlist } = await fresh();
    const at = (ms: number) => new Date(NOW.getTime() + ms).toISOString();
    // Browsed, not shortlisted: readings kept for the retention period.
    await shortlist.addReading({ key: 'x:near', at: at(-10 * 60_000), followers: 10, following: null, postsCount: null });
    await shortlist.addReading({ key: 'x:far', at: at(-5 * 3_600_000), followers: 20, following: null, postsCount: null });
    const csv = `platform,handle,followers,updated_at\r\nx,near,11,${at(0)}\r\nx,far,21,${at(0)}\r\nx,fresh,31,${at(0)}\r\n`;
    expect(await importCsv(shortlist, csv, { onExisting: 'update', now: NOW })).toMatchObject({ ok: true, created: 3 });
    expect((await shortlist.history('x:near')).map((r) => r.followers)).toEqual([11]);
    expect((await shortlist.history('x:far')).map((r) => r.followers)).toEqual([20, 21]);
    expect((await shortlist.history('x:fresh')).map((r) => r.followers)).toEqual([31]);
  });

  test('the same creator twice in one file is an error naming both rows', async () => {
    const { shortlist } = await fresh();
    const result = await importCsv(shortlist, 'profile_url\r\nhttps://www.instagram.com/ana/\r\nhttps://www.instagram.com/ANA/\r\n', { onExisting: 'update', now: NOW });
    expect(result).toMatchObject({ ok: false, errors: ['row 3: instagram:ana is already on row 2'] });
  });
});

describe('what an import stores', () => {
  const rows = Array.from({ length: 200 }, (_, i) => `x,c${i},,${1_000 + i},,`);
  const csv = `${HEADER}\r\n${rows.join('\r\n')}\r\n`;

  test("the new creators in the imported creators' bucket rows (no creators row of their own), and each one's first reading in the first-reading buckets (no history row)", async () => {
    const { shortlist, name } = await fresh();
    expect(await importCsv(shortlist, csv, { onExisting: 'update', now: NOW })).toMatchObject({ ok: true, created: 200 });
    expect(await readAllRaw(name, 'creators')).toEqual([]);
    const creatorBuckets = await readAllRaw(name, 'importedCreators');
    expect(creatorBuckets.length).toBeLessThanOrEqual(IMPORTED_BUCKETS);
    expect(creatorBuckets.length).toBeLessThan(200);
    const rows = creatorBuckets.flatMap((b) => b.value as Array<{ key: string }>);
    expect(rows.map((r) => r.key).sort()).toEqual(Array.from({ length: 200 }, (_, i) => `x:c${i}`).sort());
    for (const bucket of creatorBuckets) for (const row of bucket.value as Array<{ key: string }>) expect(importedBucketOf(row.key)).toBe(bucket.key);
    expect(await readAllRaw(name, 'history')).toEqual([]);
    const buckets = await readAllRaw(name, 'firstReadings');
    expect(buckets.length).toBeLessThanOrEqual(SUMMARY_BUCKETS);
    const readings = buckets.flatMap((b) => b.value as StoredReading[]);
    expect(readings).toHaveLength(200);
    for (const bucket of buckets) for (const reading of bucket.value as StoredReading[]) expect(bucketOf(reading.key)).toBe(bucket.key);
    expect(await shortlist.history('x:c7')).toEqual([{ key: 'x:c7', at: NOW.toISOString(), followers: 1_007, following: null, postsCount: null }]);
    expect((await shortlist.dump()).history).toHaveLength(200);
  });

  test("the first reading is part of the creator's history: a later reading adds to it, one within the hour replaces it", async () => {
    const { shortlist, name } = await fresh();
    await importCsv(shortlist, csv, { onExisting: 'update', now: NOW });
    const at = (ms: number) => new Date(NOW.getTime() + ms).toISOString();
    expect(await shortlist.addReading({ key: 'x:c1', at: at(10 * 60_000), followers: 5, following: null, postsCount: null })).toBe('replaced');
    expect(await shortlist.addReading({ key: 'x:c1', at: at(-10 * 60_000), followers: 6, following: null, postsCount: null })).toBe('ignored');
    expect(await shortlist.addReading({ key: 'x:c2', at: at(5 * 3_600_000), followers: 7, following: null, postsCount: null })).toBe('added');
    expect((await shortlist.history('x:c1')).map((p) => [p.at, p.followers])).toEqual([[at(10 * 60_000), 5]]);
    expect((await shortlist.history('x:c2')).map((p) => p.followers)).toEqual([1_002, 7]);
    expect(await readAllRaw(name, 'history')).toHaveLength(1);
    // A second import of the same sheet updates the creators and adds no reading.
    expect(await importCsv(shortlist, csv, { onExisting: 'update', now: LATER })).toMatchObject({ ok: true, created: 0, updated: 200 });
    expect((await shortlist.history('x:c2')).map((p) => p.followers)).toEqual([1_002, 7]);
    expect((await shortlist.history('x:c3')).map((p) => p.followers)).toEqual([1_003]);
  });

  test('a creator removed after an import takes its first reading with it, and undo brings it back', async () => {
    const { shortlist, name } = await fresh();
    await importCsv(shortlist, csv, { onExisting: 'update', now: NOW });
    const removed = await shortlist.bulkDelete(['x:c0', 'x:c1']);
    expect(removed.map((r) => r.history.map((p) => p.followers))).toEqual([[1_000], [1_001]]);
    expect(await shortlist.history('x:c0')).toEqual([]);
    expect((await readAllRaw(name, 'firstReadings')).flatMap((b) => b.value as StoredReading[])).toHaveLength(198);
    expect(await shortlist.restore(removed)).toBe(2);
    expect((await shortlist.history('x:c0')).map((p) => p.followers)).toEqual([1_000]);
  });
});

describe('caps', () => {
  test('a file over 10 MB is refused before it is parsed', async () => {
    const { shortlist } = await fresh();
    const big = `${HEADER}\r\n${'x'.repeat(IMPORT_CAPS.csvBytes)}`;
    const result = await importCsv(shortlist, big, { onExisting: 'update', now: NOW });
    expect(result).toMatchObject({ ok: false, reason: 'too-large', message: expect.stringMatching(/most Vetted imports at once is 10 MB/) });
    expect(checkImportSize(IMPORT_CAPS.csvBytes)).toBeNull();
    expect(checkImportSize(IMPORT_CAPS.csvBytes + 1)).toMatch(/^This file is 10\.0 MB/);
  });

  test('multi-byte text is measured in UTF-8 bytes', async () => {
    const { shortlist } = await fresh();
    // 5.3 million "é" are 10.6 MB of UTF-8 in a string shorter than 10 MB in characters.
    const text = `platform,handle,notes\r\nx,a,"${'é'.repeat(5_300_000)}"\r\n`;
    expect(text.length).toBeLessThan(IMPORT_CAPS.csvBytes);
    expect(await importCsv(shortlist, text, { onExisting: 'update', now: NOW })).toMatchObject({ ok: false, reason: 'too-large' });
  });

  test('more than 50,000 rows is refused with a clear message', async () => {
    const { shortlist } = await fresh();
    const rows = Array.from({ length: IMPORT_CAPS.rows + 1 }, (_, i) => `x,h${i}`).join('\r\n');
    const result = await importCsv(shortlist, `platform,handle\r\n${rows}\r\n`, { onExisting: 'update', now: NOW });
    expect(result).toMatchObject({ ok: false, reason: 'too-many-rows', message: expect.stringContaining('more than 50,000 rows') });
    expect((await shortlist.list()).entries).toEqual([]);
  });
});

describe('existing creators', () => {
  const csv = `${HEADER}\r\ninstagram,ana.cocina,Renamed,1,signed,from the sheet\r\ntiktok,new.one,New,500,,\r\n`;

  test("'skip' leaves an existing creator as it is and adds the new ones", async () => {
    const { shortlist } = await fresh();
    const saved = await shortlist.save(makeReport(), { now: NOW });
    const result = await importCsv(shortlist, csv, { onExisting: 'skip', now: LATER });
    expect(result).toMatchObject({ ok: true, created: 1, updated: 0, skipped: 1 });
    expect(await shortlist.get('instagram:ana.cocina')).toEqual(saved);
    expect((await shortlist.get('tiktok:new.one'))?.snapshot.creator.followers).toBe(500);
  });

  test("'update' applies the user's columns; a vetted creator keeps its measured figures", async () => {
    const { shortlist } = await fresh();
    const saved = await shortlist.save(makeReport(), { now: NOW, tag: 'food' });
    const result = await importCsv(shortlist, csv, { onExisting: 'update', now: LATER });
    expect(result).toMatchObject({ ok: true, created: 1, updated: 1, skipped: 0 });
    const updated = await shortlist.get('instagram:ana.cocina');
    expect(updated).toMatchObject({ status: 'signed', notes: 'from the sheet', tags: ['food'], updatedAt: LATER.toISOString(), firstSavedAt: saved.firstSavedAt });
    expect(updated?.displayName).toBe('Ana Cocina');
    expect(updated?.snapshot).toEqual(saved.snapshot);
    expect(updated?.report).toEqual(saved.report);
  });

  test("'update' of a creator that came from a sheet takes the sheet's figures too", async () => {
    const { shortlist } = await fresh();
    await importCsv(shortlist, 'platform,handle,followers,tier,notes\r\nx,bob,100,nano,first\r\n', { onExisting: 'update', now: NOW });
    await importCsv(shortlist, 'platform,handle,followers,tier\r\nx,bob,250,micro\r\n', { onExisting: 'update', now: LATER });
    const bob = await shortlist.get('x:bob');
    expect(bob).toMatchObject({ notes: 'first', imported: { tier: 'micro' }, snapshot: { creator: { followers: 250 } } });
    expect(bob?.snapshot.creator.profileUrl).toBe('https://x.com/bob');
  });

  test('an existing row too damaged to read is left unchanged and named in the result', async () => {
    const { shortlist, name } = await fresh();
    const damaged = { key: 'instagram:ana.cocina', snapshot: 'lost', report: null, notes: 'precious' };
    await putRaw(name, 'creators', damaged);
    const result = await importCsv(shortlist, csv, { onExisting: 'update', now: LATER });
    expect(result).toMatchObject({ ok: true, created: 1, skipped: 1, notes: ['row 2: the saved entry for instagram:ana.cocina is unreadable, so it was left unchanged'] });
    expect((await readAllRaw(name, 'creators')).find((r) => r.key === 'instagram:ana.cocina')?.value).toEqual(damaged);
  });
});

describe('other sheets', () => {
  test('a semicolon-separated sheet with only profile URLs and notes imports, and unknown columns are named', async () => {
    const { shortlist } = await fresh();
    const sheet = '\uFEFFProfile URL;Notes;Agency\nhttps://www.instagram.com/ana.cocina/;"call; later";Acme\nhttps://www.youtube.com/@Lena.Makes/videos;;\n';
    const result = await importCsv(shortlist, sheet, { onExisting: 'update', now: NOW });
    expect(result).toMatchObject({ ok: true, created: 2, ignoredColumns: ['agency'] });
    expect(await shortlist.get('instagram:ana.cocina')).toMatchObject({ platform: 'instagram', handle: 'ana.cocina', notes: 'call; later', status: 'shortlisted', report: null });
    expect((await shortlist.get('youtube:lena.makes'))?.snapshot.creator.profileUrl).toBe('https://www.youtube.com/@Lena.Makes/videos');
  });

  test('a sheet without a way to name creators is refused', async () => {
    const { shortlist } = await fresh();
    expect(await importCsv(shortlist, 'name,notes\r\nAna,x\r\n', { onExisting: 'update', now: NOW })).toMatchObject({
      ok: false,
      reason: 'invalid-file',
      message: 'The file needs a profile_url column, or platform and handle columns.',
    });
    expect(await importCsv(shortlist, 'platform,handle\r\n', { onExisting: 'update', now: NOW })).toMatchObject({ ok: false, message: 'This file has a header but no rows.' });
  });
});
