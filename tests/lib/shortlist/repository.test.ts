import { afterEach, describe, expect, test, vi } from 'vitest';
import { DB_VERSION } from '../../../lib/shortlist/db';
import { StoreError } from '../../../lib/shortlist/errors';
import { openShortlist, type Shortlist } from '../../../lib/shortlist/repository';
import { freshDbName, makeBrief, makeReport, makeSnapshot, NOW } from './factory';
import { V1_EXAMPLE } from './schema-examples/v1';
import { buildExampleDatabase, describeRaw, openRaw, putRaw, readAllRaw } from './raw-idb';

const LATER = new Date(NOW.getTime() + 86_400_000);
const open: Shortlist[] = [];

async function fresh(label = 'repo'): Promise<{ shortlist: Shortlist; name: string }> {
  const name = freshDbName(label);
  const shortlist = await openShortlist(name, { idbFactory: indexedDB, log: () => undefined });
  open.push(shortlist);
  return { shortlist, name };
}

afterEach(() => {
  for (const s of open.splice(0)) s.close();
});

async function rejection(promise: Promise<unknown>): Promise<StoreError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(StoreError);
  return error as StoreError;
}

describe('save, get, list', () => {
  test('a saved report becomes an entry keyed platform:handle with the default user fields', async () => {
    const { shortlist } = await fresh();
    const report = makeReport();
    const entry = await shortlist.save(report, { now: NOW });
    expect(entry.key).toBe('instagram:ana.cocina');
    expect(entry).toMatchObject({
      platform: 'instagram',
      handle: 'ana.cocina',
      displayName: 'Ana Cocina',
      status: 'shortlisted',
      tags: [],
      notes: '',
      briefId: 'default-micro',
      imported: null,
      firstSavedAt: NOW.toISOString(),
      updatedAt: NOW.toISOString(),
    });
    expect(entry.report).toEqual(report);
    expect(entry.snapshot).toEqual(report.snapshot);
    expect(await shortlist.get('instagram:ana.cocina')).toEqual(entry);
    expect(await shortlist.get('instagram:nobody')).toBeNull();
    expect(await shortlist.list()).toEqual({ entries: [entry], problems: [] });
  });

  test('saving the same creator again updates it and keeps status, tags, notes and first-saved date', async () => {
    const { shortlist } = await fresh();
    await shortlist.save(makeReport(), { now: NOW, tag: 'food', note: 'Great recipes' });
    await shortlist.update('instagram:ana.cocina', { status: 'contacted' }, NOW);
    const newer = makeReport(makeSnapshot({ followers: 50_000, capturedAt: LATER.toISOString() }));
    const entry = await shortlist.save(newer, { now: LATER, tag: 'spain', note: 'Replied' });
    const { entries } = await shortlist.list();
    expect(entries).toHaveLength(1);
    expect(entry.status).toBe('contacted');
    expect(entry.tags).toEqual(['food', 'spain']);
    expect(entry.notes).toBe('Great recipes\nReplied');
    expect(entry.firstSavedAt).toBe(NOW.toISOString());
    expect(entry.updatedAt).toBe(LATER.toISOString());
    expect(entry.snapshot.creator.followers).toBe(50_000);
  });

  test('the same tag or note saved twice is not repeated', async () => {
    const { shortlist } = await fresh();
    await shortlist.save(makeReport(), { now: NOW, tag: 'Food', note: 'n1' });
    const entry = await shortlist.save(makeReport(), { now: LATER, tag: 'food', note: 'n1' });
    expect(entry.tags).toEqual(['Food']);
    expect(entry.notes).toBe('n1');
  });

  test('saving for a brief sets its tracking link and a promo code, which later saves keep', async () => {
    const { shortlist } = await fresh();
    const brief = makeBrief();
    const first = await shortlist.save(makeReport(), { now: NOW, brief });
    expect(first.briefId).toBe('summer-26');
    expect(first.promoCode).toBe('ANACOCINA');
    expect(first.trackingLink).toBe(
      'https://shop.example.com/glow?ref=ig&utm_source=instagram&utm_medium=influencer&utm_campaign=summer-glow-2026&utm_content=ana.cocina',
    );
    await shortlist.update(first.key, { promoCode: 'ANA20' }, NOW);
    const second = await shortlist.save(makeReport(), { now: LATER, brief: makeBrief({ id: 'other', name: 'Other', landingPage: 'https://x.example/' }) });
    expect(second.promoCode).toBe('ANA20');
    expect(second.briefId).toBe('summer-26');
    expect(second.trackingLink).toBe(first.trackingLink);
  });

  test('a report that fails its schema is refused and nothing is written', async () => {
    const { shortlist } = await fresh();
    const bad = { ...makeReport(), snapshot: { creator: { handle: 'X Y' } } };
    const error = await rejection(shortlist.save(bad as never, { now: NOW }));
    expect(error.code).toBe('invalid');
    expect((await shortlist.list()).entries).toEqual([]);
    expect((await shortlist.stats()).unsavedChanges).toBe(0);
  });

  test('list puts the most recently updated first', async () => {
    const { shortlist } = await fresh();
    await shortlist.save(makeReport(makeSnapshot({ handle: 'first' })), { now: NOW });
    await shortlist.save(makeReport(makeSnapshot({ handle: 'second' })), { now: LATER });
    expect((await shortlist.list()).entries.map((e) => e.handle)).toEqual(['second', 'first']);
  });
});

describe('update, bulk operations, undo', () => {
  test('update applies a patch; adding and removing tags is case-insensitive', async () => {
    const { shortlist } = await fresh();
    await shortlist.save(makeReport(), { now: NOW, tag: 'food' });
    const updated = await shortlist.update('instagram:ana.cocina', { addTags: ['Spain', 'FOOD'], removeTags: ['Food'], notes: 'x', status: 'negotiating' }, LATER);
    expect(updated).toMatchObject({ tags: ['Spain'], notes: 'x', status: 'negotiating', updatedAt: LATER.toISOString() });
    expect(await shortlist.update('instagram:nobody', { status: 'signed' }, LATER)).toBeNull();
  });

  test('an invalid patch is refused', async () => {
    const { shortlist } = await fresh();
    await shortlist.save(makeReport(), { now: NOW });
    expect((await rejection(shortlist.update('instagram:ana.cocina', { status: 'married' } as never, NOW))).code).toBe('invalid');
    expect((await rejection(shortlist.update('instagram:ana.cocina', { tags: ['a;b'] }, NOW))).code).toBe('invalid');
    expect((await shortlist.get('instagram:ana.cocina'))?.status).toBe('shortlisted');
  });

  test('bulkUpdate changes every listed entry in one go and ignores unknown keys', async () => {
    const { shortlist } = await fresh();
    for (const handle of ['a1', 'a2', 'a3']) await shortlist.save(makeReport(makeSnapshot({ handle })), { now: NOW });
    const count = await shortlist.bulkUpdate(['instagram:a1', 'instagram:a3', 'instagram:zz'], { status: 'declined', addTags: ['q1'] }, LATER);
    expect(count).toBe(2);
    const byHandle = Object.fromEntries((await shortlist.list()).entries.map((e) => [e.handle, e]));
    expect(byHandle.a1).toMatchObject({ status: 'declined', tags: ['q1'] });
    expect(byHandle.a2).toMatchObject({ status: 'shortlisted', tags: [] });
    expect(byHandle.a3).toMatchObject({ status: 'declined', tags: ['q1'] });
  });

  test('bulkDelete returns what it removed, history included, and restore puts it back exactly', async () => {
    const { shortlist, name } = await fresh();
    for (const handle of ['a1', 'a2']) await shortlist.save(makeReport(makeSnapshot({ handle })), { now: NOW, tag: 't' });
    const before = await readAllRaw(name, 'creators');
    const historyBefore = await readAllRaw(name, 'history');
    const removed = await shortlist.bulkDelete(['instagram:a1', 'instagram:a2', 'instagram:zz']);
    expect(removed.map((r) => r.key)).toEqual(['instagram:a1', 'instagram:a2']);
    expect(removed[0]?.entry?.tags).toEqual(['t']);
    expect(removed[0]?.history).toHaveLength(1);
    expect((await shortlist.list()).entries).toEqual([]);
    expect(await shortlist.history('instagram:a1')).toEqual([]);

    expect(await shortlist.restore(removed)).toBe(2);
    expect(await readAllRaw(name, 'creators')).toEqual(before);
    expect(await readAllRaw(name, 'history')).toEqual(historyBefore);
  });

  test('restore does not overwrite a creator saved again after the delete', async () => {
    const { shortlist } = await fresh();
    await shortlist.save(makeReport(), { now: NOW, tag: 'old' });
    const removed = await shortlist.bulkDelete(['instagram:ana.cocina']);
    await shortlist.save(makeReport(), { now: LATER, tag: 'new' });
    expect(await shortlist.restore(removed)).toBe(0);
    expect((await shortlist.get('instagram:ana.cocina'))?.tags).toEqual(['new']);
  });

  test('remove deletes one creator and returns it', async () => {
    const { shortlist } = await fresh();
    await shortlist.save(makeReport(), { now: NOW });
    expect((await shortlist.remove('instagram:ana.cocina'))?.key).toBe('instagram:ana.cocina');
    expect(await shortlist.remove('instagram:ana.cocina')).toBeNull();
  });
});

describe('history', () => {
  const key = 'instagram:ana.cocina';
  const at = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000).toISOString();

  test('saving records a follower reading; a point within an hour replaces the last one', async () => {
    const { shortlist } = await fresh();
    await shortlist.save(makeReport(), { now: NOW });
    expect(await shortlist.history(key)).toEqual([{ key, at: NOW.toISOString(), followers: 48_200, following: 612, postsCount: 930 }]);
    expect(await shortlist.addReading({ key, at: at(59), followers: 48_300, following: 612, postsCount: 931 })).toBe('replaced');
    expect(await shortlist.addReading({ key, at: at(180), followers: 48_500, following: 613, postsCount: 932 })).toBe('added');
    expect(await shortlist.addReading({ key, at: at(150), followers: 1, following: 1, postsCount: 1 })).toBe('ignored');
    expect((await shortlist.history(key)).map((p) => [p.at, p.followers])).toEqual([
      [at(59), 48_300],
      [at(180), 48_500],
    ]);
  });

  test('a point older than the window is added in order', async () => {
    const { shortlist } = await fresh();
    await shortlist.addReading({ key, at: at(0), followers: 10, following: null, postsCount: null });
    await shortlist.addReading({ key, at: at(-24 * 60), followers: 5, following: null, postsCount: null });
    expect((await shortlist.history(key)).map((p) => p.followers)).toEqual([5, 10]);
  });

  test('a snapshot without a follower count records no point', async () => {
    const { shortlist } = await fresh();
    await shortlist.save(makeReport(makeSnapshot({ followers: null, provenance: {} })), { now: NOW });
    expect(await shortlist.history(key)).toEqual([]);
  });
});

describe('briefs and settings', () => {
  test('briefs can be stored, listed, made active and removed', async () => {
    const { shortlist } = await fresh();
    const brief = makeBrief();
    await shortlist.briefs.put(brief);
    await shortlist.briefs.put(makeBrief({ id: 'b2', name: 'Autumn' }));
    expect((await shortlist.briefs.list()).briefs.map((b) => b.name)).toEqual(['Autumn', 'Summer Glow 2026']);
    expect(await shortlist.briefs.getActive()).toBeNull();
    await shortlist.briefs.setActive('summer-26');
    expect(await shortlist.briefs.getActive()).toEqual(brief);
    expect((await rejection(shortlist.briefs.setActive('nope'))).code).toBe('invalid');
    await shortlist.briefs.remove('summer-26');
    expect(await shortlist.briefs.getActive()).toBeNull();
    expect((await shortlist.stats()).activeBriefId).toBeNull();
  });

  test('an invalid brief is refused', async () => {
    const { shortlist } = await fresh();
    expect((await rejection(shortlist.briefs.put({ ...makeBrief(), platforms: [] }))).code).toBe('invalid');
  });

  test('stats count by status and platform, and changes since the last export', async () => {
    const { shortlist } = await fresh();
    await shortlist.save(makeReport(makeSnapshot({ handle: 'a1' })), { now: NOW });
    await shortlist.save(makeReport(makeSnapshot({ handle: 'a2' })), { now: NOW });
    await shortlist.save(makeReport(makeSnapshot({ platform: 'tiktok', handle: 'a3', profileUrl: 'https://www.tiktok.com/@a3' })), { now: NOW });
    await shortlist.update('instagram:a2', { status: 'signed' }, NOW);
    const stats = await shortlist.stats();
    expect(stats).toMatchObject({
      total: 3,
      byStatus: { shortlisted: 2, contacted: 0, negotiating: 0, signed: 1, declined: 0 },
      byPlatform: { instagram: 2, tiktok: 1, youtube: 0, x: 0 },
      lastExportAt: null,
      unsavedChanges: 4,
    });
    await shortlist.markExported(LATER);
    expect(await shortlist.stats()).toMatchObject({ lastExportAt: LATER.toISOString(), unsavedChanges: 0 });
  });
});

describe('two tabs saving at once', () => {
  test('two connections saving the same creator together give one entry with both tags', async () => {
    const name = freshDbName('tabs');
    const tabA = await openShortlist(name, indexedDB);
    const tabB = await openShortlist(name, indexedDB);
    open.push(tabA, tabB);
    await Promise.all([
      tabA.save(makeReport(), { now: NOW, tag: 'from-a' }),
      tabB.save(makeReport(), { now: NOW, tag: 'from-b' }),
      tabA.save(makeReport(), { now: NOW, note: 'note a' }),
      tabB.save(makeReport(), { now: NOW, note: 'note b' }),
    ]);
    const { entries } = await tabA.list();
    expect(entries).toHaveLength(1);
    expect([...(entries[0]?.tags ?? [])].sort()).toEqual(['from-a', 'from-b']);
    expect(entries[0]?.notes.split('\n').sort()).toEqual(['note a', 'note b']);
    expect(await tabB.history('instagram:ana.cocina')).toHaveLength(1);
  });
});

describe('reading damaged rows', () => {
  const key = 'instagram:ana.cocina';

  test('missing or broken user fields are repaired with defaults and reported, the stored row is left alone', async () => {
    const { shortlist, name } = await fresh();
    const entry = await shortlist.save(makeReport(), { now: NOW, tag: 'food' });
    const damaged = { ...entry, tags: ['ok', 42, 'a;b'], status: 'married', notes: undefined, promoCode: 7, extra: 'kept' };
    await putRaw(name, 'creators', damaged);
    const { entries, problems } = await shortlist.list();
    expect(entries[0]).toMatchObject({ key, tags: ['ok'], status: 'shortlisted', notes: '', promoCode: null });
    expect(problems).toEqual([{ key, action: 'repaired', reason: 'defaults used for tags, status, notes, promoCode' }]);
    const raw = await readAllRaw(name, 'creators');
    expect(raw[0]?.value).toEqual(damaged);
  });

  test('a row with no readable snapshot is skipped with its reason, and the others are still listed', async () => {
    const { shortlist, name } = await fresh();
    await shortlist.save(makeReport(makeSnapshot({ handle: 'good' })), { now: NOW });
    await putRaw(name, 'creators', { key: 'instagram:broken', snapshot: { creator: {} }, report: null, tags: ['keep me'] });
    await putRaw(name, 'creators', { ...(await shortlist.get('instagram:good')), key: 'tiktok:wrongkey' });
    const log: string[] = [];
    const reader = await openShortlist(name, { idbFactory: indexedDB, log: (m) => log.push(m) });
    open.push(reader);
    const { entries, problems } = await reader.list();
    expect(entries.map((e) => e.key)).toEqual(['instagram:good']);
    expect(problems).toEqual(
      expect.arrayContaining([
        { key: 'instagram:broken', action: 'skipped', reason: 'no readable snapshot or report' },
        { key: 'tiktok:wrongkey', action: 'skipped', reason: 'key does not match its snapshot (instagram:good)' },
      ]),
    );
    expect(log.some((m) => m.includes('skipped instagram:broken'))).toBe(true);
    // Skipped is not deleted: the row is still there for a later fix or a backup tool.
    expect((await readAllRaw(name, 'creators')).map((r) => r.key).sort()).toEqual(['instagram:broken', 'instagram:good', 'tiktok:wrongkey']);
  });

  test('an unreadable report gives an entry without it, from the snapshot; an edit keeps the stored report', async () => {
    const { shortlist, name } = await fresh();
    const entry = await shortlist.save(makeReport(), { now: NOW });
    const oldReport = { version: 0, whatever: true };
    await putRaw(name, 'creators', { ...entry, report: oldReport });
    const read = await shortlist.get(key);
    expect(read?.report).toBeNull();
    expect(read?.snapshot).toEqual(entry.snapshot);
    await shortlist.update(key, { notes: 'edited' }, LATER);
    const raw = (await readAllRaw(name, 'creators'))[0]?.value as Record<string, unknown>;
    expect(raw.report).toEqual(oldReport);
    expect(raw.notes).toBe('edited');
  });

  test('saving a fresh report over a damaged row keeps what could be salvaged of the user fields', async () => {
    const { shortlist, name } = await fresh();
    await putRaw(name, 'creators', { key, snapshot: null, report: 'garbage', status: 'signed', tags: 'nope', notes: 'kept', firstSavedAt: '2025-01-01T00:00:00.000Z' });
    const entry = await shortlist.save(makeReport(), { now: NOW });
    expect(entry).toMatchObject({ status: 'signed', tags: [], notes: 'kept', firstSavedAt: '2025-01-01T00:00:00.000Z' });
  });
});

describe('failures', () => {
  test('a quota error fails the save with a StoreError and loses nothing saved before', async () => {
    const { shortlist, name } = await fresh();
    await shortlist.save(makeReport(makeSnapshot({ handle: 'saved.before' })), { now: NOW, tag: 'keep' });
    const before = await readAllRaw(name, 'creators');
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const error = await rejection(shortlist.save(makeReport(makeSnapshot({ handle: 'new.one' })), { now: LATER }));
    put.mockRestore();
    expect(error.code).toBe('quota');
    expect(error.userMessage).toMatch(/out of storage space/);
    expect(await readAllRaw(name, 'creators')).toEqual(before);
    expect(await shortlist.history('instagram:new.one')).toEqual([]);
    expect((await shortlist.stats()).unsavedChanges).toBe(1);
  });

  test('a quota error half-way through a bulk update rolls back the whole transaction', async () => {
    const { shortlist, name } = await fresh();
    for (const handle of ['a1', 'a2', 'a3']) await shortlist.save(makeReport(makeSnapshot({ handle })), { now: NOW });
    const before = await readAllRaw(name, 'creators');
    const original = IDBObjectStore.prototype.put;
    let calls = 0;
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      calls += 1;
      if (calls === 2) throw new DOMException('quota', 'QuotaExceededError');
      return original.apply(this, args);
    });
    const error = await rejection(shortlist.bulkUpdate(['instagram:a1', 'instagram:a2', 'instagram:a3'], { status: 'signed' }, LATER));
    put.mockRestore();
    expect(error.code).toBe('quota');
    expect(await readAllRaw(name, 'creators')).toEqual(before);
  });

  test('an IndexedDB that throws InvalidStateError on open (Firefox private mode) gives "unavailable"', async () => {
    const factory = {
      open: () => {
        throw new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError');
      },
      deleteDatabase: () => {
        throw new Error('unused');
      },
    } as unknown as IDBFactory;
    const error = await rejection(openShortlist(freshDbName(), factory));
    expect(error.code).toBe('unavailable');
    expect(error.userMessage).toMatch(/private browsing/);
  });

  test('an open request that fails with an error event also gives "unavailable"', async () => {
    const factory = {
      open: () => {
        const request = new EventTarget() as EventTarget & { error: DOMException };
        request.error = new DOMException('private mode', 'InvalidStateError');
        setTimeout(() => request.dispatchEvent(new Event('error', { cancelable: true })), 0);
        return request;
      },
      deleteDatabase: () => undefined,
    } as unknown as IDBFactory;
    expect((await rejection(openShortlist(freshDbName(), factory))).code).toBe('unavailable');
  });

  test('no IndexedDB at all gives "unavailable"', async () => {
    vi.stubGlobal('indexedDB', undefined);
    const error = await rejection(openShortlist(freshDbName()));
    vi.unstubAllGlobals();
    expect(error.code).toBe('unavailable');
  });

  test('an old connection left open in another tab blocks the upgrade: "blocked", then it works once that tab closes', async () => {
    const name = freshDbName('blocked');
    await buildExampleDatabase(name, V1_EXAMPLE);
    const oldTab = await openRaw(name, 1); // an old tab at version 1 that ignores versionchange
    const error = await rejection(openShortlist(name, indexedDB));
    expect(error.code).toBe('blocked');
    expect(error.userMessage).toMatch(/another tab/);
    oldTab.close();
    await new Promise((resolve) => setTimeout(resolve, 20));
    // The blocked open went through once the old tab closed (the upgrade ran) and its late
    // connection was closed at once: otherwise this open of a later version would hang, blocked.
    const later = await Promise.race([openRaw(name, DB_VERSION + 1), new Promise<null>((resolve) => setTimeout(() => resolve(null), 1_000))]);
    expect(later?.version).toBe(DB_VERSION + 1);
    later?.close();
    expect((await describeRaw(name)).stores.history).toEqual(['by-key']);
    expect(await readAllRaw(name, 'creators')).toHaveLength(2);
  });

  test('a newer version opening elsewhere closes this connection; later calls fail with "blocked"', async () => {
    const name = freshDbName('blocking');
    const onBlocking = vi.fn();
    const shortlist = await openShortlist(name, { idbFactory: indexedDB, onBlocking });
    await shortlist.save(makeReport(), { now: NOW });
    const newer = await openRaw(name, DB_VERSION + 1);
    expect(onBlocking).toHaveBeenCalledTimes(1);
    expect((await rejection(shortlist.list())).code).toBe('blocked');
    expect(newer.version).toBe(DB_VERSION + 1);
    newer.close();
  });

  test('calls after close() fail with "unavailable"', async () => {
    const { shortlist } = await fresh();
    shortlist.close();
    expect((await rejection(shortlist.list())).code).toBe('unavailable');
  });
});
