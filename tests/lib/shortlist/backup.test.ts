import { afterEach, describe, expect, test } from 'vitest';
import { BACKUP_VERSION, backupFileName, createBackup, parseBackup, restoreBackup } from '../../../lib/shortlist/backup';
import { importCsv } from '../../../lib/shortlist/import';
import { openShortlist, type Shortlist } from '../../../lib/shortlist/repository';
import { freshDbName, makeBrief, makeReport, makeSnapshot, NOW } from './factory';
import { putRaw } from './raw-idb';

const LATER = new Date(NOW.getTime() + 3 * 3_600_000);
const opened: Shortlist[] = [];

async function fresh(): Promise<{ shortlist: Shortlist; name: string }> {
  const name = freshDbName('backup');
  const shortlist = await openShortlist(name, { idbFactory: indexedDB, log: () => undefined });
  opened.push(shortlist);
  return { shortlist, name };
}

afterEach(() => {
  for (const s of opened.splice(0)) s.close();
});

async function filled(): Promise<Shortlist> {
  const { shortlist } = await fresh();
  await shortlist.briefs.put(makeBrief());
  await shortlist.briefs.setActive('summer-26');
  await shortlist.save(makeReport(), { now: NOW, tag: 'food', brief: makeBrief() });
  await shortlist.save(makeReport(makeSnapshot({ followers: 49_000, capturedAt: LATER.toISOString() })), { now: LATER });
  await importCsv(shortlist, 'platform,handle,followers,tier\r\nx,bob,100,nano\r\n', { onExisting: 'update', now: NOW });
  return shortlist;
}

describe('backup and restore', () => {
  test('a backup restored into a fresh database gives back creators, history, briefs and the active brief', async () => {
    const source = await filled();
    const backup = await createBackup(source, LATER);
    expect(backup.fileName).toBe('vetted-backup-2026-03-05.json');
    expect(backup.leftOut).toEqual([]);
    const { shortlist: target } = await fresh();
    expect(await restoreBackup(target, backup.json, { onExisting: 'update', now: LATER })).toEqual({
      ok: true,
      created: 2,
      updated: 0,
      skipped: 0,
      notes: [],
      ignoredColumns: [],
    });
    const { problems, ...content } = await source.dump();
    expect(problems).toEqual([]);
    const restored = await target.dump();
    expect(restored.creators).toEqual(content.creators);
    expect(restored.history).toEqual(content.history);
    expect(restored.history.filter((p) => p.key === 'instagram:ana.cocina').map((p) => p.followers)).toEqual([48_200, 49_000]);
    expect(restored.briefs).toEqual(content.briefs);
    expect(restored.activeBriefId).toBe('summer-26');
  });

  test('restoring the same backup twice adds no duplicate history points', async () => {
    const source = await filled();
    const { json } = await createBackup(source, LATER);
    const { shortlist: target } = await fresh();
    await restoreBackup(target, json, { onExisting: 'update', now: LATER });
    expect(await restoreBackup(target, json, { onExisting: 'update', now: LATER })).toMatchObject({ ok: true, created: 0, updated: 2 });
    expect(await target.history('instagram:ana.cocina')).toHaveLength(2);
  });

  test("'skip' keeps what the database has; 'update' takes the backup's version", async () => {
    const source = await filled();
    const { json } = await createBackup(source, LATER);
    const { shortlist: target } = await fresh();
    await target.save(makeReport(), { now: NOW, tag: 'local' });
    expect(await restoreBackup(target, json, { onExisting: 'skip', now: LATER })).toMatchObject({ ok: true, created: 1, skipped: 1 });
    expect((await target.get('instagram:ana.cocina'))?.tags).toEqual(['local']);
    expect(await restoreBackup(target, json, { onExisting: 'update', now: LATER })).toMatchObject({ ok: true, updated: 2 });
    expect((await target.get('instagram:ana.cocina'))?.tags).toEqual(['food']);
  });

  test('a backup with one damaged creator restores nothing and says which item', async () => {
    const source = await filled();
    const parsed = JSON.parse((await createBackup(source, LATER)).json) as { creators: Array<Record<string, unknown>> };
    parsed.creators.push({ key: 'tiktok:broken', snapshot: 42, report: null });
    const { shortlist: target } = await fresh();
    const result = await restoreBackup(target, JSON.stringify(parsed), { onExisting: 'update', now: LATER });
    expect(result).toEqual({
      ok: false,
      reason: 'invalid-file',
      message: 'Nothing was restored: some items in this backup are damaged.',
      errors: ['creators[2] (tiktok:broken): no readable snapshot or report'],
    });
    expect((await target.list()).entries).toEqual([]);
  });

  test('files that are not backups, or from a newer Vetted, are refused with a message', () => {
    expect(parseBackup('not json')).toMatchObject({ ok: false, message: 'This file is not a Vetted backup (it is not JSON).' });
    expect(parseBackup('{"format":"something-else"}')).toMatchObject({ ok: false, message: 'This file is not a Vetted backup.' });
    expect(parseBackup(JSON.stringify({ format: 'vetted-backup', version: BACKUP_VERSION + 1 }))).toMatchObject({
      ok: false,
      message: 'This backup was made by a newer version of Vetted. Update Vetted, then restore it.',
    });
  });

  test('a stored row too damaged to read is left out of the backup and named', async () => {
    const { shortlist, name } = await fresh();
    await shortlist.save(makeReport(), { now: NOW });
    await putRaw(name, 'creators', { key: 'x:lost', snapshot: null });
    const backup = await createBackup(shortlist, NOW);
    expect(backup.leftOut).toEqual([{ key: 'x:lost', action: 'skipped', reason: 'no readable snapshot or report' }]);
    expect((JSON.parse(backup.json) as { creators: unknown[] }).creators).toHaveLength(1);
  });

  test('backupFileName is dated in UTC', () => {
    expect(backupFileName(new Date('2026-12-31T23:30:00-02:00'))).toBe('vetted-backup-2027-01-01.json');
  });
});
