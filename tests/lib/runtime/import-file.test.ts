import { afterEach, describe, expect, test } from 'vitest';
import { csvOf } from '../csv/csv-of';
import { createBackup } from '../../../lib/shortlist/backup';
import { openShortlist, type Shortlist } from '../../../lib/shortlist/repository';
import { importFile } from '../../../lib/runtime/import-file';
import { isBackupFile, type ImportableFile } from '../../../lib/shortlist-view/importable-file';
import { freshDbName, makeReport, NOW } from '../shortlist/factory';

const opened: Shortlist[] = [];
afterEach(() => {
  for (const s of opened.splice(0)) s.close();
});
async function fresh(): Promise<Shortlist> {
  const s = await openShortlist(freshDbName('import-file'), { log: () => undefined });
  opened.push(s);
  return s;
}
function file(name: string, text: string, size = text.length, type = ''): ImportableFile & { reads: number } {
  const f = {
    name,
    size,
    type,
    reads: 0,
    async text() {
      f.reads += 1;
      return text;
    },
  };
  return f;
}
const options = { onExisting: 'update' as const, now: NOW };

describe('importFile', () => {
  test('a .json file is restored as a backup, anything else read as a CSV', async () => {
    const source = await fresh();
    await source.save(makeReport(), { now: NOW });
    const backup = await createBackup(source, NOW);
    const a = await fresh();
    expect(await importFile(a, file('vetted-backup.json', backup.json), options)).toMatchObject({ ok: true, created: 1 });
    expect((await a.get('instagram:ana.cocina'))?.report).not.toBeNull();
    const b = await fresh();
    expect(await importFile(b, file('sheet.csv', csvOf((await source.list()).entries)), options)).toMatchObject({ ok: true, created: 1 });
    expect((await b.get('instagram:ana.cocina'))?.report).toBeNull();
    expect(isBackupFile({ name: 'x', type: 'application/json' })).toBe(true);
  });
  test('a file over the cap is refused before it is read', async () => {
    const s = await fresh();
    const big = file('huge.csv', '', 11 * 1024 * 1024);
    const result = await importFile(s, big, options);
    expect(result).toMatchObject({ ok: false, reason: 'too-large' });
    expect(!result.ok && result.message).toMatch(/11\.0 MB; the most Vetted imports at once is 10 MB/);
    expect(big.reads).toBe(0);
  });
  test("a backup the size of 10,000 saved creators (~170 MB) is read; one over 256 MB is refused unread", async () => {
    const source = await fresh();
    await source.save(makeReport(), { now: NOW });
    const { json } = await createBackup(source, NOW);
    const s = await fresh();
    expect(await importFile(s, file('vetted-backup.json', json, 170 * 1024 * 1024), options)).toMatchObject({ ok: true, created: 1 });
    const huge = file('vetted-backup.json', json, 300 * 1024 * 1024);
    expect(await importFile(s, huge, options)).toMatchObject({ ok: false, reason: 'too-large', message: expect.stringMatching(/300\.0 MB; the most Vetted imports at once is 256 MB/) });
    expect(huge.reads).toBe(0);
  });
  test('row errors come back listed, and nothing is written', async () => {
    const s = await fresh();
    const csv = 'platform,handle,followers\r\ninstagram,ok.one,10\r\nx,bad,lots\r\n';
    const result = await importFile(s, file('sheet.csv', csv), options);
    expect(result).toMatchObject({ ok: false, reason: 'invalid-rows', errors: ['row 3: followers is not a number'] });
    expect((await s.list()).entries).toEqual([]);
  });
});
