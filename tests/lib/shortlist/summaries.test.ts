import { afterEach, describe, expect, test, vi } from 'vitest';
import { csvOf } from '../csv/csv-of';
import { createBackup, restoreBackup } from '../../../lib/shortlist/backup';
import { summarizeEntry } from '../../../lib/csv/entry-summary';
import { importCsv } from '../../../lib/shortlist/import';
import { bucketOf, SUMMARY_BUCKETS } from '../../../lib/shortlist/summary-buckets';
import { openShortlist, type Shortlist } from '../../../lib/shortlist/repository';
import { freshDbName, makeBrief, makeReport, makeSnapshot, NOW } from './factory';
import { deleteSummaryRaw, putRaw, putSummaryRaw, readAllRaw, readSummariesRaw } from './raw-idb';

const at = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);
const opened: Shortlist[] = [];

async function fresh(label = 'summaries'): Promise<{ shortlist: Shortlist; name: string; log: string[] }> {
  const name = freshDbName(label);
  const log: string[] = [];
  const shortlist = await openShortlist(name, { idbFactory: indexedDB, log: (m) => log.push(m) });
  opened.push(shortlist);
  return { shortlist, name, log };
}

afterEach(() => {
  vi.restoreAllMocks();
  for (const s of opened.splice(0)) s.close();
});

/** The summaries store holds exactly the summary of every entry list() gives, nothing else. */
async function expectInSync(shortlist: Shortlist, name: string): Promise<void> {
  const { entries } = await shortlist.list();
  const stored = await readSummariesRaw(name);
  const byKey = (a: { key: string }, b: { key: string }) => a.key.localeCompare(b.key);
  expect([...stored].sort((a, b) => byKey(a as { key: string }, b as { key: string }))).toEqual(entries.map((e) => summarizeEntry(e)).sort(byKey));
}

describe('every write keeps the summaries in step with the creators, in the same transaction', () => {
  test('a sheet of hundreds of creators, new and already saved, writes every summary into its bucket, next to the ones there', async () => {
    const { shortlist, name, log } = await fresh();
    await shortlist.save(makeReport(), { now: at(1) });
    const rows = Array.from({ length: 300 }, (_, i) => `x,many_${i},Many ${i},${i * 10}`);
    const result = await importCsv(shortlist, `platform,handle,display_name,followers\r\n${rows.join('\r\n')}\r\ninstagram,ana.cocina,Ana,1\r\n`, { onExisting: 'update', now: at(2) });
    expect(result).toMatchObject({ ok: true, created: 300, updated: 1 });
    await expectInSync(shortlist, name);
    expect(new Set((await readSummariesRaw(name)).map((s) => bucketOf((s as { key: string }).key))).size).toBe(SUMMARY_BUCKETS);
    expect((await shortlist.listSummaries()).summaries).toHaveLength(301);
    expect(log).toEqual([]);
  });

  test('save, update, bulkUpdate, remove, bulkDelete, restore, CSV import, backup restore', async () => {
    const { shortlist, name, log } = await fresh();
    const report = (handle: string, followers = 48_200) => makeReport(makeSnapshot({ handle, followers }));

    await shortlist.save(report('a1'), { now: at(1), tag: 'food', note: 'first', brief: makeBrief() });
    await shortlist.save(report('a2'), { now: at(2) });
    await shortlist.save(report('a3'), { now: at(3) });
    await expectInSync(shortlist, name);

    await shortlist.save(report('a1', 50_000), { now: at(4), tag: 'spain' });
    await expectInSync(shortlist, name);
    expect((await readSummariesRaw(name)).find((s) => (s as { key: string }).key === 'instagram:a1')).toMatchObject({ profile: { followers: 50_000 }, tags: ['food', 'spain'] });

    await shortlist.update('instagram:a2', { status: 'signed', notes: 'in full\nsecond line', promoCode: 'A2', trackingLink: 'https://shop.example.com/?a=2' }, at(5));
    await shortlist.bulkUpdate(['instagram:a1', 'instagram:a3'], { addTags: ['q1'], briefId: 'summer-26' }, at(6));
    await expectInSync(shortlist, name);

    await shortlist.remove('instagram:a3');
    const removed = await shortlist.bulkDelete(['instagram:a1', 'instagram:a2']);
    await expectInSync(shortlist, name);
    expect(await readAllRaw(name, 'summaries')).toEqual([]);
    await shortlist.restore(removed);
    await expectInSync(shortlist, name);

    const csv = csvOf((await shortlist.list()).entries);
    await importCsv(shortlist, `${csv}`.replace(',signed,', ',declined,'), { onExisting: 'update', now: at(7) });
    await importCsv(shortlist, 'platform,handle,display_name,followers\r\nyoutube,lena.makes,Lena,125000\r\n', { onExisting: 'update', now: at(8) });
    await expectInSync(shortlist, name);
    expect((await shortlist.get('instagram:a2'))?.status).toBe('declined');

    const backup = await createBackup(shortlist, at(9));
    const { shortlist: other, name: otherName } = await fresh('summaries-restore');
    expect(await restoreBackup(other, backup.json, { onExisting: 'update', now: at(10) })).toMatchObject({ ok: true, created: 3 });
    await expectInSync(other, otherName);

    // Nothing had to be rebuilt on reading: every path wrote its summary itself.
    expect((await shortlist.listSummaries()).problems).toEqual([]);
    expect(log).toEqual([]);
  });

  test('a write that fails leaves the summaries as they were', async () => {
    const { shortlist, name } = await fresh();
    await shortlist.save(makeReport(makeSnapshot({ handle: 'kept' })), { now: NOW });
    const before = await readAllRaw(name, 'summaries');
    const original = IDBObjectStore.prototype.put;
    let calls = 0;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      calls += 1;
      // The creators row goes in; its summary is refused.
      if (this.name === 'summaries') throw new DOMException('quota', 'QuotaExceededError');
      return original.apply(this, args);
    });
    await expect(shortlist.save(makeReport(makeSnapshot({ handle: 'refused' })), { now: NOW })).rejects.toMatchObject({ code: 'quota' });
    await expect(shortlist.update('instagram:kept', { status: 'signed' }, NOW)).rejects.toMatchObject({ code: 'quota' });
    vi.restoreAllMocks();
    expect(calls).toBeGreaterThan(0);
    expect(await readAllRaw(name, 'summaries')).toEqual(before);
    expect((await readAllRaw(name, 'creators')).map((r) => r.key)).toEqual(['instagram:kept']);
    expect((await shortlist.get('instagram:kept'))?.status).toBe('shortlisted');
  });
});

describe('listSummaries', () => {
  test("gives what list() gives, summarized, in the same order, reading no creator row (the imported creators' keys from their index)", async () => {
    const { shortlist } = await fresh();
    await shortlist.save(makeReport(makeSnapshot({ handle: 'old' })), { now: at(1) });
    await shortlist.save(makeReport(makeSnapshot({ handle: 'new' })), { now: at(3) });
    await shortlist.save(makeReport(makeSnapshot({ handle: 'mid' })), { now: at(2) });
    await importCsv(shortlist, 'platform,handle,followers,updated_at\r\nx,imported,900,2026-03-05T14:02:00+02:00\r\n', { onExisting: 'update', now: at(4) });
    const { entries } = await shortlist.list();

    const getAll = vi.spyOn(IDBObjectStore.prototype, 'getAll');
    const get = vi.spyOn(IDBObjectStore.prototype, 'get');
    const result = await shortlist.listSummaries();
    expect(getAll.mock.contexts.map((store) => (store as IDBObjectStore).name).sort()).toEqual(['importedCreatorIndex', 'summaries']);
    expect(get).not.toHaveBeenCalled();
    getAll.mockClear();
    await shortlist.listSummaries({ complete: false });
    expect(getAll.mock.contexts.map((store) => (store as IDBObjectStore).name)).toEqual(['summaries']);

    expect(result).toEqual({ summaries: entries.map((e) => summarizeEntry(e)), problems: [] });
    // 14:02+02:00 is 12:02Z, the oldest: instants are compared, not strings.
    expect(result.summaries.map((s) => s.handle)).toEqual(['new', 'mid', 'old', 'imported']);
  });

  test('the quick listing reads the summaries store only, and still rebuilds a broken summary', async () => {
    const { shortlist, name } = await fresh();
    const kept = await shortlist.save(makeReport(makeSnapshot({ handle: 'kept' })), { now: NOW });
    const broken = await shortlist.save(makeReport(makeSnapshot({ handle: 'broken' })), { now: NOW });
    await putSummaryRaw(name, { ...summarizeEntry(broken), status: 'married' });
    const keys = vi.spyOn(IDBObjectStore.prototype, 'getAllKeys');
    const { summaries, problems } = await shortlist.listSummaries({ complete: false });
    expect(keys.mock.contexts.map((store) => (store as IDBObjectStore).name)).toEqual(['summaries']);
    expect(summaries.map((x) => x.key).sort()).toEqual([broken.key, kept.key]);
    expect(summaries.find((x) => x.key === broken.key)).toEqual(summarizeEntry(broken));
    expect(problems).toEqual([]);
  });

  test('a missing summary is rebuilt from its creator row, stored, and logged; it never just disappears', async () => {
    const { shortlist, name, log } = await fresh();
    const entry = await shortlist.save(makeReport(), { now: NOW });
    await deleteSummaryRaw(name, entry.key);
    expect(await readSummariesRaw(name)).toEqual([]);
    const { summaries, problems } = await shortlist.listSummaries();
    expect(summaries).toEqual([summarizeEntry(entry)]);
    expect(problems).toEqual([]);
    expect(log).toEqual([`shortlist "${name}": rebuilt the missing or unreadable summary of ${entry.key}`]);
    expect(await readSummariesRaw(name)).toEqual([summarizeEntry(entry)]);
    await shortlist.listSummaries();
    expect(log).toHaveLength(1);
  });

  test('a summary that fails its schema is rebuilt', async () => {
    const { shortlist, name } = await fresh();
    const entry = await shortlist.save(makeReport(), { now: NOW, tag: 'food' });
    await putSummaryRaw(name, { ...summarizeEntry(entry), figures: { fitScore: -5 }, tags: 'food' });
    expect((await shortlist.listSummaries()).summaries).toEqual([summarizeEntry(entry)]);
    expect(await readSummariesRaw(name)).toEqual([summarizeEntry(entry)]);
  });

  test('a damaged creator row: shown repaired with list()\'s problem; an unreadable one: skipped and reported, like list()', async () => {
    const { shortlist, name } = await fresh();
    const good = await shortlist.save(makeReport(makeSnapshot({ handle: 'good' })), { now: NOW });
    const damaged = await shortlist.save(makeReport(makeSnapshot({ handle: 'damaged' })), { now: NOW });
    await shortlist.save(makeReport(makeSnapshot({ handle: 'broken' })), { now: NOW });
    // Raw writes behind the store's back; their summaries are now stale, so remove them as a crash would.
    await putRaw(name, 'creators', { ...damaged, tags: ['ok', 42], status: 'married' });
    await deleteSummaryRaw(name, damaged.key);
    await putRaw(name, 'creators', { key: 'instagram:broken', snapshot: { creator: {} }, report: null });
    await deleteSummaryRaw(name, 'instagram:broken');

    const listed = await shortlist.list();
    const { summaries, problems } = await shortlist.listSummaries();
    expect(summaries.map((s) => s.key).sort()).toEqual(listed.entries.map((e) => e.key).sort());
    expect([...problems].sort((a, b) => a.key.localeCompare(b.key))).toEqual([...listed.problems].sort((a, b) => a.key.localeCompare(b.key)));
    expect(problems).toEqual(
      expect.arrayContaining([
        { key: 'instagram:broken', action: 'skipped', reason: 'no readable snapshot or report' },
        { key: damaged.key, action: 'repaired', reason: 'defaults used for tags, status' },
      ]),
    );
    expect(summaries.find((s) => s.key === damaged.key)).toMatchObject({ tags: ['ok'], status: 'shortlisted', repairs: 'defaults used for tags, status' });
    expect(summaries.find((s) => s.key === good.key)).toEqual(summarizeEntry(good));
    // Read again: the repaired row's summary was stored and still says it was repaired.
    expect((await shortlist.listSummaries()).problems).toHaveLength(2);
    // Skipped is not deleted.
    expect((await readAllRaw(name, 'creators')).map((r) => r.key)).toContain('instagram:broken');
  });

  test('an edit of a repaired row rebuilds its summary from the row (no shortcut over damaged data)', async () => {
    const { shortlist, name } = await fresh();
    const entry = await shortlist.save(makeReport(), { now: NOW });
    await putRaw(name, 'creators', { ...entry, notes: 7 });
    await deleteSummaryRaw(name, entry.key);
    await shortlist.listSummaries();
    await shortlist.update(entry.key, { notes: 'fixed' }, at(1));
    await expectInSync(shortlist, name);
    expect((await shortlist.listSummaries()).problems).toEqual([]);
  });

  test('a summary of a creator that no longer exists is not shown, and removed', async () => {
    const { shortlist, name, log } = await fresh();
    const entry = await shortlist.save(makeReport(), { now: NOW });
    await putSummaryRaw(name, { ...summarizeEntry(entry), key: 'instagram:ghost', handle: 'ghost' });
    expect((await shortlist.listSummaries()).summaries.map((s) => s.key)).toEqual([entry.key]);
    expect((await readSummariesRaw(name)).map((s) => (s as { key: string }).key)).toEqual([entry.key]);
    expect(log.some((m) => m.includes('removed the summary of instagram:ghost'))).toBe(true);
  });

  test('when the rebuilt summaries cannot be stored, the list is still complete', async () => {
    const { shortlist, name, log } = await fresh();
    const entry = await shortlist.save(makeReport(), { now: NOW });
    await deleteSummaryRaw(name, entry.key);
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('quota', 'QuotaExceededError');
    });
    expect((await shortlist.listSummaries()).summaries).toEqual([summarizeEntry(entry)]);
    vi.restoreAllMocks();
    expect(await readSummariesRaw(name)).toEqual([]);
    expect(log.some((m) => m.includes('could not store rebuilt summaries'))).toBe(true);
  });
});

describe('summary buckets', () => {
  test('a bulk edit of 300 creators rewrites each bucket it touches once, not one row per creator', async () => {
    const { shortlist, name } = await fresh();
    const keys: string[] = [];
    const csv = ['platform,handle,followers', ...Array.from({ length: 300 }, (_, i) => `instagram,c${i},${1_000 + i}`)].join('\r\n');
    await importCsv(shortlist, csv, { onExisting: 'update', now: NOW });
    for (let i = 0; i < 300; i += 1) keys.push(`instagram:c${i}`);
    const buckets = new Set(keys.map(bucketOf));
    expect(buckets.size).toBeGreaterThan(40);
    expect(buckets.size).toBeLessThanOrEqual(SUMMARY_BUCKETS);

    const put = vi.spyOn(IDBObjectStore.prototype, 'put');
    expect(await shortlist.bulkUpdate(keys, { status: 'contacted', addTags: ['batch'] }, at(1))).toBe(300);
    const summaryPuts = put.mock.contexts.filter((store) => (store as IDBObjectStore).name === 'summaries').length;
    vi.restoreAllMocks();
    expect(summaryPuts).toBe(buckets.size);
    await expectInSync(shortlist, name);
    expect((await readAllRaw(name, 'summaries')).length).toBe(buckets.size);
  });

  test('a summary found in a bucket that is not its own is dropped there and rebuilt in its own', async () => {
    const { shortlist, name, log } = await fresh();
    const entry = await shortlist.save(makeReport(), { now: NOW });
    const own = bucketOf(entry.key);
    const other = (own + 1) % SUMMARY_BUCKETS;
    await deleteSummaryRaw(name, entry.key);
    await putRaw(name, 'summaries', [summarizeEntry(entry)], other);
    expect((await shortlist.listSummaries()).summaries).toEqual([summarizeEntry(entry)]);
    expect(log.some((m) => m.includes(`rebuilt the missing or unreadable summary of ${entry.key}`))).toBe(true);
    const rows = await readAllRaw(name, 'summaries');
    expect(rows.find((r) => r.key === other)).toBeUndefined();
    expect(rows.find((r) => r.key === own)?.value).toEqual([summarizeEntry(entry)]);
  });
});
