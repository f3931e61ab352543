import { afterEach, describe, expect, test } from 'vitest';
import { openShortlist, type Shortlist } from '../../../lib/shortlist/repository';
import { BROWSING_RETENTION_DAYS } from '../../../lib/shortlist/retention';
import { freshDbName, makeReport, NOW } from './factory';
import { putRaw, readAllRaw } from './raw-idb';
import { importCsv } from '../../../lib/shortlist/import';
import { bucketOf } from '../../../lib/shortlist/summary-buckets';

const DAY = 86_400_000;
const daysAgo = (days: number) => new Date(NOW.getTime() - days * DAY).toISOString();
const opened: Shortlist[] = [];
afterEach(() => {
  for (const s of opened.splice(0)) s.close();
});

async function withBrowsing(): Promise<Shortlist> {
  const shortlist = await openShortlist(freshDbName('retention'), { idbFactory: indexedDB, log: () => undefined });
  opened.push(shortlist);
  // instagram:ana.cocina is on the shortlist, with a reading from long ago.
  await shortlist.save(makeReport(), { now: NOW });
  await shortlist.addReading({ key: 'instagram:ana.cocina', at: daysAgo(400), followers: 30_000, following: null, postsCount: null });
  // Two creators only browsed: one 40 days ago and 5 days ago, one 31 days ago.
  for (const [key, days] of [['x:browsed', 40], ['x:browsed', 5], ['tiktok:once', 31]] as const) {
    await shortlist.addReading({ key, at: daysAgo(days), followers: 100, following: null, postsCount: null });
  }
  return shortlist;
}

describe('retention of what is read about creators not on the shortlist', () => {
  test(`readings of creators not on the shortlist are kept ${BROWSING_RETENTION_DAYS} days; shortlisted creators keep theirs indefinitely`, async () => {
    const shortlist = await withBrowsing();
    expect(await shortlist.browsing.prune(NOW, { force: true })).toBe(2);
    expect((await shortlist.history('x:browsed')).map((p) => p.at)).toEqual([daysAgo(5)]);
    expect(await shortlist.history('tiktok:once')).toEqual([]);
    expect(await shortlist.history('instagram:ana.cocina')).toHaveLength(2);
  });

  test('the whole-database prune runs at most once a day unless forced; one creator\'s prune runs every time', async () => {
    const shortlist = await withBrowsing();
    expect(await shortlist.browsing.prune(NOW)).toBe(2);
    await shortlist.addReading({ key: 'youtube:late', at: daysAgo(50), followers: 1, following: null, postsCount: null });
    expect(await shortlist.browsing.prune(new Date(NOW.getTime() + 3_600_000))).toBe(0);
    expect(await shortlist.browsing.prune(NOW, { key: 'youtube:late' })).toBe(1);
    expect(await shortlist.browsing.prune(NOW, { key: 'instagram:ana.cocina' })).toBe(0);
  });

  test('"Clear browsing history" removes everything about creators not on the shortlist, and nothing else', async () => {
    const shortlist = await withBrowsing();
    expect(await shortlist.browsing.clear()).toBe(3);
    expect(await shortlist.history('x:browsed')).toEqual([]);
    expect(await shortlist.history('tiktok:once')).toEqual([]);
    expect(await shortlist.history('instagram:ana.cocina')).toHaveLength(2);
    expect((await shortlist.list()).entries.map((e) => e.key)).toEqual(['instagram:ana.cocina']);
  });

  test('a creator deleted from the shortlist becomes browsing: its readings are cleared with the rest', async () => {
    const shortlist = await withBrowsing();
    const [removed] = await shortlist.bulkDelete(['instagram:ana.cocina']);
    // Bulk delete takes the readings with it; an undo would put them back.
    expect(removed?.history).toHaveLength(2);
    await shortlist.addReading({ key: 'instagram:ana.cocina', at: daysAgo(1), followers: 1, following: null, postsCount: null });
    expect(await shortlist.browsing.clear()).toBe(4);
    expect(await shortlist.history('instagram:ana.cocina')).toEqual([]);
  });

  test('post-page evidence follows the same rule: kept while shortlisted, 30 days for others, cleared with browsing history', async () => {
    const name = freshDbName('retention-evidence');
    const shortlist = await openShortlist(name, { idbFactory: indexedDB, log: () => undefined });
    opened.push(shortlist);
    await shortlist.save(makeReport(), { now: NOW });
    const add = (platform: 'instagram' | 'x', handle: string, days: number) =>
      shortlist.evidence.add({ platform, handle, post: null, sample: null }, new Date(NOW.getTime() - days * DAY));
    await add('instagram', 'ana.cocina', 400);
    await add('x', 'browsed', 40);
    await add('x', 'recent', 5);
    expect(await shortlist.browsing.prune(NOW, { force: true })).toBe(1);
    expect(await shortlist.evidence.get('x:browsed')).toBeNull();
    expect(await shortlist.evidence.get('x:recent')).not.toBeNull();
    expect(await shortlist.evidence.get('instagram:ana.cocina')).not.toBeNull();
    // The commenter key is not browsing: clearing keeps it, so later hashes still match earlier ones.
    const key = await shortlist.evidence.installKey();
    expect(await shortlist.browsing.clear()).toBe(1);
    expect((await readAllRaw(name, 'evidence')).map((r) => r.key)).toEqual(['instagram:ana.cocina']);
    expect(await shortlist.evidence.installKey()).toEqual(key);
  });

  test("the comments of a post read more than 30 days ago go, even while the creator's later post pages keep the row", async () => {
    const shortlist = await openShortlist(freshDbName('retention-samples'), { idbFactory: indexedDB, log: () => undefined });
    opened.push(shortlist);
    await shortlist.save(makeReport(), { now: NOW });
    const comment = { id: 'c1', authorKey: 'cd'.repeat(32), text: 'wow', publishedAt: null, likes: null, replies: null, byCreator: false, creatorReplied: null, creatorLiked: null };
    const sampleOf = (postId: string, days: number) => ({ postId, totalComments: null, comments: [comment], readAt: daysAgo(days), sources: [] });
    for (const key of ['x:browsed', 'instagram:ana.cocina'] as const) {
      const [platform, handle] = key.split(':') as ['x' | 'instagram', string];
      await shortlist.evidence.add({ platform, handle, post: null, sample: sampleOf('old', 45) }, new Date(daysAgo(45)));
      await shortlist.evidence.add({ platform, handle, post: null, sample: sampleOf('new', 2) }, new Date(daysAgo(2)));
    }
    expect(await shortlist.browsing.prune(NOW, { force: true })).toBe(0);
    expect((await shortlist.evidence.get('x:browsed'))?.samples.map((s) => s.postId)).toEqual(['new']);
    expect((await shortlist.evidence.get('instagram:ana.cocina'))?.samples.map((s) => s.postId).sort()).toEqual(['new', 'old']);
  });
  test('first readings an import wrote follow the same rule: kept while shortlisted, pruned by age or cleared once the creator is not', async () => {
    const name = freshDbName('retention-first');
    const shortlist = await openShortlist(name, { idbFactory: indexedDB, log: () => undefined });
    opened.push(shortlist);
    const csv = `platform,handle,followers,updated_at\r\nx,old,10,${daysAgo(400)}\r\nx,recent,20,${daysAgo(5)}\r\nx,kept,30,${daysAgo(400)}\r\n`;
    expect(await importCsv(shortlist, csv, { onExisting: 'update', now: NOW })).toMatchObject({ ok: true, created: 3 });
    expect(await readAllRaw(name, 'history')).toEqual([]);
    expect(await shortlist.browsing.prune(NOW, { force: true })).toBe(0);
    // Put back in its bucket as if the delete had left it there: pruned all the same.
    const [old, recent] = await shortlist.bulkDelete(['x:old', 'x:recent']);
    for (const point of [...(old?.history ?? []), ...(recent?.history ?? [])]) {
      const bucket = bucketOf(point.key);
      const row = (await readAllRaw(name, 'firstReadings')).find((r) => r.key === bucket)?.value as unknown[] | undefined;
      await putRaw(name, 'firstReadings', [...(row ?? []), point], bucket);
    }
    expect((await shortlist.history('x:old')).map((p) => p.followers)).toEqual([10]);
    expect(await shortlist.browsing.prune(NOW, { key: 'x:old' })).toBe(1);
    expect(await shortlist.history('x:old')).toEqual([]);
    expect(await shortlist.browsing.prune(NOW, { force: true })).toBe(0);
    expect((await shortlist.history('x:recent')).map((p) => p.followers)).toEqual([20]);
    expect(await shortlist.browsing.clear()).toBe(1);
    expect(await shortlist.history('x:recent')).toEqual([]);
    expect((await shortlist.history('x:kept')).map((p) => p.followers)).toEqual([30]);
  });
});
