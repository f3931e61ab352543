import { afterEach, describe, expect, test, vi } from 'vitest';
import { BACKUP_VERSION, backupFileName, createBackup, parseBackup, restoreBackup } from '../../../lib/shortlist/backup';
import { importCsv } from '../../../lib/shortlist/import';
import { openShortlist, type Shortlist } from '../../../lib/shortlist/repository';
import { SHARED_SNAPSHOT } from '../../../lib/shortlist/stored-row';
import { freshDbName, makeBrief, makeReport, makeSnapshot, NOW } from './factory';
import { putRaw, readAllRaw } from './raw-idb';

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

  test('a storage failure part-way through a restore writes nothing at all', async () => {
    const source = await filled();
    const { json } = await createBackup(source, LATER);
    const { shortlist: target, name } = await fresh();
    const original = IDBObjectStore.prototype.add;
    const add = vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['add']>) {
      if (this.name === 'history') throw new DOMException('quota', 'QuotaExceededError');
      return original.apply(this, args);
    });
    const result = await restoreBackup(target, json, { onExisting: 'update', now: LATER });
    add.mockRestore();
    expect(result).toMatchObject({ ok: false, reason: 'quota' });
    for (const store of ['creators', 'summaries', 'history', 'briefs', 'evidence']) expect(await readAllRaw(name, store)).toEqual([]);
  });

  test('restoring the same backup twice adds no duplicate follower readings', async () => {
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
    expect(result).toMatchObject({ ok: false, reason: 'invalid-file', message: expect.stringMatching(/^Nothing was restored: 1 item in this backup is invalid/) });
    expect(result.ok ? [] : result.errors).toContain('creators[2] (tiktok:broken): snapshot: Invalid input: expected object, received number');
    expect((await target.list()).entries).toEqual([]);
  });

  test('strict restore: rows that a stored-row read would repair restore nothing, and each bad row and field is listed', async () => {
    const source = await filled();
    const parsed = JSON.parse((await createBackup(source, LATER)).json) as { creators: Array<Record<string, unknown>> };
    const [ana, bob] = parsed.creators as [Record<string, unknown>, Record<string, unknown>];
    ana.notes = 'n'.repeat(5_001);
    ana.status = 'hacked';
    bob.trackingLink = 'javascript:alert(1)';
    bob.tags = ['ok', 'evil\u202egnp.exe'];
    bob.promoCode = 'SAVE\u008510';
    const { shortlist: target } = await fresh();
    await target.save(makeReport(), { now: NOW, tag: 'local' });
    const result = await restoreBackup(target, JSON.stringify(parsed), { onExisting: 'update', now: LATER });
    expect(result).toMatchObject({ ok: false, reason: 'invalid-file', message: expect.stringMatching(/^Nothing was restored: 2 items in this backup are invalid/) });
    const errors = result.ok ? [] : result.errors;
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^creators\[0\] \(instagram:ana\.cocina\): notes: /),
        expect.stringMatching(/^creators\[0\] \(instagram:ana\.cocina\): status: /),
        expect.stringMatching(/^creators\[1\] \(x:bob\): trackingLink: /),
        expect.stringMatching(/^creators\[1\] \(x:bob\): tags\.1: /),
      ]),
    );
    // The database is as it was: nothing repaired in, nothing half-written.
    expect((await target.list()).entries.map((e) => [e.key, e.tags, e.notes, e.status])).toEqual([['instagram:ana.cocina', ['local'], '', 'shortlisted']]);
  });

  test('strict restore: hidden control characters in notes, tags and promo codes, and a profile address of another site, are refused', async () => {
    const source = await filled();
    const parsed = JSON.parse((await createBackup(source, LATER)).json) as { creators: Array<Record<string, unknown>> };
    const [ana, bob] = parsed.creators as [Record<string, unknown>, Record<string, unknown>];
    ana.notes = 'fine\u202edrowssap';
    ana.promoCode = 'CODE\u2066X';
    const snapshot = bob.snapshot as { creator: Record<string, unknown> };
    snapshot.creator.profileUrl = 'https://evil.example/login';
    const parsedBackup = parseBackup(JSON.stringify(parsed));
    expect(parsedBackup.ok ? [] : parsedBackup.errors).toEqual([
      'creators[0] (instagram:ana.cocina): notes contains an invisible control character (U+202E)',
      'creators[0] (instagram:ana.cocina): promoCode contains an invisible control character (U+2066)',
      'creators[1] (x:bob): snapshot.creator.profileUrl is not the x profile of bob',
    ]);
  });

  test('the backup holds follower history of shortlisted creators only, and a restore imports no other browsing', async () => {
    const { shortlist: source } = await fresh();
    await source.save(makeReport(), { now: NOW });
    await source.addReading({ key: 'tiktok:just.browsed', at: NOW.toISOString(), followers: 10, following: null, postsCount: null });
    const dump = await source.dump();
    expect(dump.history.map((p) => p.key)).toEqual(['instagram:ana.cocina']);
    const backup = JSON.parse((await createBackup(source, LATER)).json) as { history: Array<{ key: string }> };
    expect(backup.history.map((p) => p.key)).toEqual(['instagram:ana.cocina']);
    // A colleague's older backup that still carries their browsing: the shortlist comes in, the browsing does not.
    backup.history.push({ key: 'youtube:colleague.browsed', at: NOW.toISOString(), followers: 5, following: null, postsCount: null } as never);
    const { shortlist: target } = await fresh();
    const result = await restoreBackup(target, JSON.stringify(backup), { onExisting: 'update', now: LATER });
    expect(result).toMatchObject({ ok: true, created: 1, notes: ["1 follower reading of creators not on the backup's shortlist was not restored"] });
    expect(await target.history('youtube:colleague.browsed')).toEqual([]);
    expect(await target.history('instagram:ana.cocina')).toHaveLength(1);
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

  test("carries the post-page evidence of shortlisted creators only, never the commenter key, and restores it", async () => {
    const source = await filled();
    const sample = { postId: 'C1', totalComments: 3, comments: [{ id: 'c1', authorKey: 'ab'.repeat(32), text: 'so good', publishedAt: null, likes: 0, replies: 0, byCreator: false, creatorReplied: null, creatorLiked: null }], readAt: NOW.toISOString(), sources: ['dom'] };
    await source.evidence.add({ platform: 'instagram', handle: 'ana.cocina', post: null, sample }, NOW);
    await source.evidence.add({ platform: 'x', handle: 'only.browsed', post: null, sample }, NOW);
    const installKey = Buffer.from(await source.evidence.installKey()).toString('hex');
    const backup = await createBackup(source, LATER);
    const file = JSON.parse(backup.json) as { evidence: Array<{ key: string }> };
    expect(file.evidence.map((e) => e.key)).toEqual(['instagram:ana.cocina']);
    expect(backup.json).not.toContain(installKey);
    const { shortlist: target } = await fresh();
    expect(await restoreBackup(target, backup.json, { onExisting: 'update', now: LATER })).toMatchObject({ ok: true, created: 2 });
    expect(await target.evidence.get('instagram:ana.cocina')).toEqual(await source.evidence.get('instagram:ana.cocina'));
    expect(await target.evidence.get('x:only.browsed')).toBeNull();
  });

  test('a backup whose evidence breaks the contract restores nothing', async () => {
    const source = await filled();
    const file = JSON.parse((await createBackup(source, LATER)).json) as Record<string, unknown>;
    const handleInClear = { version: 1, key: 'instagram:ana.cocina', platform: 'instagram', handle: 'ana.cocina', posts: [], updatedAt: NOW.toISOString(), samples: [{ postId: 'C1', totalComments: null, readAt: NOW.toISOString(), sources: [], comments: [{ id: 'c1', authorKey: 'somebody', text: '', publishedAt: null, likes: null, replies: null, byCreator: false, creatorReplied: null, creatorLiked: null }] }] };
    const { shortlist: target } = await fresh();
    const result = await restoreBackup(target, JSON.stringify({ ...file, evidence: [handleInClear] }), { onExisting: 'update', now: LATER });
    expect(result).toMatchObject({ ok: false, reason: 'invalid-file' });
    if (!result.ok) expect(result.errors.join('\n')).toMatch(/evidence\[0\].*authorKey/);
    expect((await target.list()).entries).toEqual([]);
    // Another creator's key inside a row of ana.cocina.
    const wrongKey = { ...handleInClear, key: 'instagram:someone', samples: [] };
    expect(await restoreBackup(target, JSON.stringify({ ...file, evidence: [wrongKey] }), { onExisting: 'update', now: LATER })).toMatchObject({ ok: false });
  });
});

type FileRow = Record<string, unknown> & { report: Record<string, unknown> | null; snapshot: Record<string, unknown> };
type BackupJson = { version: number; creators: FileRow[] };

/** A backup as version 1 wrote it: every report with its own copy of the entry's snapshot. */
async function versionOneBackup(source: Shortlist): Promise<string> {
  const file = JSON.parse((await createBackup(source, LATER)).json) as BackupJson;
  const creators = file.creators.map(({ [SHARED_SNAPSHOT]: shared, ...row }) => (shared ? { ...row, report: { ...row.report, snapshot: row.snapshot } } : row));
  return JSON.stringify({ ...file, version: 1, creators });
}

async function restoredInto(json: string): Promise<Shortlist> {
  const { shortlist } = await fresh();
  const result = await restoreBackup(shortlist, json, { onExisting: 'update', now: LATER });
  if (!result.ok) throw new Error(`${result.message} ${result.errors.join('; ')}`);
  return shortlist;
}

describe('backup format: one snapshot per creator', () => {
  test("a backup writes each creator's snapshot once: the report shares the entry's", async () => {
    const source = await filled();
    const { json } = await createBackup(source, LATER);
    const file = JSON.parse(json) as BackupJson;
    expect(file.version).toBe(BACKUP_VERSION);
    const ana = file.creators.find((c) => c.key === 'instagram:ana.cocina')!;
    expect(ana[SHARED_SNAPSHOT]).toBe(true);
    expect(ana.report).not.toHaveProperty('snapshot');
    // The snapshot's capture time is in it once, not once for the entry and once for its report.
    expect(json.split(`"capturedAt":"${LATER.toISOString()}"`)).toHaveLength(2);
    // A creator from a sheet has no report and nothing to share.
    const bob = file.creators.find((c) => c.key === 'x:bob')!;
    expect(bob).not.toHaveProperty(SHARED_SNAPSHOT);
    expect(bob.report).toBeNull();
    expect(json.length).toBeLessThan((await versionOneBackup(source)).length - JSON.stringify(ana.snapshot).length + 100);
  });

  test('export → restore → export: the same shortlist, reports included, and the same file', async () => {
    const source = await filled();
    const first = await createBackup(source, LATER);
    const target = await restoredInto(first.json);
    const before = await source.list();
    const after = await target.list();
    expect(after.entries).toEqual(before.entries);
    expect(after.entries.find((e) => e.key === 'instagram:ana.cocina')?.report).toEqual(before.entries.find((e) => e.key === 'instagram:ana.cocina')?.report);
    expect((await createBackup(target, LATER)).json).toBe(first.json);
  });

  test('a report computed from another snapshot than the entry keeps its own copy, and restores as it was', async () => {
    const source = await filled();
    const file = JSON.parse(await versionOneBackup(source)) as BackupJson;
    const ana = file.creators.find((c) => c.key === 'instagram:ana.cocina')!;
    (ana.report!.snapshot as { creator: { followers: number } }).creator.followers = 47_000;
    const target = await restoredInto(JSON.stringify(file));
    const { json } = await createBackup(target, LATER);
    const again = (JSON.parse(json) as BackupJson).creators.find((c) => c.key === 'instagram:ana.cocina')!;
    expect(again).not.toHaveProperty(SHARED_SNAPSHOT);
    expect((again.report!.snapshot as { creator: { followers: number } }).creator.followers).toBe(47_000);
    expect(await (await restoredInto(json)).get('instagram:ana.cocina')).toEqual(await target.get('instagram:ana.cocina'));
  });

  test('a version 1 backup, with each snapshot twice, still restores the same shortlist', async () => {
    const source = await filled();
    const old = await versionOneBackup(source);
    expect(old).not.toContain(SHARED_SNAPSHOT);
    const target = await restoredInto(old);
    expect((await target.list()).entries).toEqual((await source.list()).entries);
    const { problems: _p, ...content } = await source.dump();
    const { problems: _q, ...restored } = await target.dump();
    expect(restored).toEqual(content);
  });

  test('rows that do not add up restore nothing: each is named', async () => {
    const source = await filled();
    const current = JSON.parse((await createBackup(source, LATER)).json) as BackupJson;
    const old = JSON.parse(await versionOneBackup(source)) as BackupJson;
    const ana = (file: BackupJson) => file.creators.find((c) => c.key === 'instagram:ana.cocina')!;
    const refused = (file: BackupJson) => {
      const parsed = parseBackup(JSON.stringify(file));
      return parsed.ok ? [] : parsed.errors;
    };
    const edit = (file: BackupJson, change: (row: FileRow) => void) => {
      const copy = structuredClone(file);
      change(ana(copy));
      return refused(copy);
    };
    const who = 'creators[0] (instagram:ana.cocina)';
    expect(edit(current, (row) => (row.report!.key = 'instagram:someone.else'))).toEqual([`${who}: report.key is instagram:someone.else, not instagram:ana.cocina`]);
    expect(edit(old, (row) => ((row.report!.snapshot as { creator: { handle: string } }).creator.handle = 'someone.else'))).toEqual([
      `${who}: report.snapshot.creator is instagram:someone.else, not instagram:ana.cocina`,
    ]);
    expect(edit(current, (row) => (row.report!.snapshot = row.snapshot))).toEqual([`${who}: report.snapshot: the report carries its own snapshot and says it shares the entry's`]);
    expect(edit(current, (row) => (row.report = null))).toEqual([`${who}: ${SHARED_SNAPSHOT}: the row has no report to share its snapshot with`]);
    expect(edit(current, (row) => (row[SHARED_SNAPSHOT] = 'yes'))).toEqual([`${who}: ${SHARED_SNAPSHOT}: must be true`]);
    expect(edit(current, (row) => delete row[SHARED_SNAPSHOT])[0]).toMatch(/^creators\[0\] \(instagram:ana\.cocina\): report\.snapshot: /);
    expect(edit({ ...current, version: 1 }, () => undefined)).toEqual([`${who}: ${SHARED_SNAPSHOT}: not part of backup version 1`]);
    // And the database is left as it was.
    const { shortlist: target } = await fresh();
    const broken = structuredClone(current);
    ana(broken).report!.key = 'x:bob';
    expect(await restoreBackup(target, JSON.stringify(broken), { onExisting: 'update', now: LATER })).toMatchObject({ ok: false, reason: 'invalid-file' });
    expect((await target.list()).entries).toEqual([]);
  });
});
