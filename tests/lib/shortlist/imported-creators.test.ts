import { afterEach, describe, expect, test, vi } from 'vitest';
import { ShortlistEntrySchema } from '../../../lib/contracts/shortlist-entry';
import { createBackup, restoreBackup } from '../../../lib/shortlist/backup';
import { importedBucketOf } from '../../../lib/shortlist/creator-rows';
import { bucketOf } from '../../../lib/shortlist/summary-buckets';
import { importCsv } from '../../../lib/shortlist/import';
import { openShortlist, type Shortlist } from '../../../lib/shortlist/repository';
import { freshDbName, makeReport, makeSnapshot, NOW } from './factory';
import { putRaw, readAllRaw } from './raw-idb';

const LATER = new Date(NOW.getTime() + 3_600_000);
const DAY = 86_400_000;
const opened: Shortlist[] = [];
afterEach(() => {
  for (const s of opened.splice(0)) s.close();
});

const SHEET = 'platform,handle,display_name,followers,status,notes\r\nx,one,One,1000,,\r\nx,two,Two,2000,contacted,hello\r\ninstagram,three,Three,3000,,\r\n';

async function imported(): Promise<{ shortlist: Shortlist; name: string }> {
  const name = freshDbName('imported');
  const shortlist = await openShortlist(name, { idbFactory: indexedDB, log: () => undefined });
  opened.push(shortlist);
  expect(await importCsv(shortlist, SHEET, { onExisting: 'update', now: NOW })).toMatchObject({ ok: true, created: 3 });
  return { shortlist, name };
}

/** The keys held by the imported creators' buckets and by own rows, as stored. */
async function placesOf(name: string): Promise<{ own: string[]; inBuckets: string[] }> {
  const own = (await readAllRaw(name, 'creators')).map((r) => r.key as string).sort();
  const buckets = await readAllRaw(name, 'importedCreators');
  const inBuckets = buckets.flatMap((b) => (b.value as Array<{ key: string }>).map((r) => r.key)).sort();
  // Each bucket's index entry names the same creators, with their status and platform as the rows hold them.
  const index = await readAllRaw(name, 'importedCreatorIndex');
  expect(index.map((e) => e.key)).toEqual(buckets.map((b) => b.key));
  for (const [i, bucket] of buckets.entries()) {
    const rows = bucket.value as Array<{ key: string; status: unknown; platform: unknown }>;
    expect(index[i]?.value).toEqual(rows.map(({ key, status, platform }) => ({ key, status, platform })));
  }
  return { own, inBuckets };
}

describe('creators an import adds are kept in bucket rows, and every reader sees them', () => {
  test('get, list, summaries, stats and the backup hold them; none has a row of its own', async () => {
    const { shortlist, name } = await imported();
    expect(await placesOf(name)).toEqual({ own: [], inBuckets: ['instagram:three', 'x:one', 'x:two'] });
    expect((await shortlist.get('x:two'))?.notes).toBe('hello');
    expect(await shortlist.get('x:nobody')).toBeNull();
    expect((await shortlist.list()).entries.map((e) => e.key).sort()).toEqual(['instagram:three', 'x:one', 'x:two']);
    expect((await shortlist.listSummaries()).summaries.map((s) => s.key).sort()).toEqual(['instagram:three', 'x:one', 'x:two']);
    expect(await shortlist.stats()).toMatchObject({ total: 3, byPlatform: { x: 2, instagram: 1, tiktok: 0, youtube: 0 }, byStatus: { contacted: 1, shortlisted: 2 } });
    expect((await shortlist.dump()).creators.map((c) => c.key).sort()).toEqual(['instagram:three', 'x:one', 'x:two']);
  });

  test('the listing check, the counts and retention read the index of the buckets, not the rows', async () => {
    const { shortlist } = await imported();
    const getAll = vi.spyOn(IDBObjectStore.prototype, 'getAll');
    const get = vi.spyOn(IDBObjectStore.prototype, 'get');
    await shortlist.listSummaries();
    await shortlist.stats();
    await shortlist.browsing.prune(NOW, { key: 'x:one' });
    await shortlist.browsing.clear();
    const read = [...getAll.mock.contexts, ...get.mock.contexts].map((store) => (store as IDBObjectStore).name);
    vi.restoreAllMocks();
    expect(read).toContain('importedCreatorIndex');
    expect(read).not.toContain('importedCreators');
  });

  test('an edit (one, many, or checked against the shown version) stays in the bucket', async () => {
    const { shortlist, name } = await imported();
    expect((await shortlist.update('x:one', { status: 'signed' }, LATER))?.status).toBe('signed');
    expect(await shortlist.bulkUpdate(['x:two', 'instagram:three', 'x:nobody'], { addTags: ['bulk'] }, LATER)).toBe(2);
    const shown = await shortlist.get('x:two');
    const edited = await shortlist.edit('x:two', { notes: 'edited' }, { now: LATER, ifUpdatedAt: shown?.updatedAt ?? '' });
    expect(edited).toMatchObject({ kind: 'saved', entry: { notes: 'edited', tags: ['bulk'] } });
    expect(await placesOf(name)).toEqual({ own: [], inBuckets: ['instagram:three', 'x:one', 'x:two'] });
    expect((await shortlist.get('x:one'))?.status).toBe('signed');
    expect((await shortlist.listSummaries()).summaries.find((s) => s.key === 'x:two')).toMatchObject({ notes: 'edited', tags: ['bulk'] });
  });

  test('a saved report moves the creator to a row of its own, with what the user wrote', async () => {
    const { shortlist, name } = await imported();
    await shortlist.save(makeReport(makeSnapshot({ platform: 'x', handle: 'two', profileUrl: 'https://x.com/two' })), { now: LATER });
    expect(await placesOf(name)).toEqual({ own: ['x:two'], inBuckets: ['instagram:three', 'x:one'] });
    expect(await shortlist.get('x:two')).toMatchObject({ status: 'contacted', notes: 'hello' });
    expect((await shortlist.get('x:two'))?.report).not.toBeNull();
    expect((await shortlist.list()).entries).toHaveLength(3);
  });

  test('delete takes it out of its bucket; undo brings it back', async () => {
    const { shortlist, name } = await imported();
    const removed = await shortlist.bulkDelete(['x:one', 'x:two']);
    expect(removed.map((r) => r.key)).toEqual(['x:one', 'x:two']);
    expect(await placesOf(name)).toEqual({ own: [], inBuckets: ['instagram:three'] });
    expect(await shortlist.get('x:one')).toBeNull();
    expect(await shortlist.remove('instagram:three')).toMatchObject({ key: 'instagram:three' });
    // The last one gone: no empty bucket row is left behind.
    expect(await readAllRaw(name, 'importedCreators')).toEqual([]);
    expect(await readAllRaw(name, 'importedCreatorIndex')).toEqual([]);
    expect(await shortlist.restore(removed)).toBe(2);
    expect((await shortlist.get('x:two'))?.notes).toBe('hello');
    expect((await shortlist.list()).entries.map((e) => e.key).sort()).toEqual(['x:one', 'x:two']);
  });

  test('a second import updates them in place or skips them, as asked', async () => {
    const { shortlist, name } = await imported();
    const again = SHEET.replace('x,one,One,1000,,', 'x,one,One,1000,negotiating,from the second sheet');
    expect(await importCsv(shortlist, again, { onExisting: 'skip', now: LATER })).toMatchObject({ ok: true, created: 0, skipped: 3 });
    expect((await shortlist.get('x:one'))?.status).toBe('shortlisted');
    expect(await importCsv(shortlist, again, { onExisting: 'update', now: LATER })).toMatchObject({ ok: true, created: 0, updated: 3 });
    expect(await shortlist.get('x:one')).toMatchObject({ status: 'negotiating', notes: 'from the second sheet' });
    expect(await placesOf(name)).toEqual({ own: [], inBuckets: ['instagram:three', 'x:one', 'x:two'] });
  });

  test('an import updates a creator with a row of its own there, and adds the new ones to the buckets', async () => {
    const name = freshDbName('imported-mixed');
    const shortlist = await openShortlist(name, { idbFactory: indexedDB, log: () => undefined });
    opened.push(shortlist);
    await shortlist.save(makeReport(makeSnapshot({ platform: 'x', handle: 'one', profileUrl: 'https://x.com/one' })), { now: NOW });
    expect(await importCsv(shortlist, SHEET, { onExisting: 'update', now: LATER })).toMatchObject({ ok: true, created: 2, updated: 1 });
    expect(await placesOf(name)).toEqual({ own: ['x:one'], inBuckets: ['instagram:three', 'x:two'] });
    expect((await shortlist.get('x:one'))?.report).not.toBeNull();
  });

  test('restoring a backup gives each creator one row of its own, never a second copy in a bucket', async () => {
    const { shortlist, name } = await imported();
    await shortlist.update('x:one', { status: 'signed' }, LATER);
    const backup = (await createBackup(shortlist, LATER)).json;
    await shortlist.update('x:one', { status: 'declined' }, LATER);
    const skipped = await restoreBackup(shortlist, backup, { onExisting: 'skip', now: LATER });
    expect(skipped).toMatchObject({ ok: true, created: 0, skipped: 3 });
    expect((await shortlist.get('x:one'))?.status).toBe('declined');
    expect(await restoreBackup(shortlist, backup, { onExisting: 'update', now: LATER })).toMatchObject({ ok: true, created: 0, updated: 3 });
    expect(await placesOf(name)).toEqual({ own: ['instagram:three', 'x:one', 'x:two'], inBuckets: [] });
    expect((await shortlist.get('x:one'))?.status).toBe('signed');
    expect((await shortlist.list()).entries).toHaveLength(3);
  });

  test('they count as on the shortlist for retention: their readings are never pruned', async () => {
    const { shortlist } = await imported();
    const old = new Date(NOW.getTime() - 400 * DAY).toISOString();
    await shortlist.addReading({ key: 'x:one', at: old, followers: 10, following: null, postsCount: null });
    await shortlist.addReading({ key: 'x:browsed', at: old, followers: 10, following: null, postsCount: null });
    expect(await shortlist.browsing.prune(NOW, { key: 'x:one' })).toBe(0);
    expect(await shortlist.browsing.prune(NOW, { force: true })).toBe(1);
    expect(await shortlist.browsing.clear()).toBe(0);
    expect((await shortlist.history('x:one')).map((p) => p.followers)).toEqual([10, 1000]);
    // A vetting's own prune of the creator (one transaction with its reading) keeps them too.
    const inputs = await shortlist.vettingInputs('x:two', { reading: { key: 'x:two', at: old, followers: 5, following: null, postsCount: null }, now: NOW });
    expect(inputs.history.map((p) => p.followers)).toEqual([5, 2000]);
  });

  test('an item in a bucket that is not its own is seen by no reader; an item that also has an own row is listed once, as the row', async () => {
    const { shortlist, name } = await imported();
    const stray = { ...(await shortlist.get('x:one')), key: 'x:stray', handle: 'stray' };
    const buckets = await readAllRaw(name, 'importedCreators');
    const wrong = (importedBucketOf('x:stray') + 1) % 256;
    const there = (buckets.find((b) => b.key === wrong)?.value as unknown[] | undefined) ?? [];
    await putRaw(name, 'importedCreators', [...there, stray], wrong);
    const one = buckets.flatMap((b) => b.value as Array<{ key: string }>).find((r) => r.key === 'x:one');
    await putRaw(name, 'creators', { ...one, notes: 'own row' });
    expect(await shortlist.get('x:stray')).toBeNull();
    const keys = (await shortlist.list()).entries.map((e) => e.key);
    expect(keys.sort()).toEqual(['instagram:three', 'x:one', 'x:two']);
    expect((await shortlist.get('x:one'))?.notes).toBe('own row');
    expect((await shortlist.stats()).total).toBe(3);
  });
});

describe('an import writes bucket rows while it builds', () => {
  test('each bucket row it changes is written once, and the first goes out before the last creator is built', async () => {
    const name = freshDbName('imported-stream');
    const shortlist = await openShortlist(name, { idbFactory: indexedDB, log: () => undefined });
    opened.push(shortlist);
    const keys = Array.from({ length: 400 }, (_, i) => `instagram:c${i}`);
    const csv = ['platform,handle,followers', ...keys.map((key, i) => `instagram,${key.slice(10)},${1_000 + i}`)].join('\r\n');
    const put = vi.spyOn(IDBObjectStore.prototype, 'put');
    const check = vi.spyOn(ShortlistEntrySchema, 'safeParse');
    expect(await importCsv(shortlist, csv, { onExisting: 'update', now: NOW })).toMatchObject({ ok: true, created: 400 });
    const putsTo = (store: string) => put.mock.contexts.flatMap((ctx, i) => ((ctx as IDBObjectStore).name === store ? [put.mock.invocationCallOrder[i] ?? 0] : []));
    const creatorPuts = putsTo('importedCreators');
    expect(putsTo('importedCreatorIndex')).toHaveLength(creatorPuts.length);
    const summaryPuts = putsTo('summaries');
    const checks = [...check.mock.invocationCallOrder];
    vi.restoreAllMocks();
    expect(creatorPuts).toHaveLength(new Set(keys.map(importedBucketOf)).size);
    expect(summaryPuts).toHaveLength(new Set(keys.map(bucketOf)).size);
    expect(checks).toHaveLength(400);
    // Written while creators are still being built, not all after them.
    expect(Math.min(...creatorPuts)).toBeLessThan(Math.max(...checks));
    expect(Math.min(...summaryPuts)).toBeLessThan(Math.max(...checks));
    expect((await shortlist.listSummaries()).summaries).toHaveLength(400);
  });

  test('notes on rows left unchanged come in the order of the sheet, whatever the order of their buckets', async () => {
    const name = freshDbName('imported-notes');
    const shortlist = await openShortlist(name, { idbFactory: indexedDB, log: () => undefined });
    opened.push(shortlist);
    // Two unreadable rows whose summary buckets are in the opposite order of their rows in the sheet.
    const handles = Array.from({ length: 50 }, (_, i) => `h${i}`);
    const [first, second] = [...handles].sort((a, b) => bucketOf(`x:${b}`) - bucketOf(`x:${a}`));
    for (const handle of [first, second]) await putRaw(name, 'creators', { key: `x:${handle}`, snapshot: 'lost' });
    const result = await importCsv(shortlist, `platform,handle\r\nx,${first}\r\nx,${second}\r\n`, { onExisting: 'update', now: NOW });
    expect(result).toMatchObject({ ok: true, skipped: 2, notes: [expect.stringMatching(/^row 2: /), expect.stringMatching(/^row 3: /)] });
  });
});
