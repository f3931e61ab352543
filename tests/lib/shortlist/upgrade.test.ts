import { describe, expect, test, vi } from 'vitest';
import { VettingReportSchema } from '../../../lib/contracts/report';
import { ShortlistEntrySchema } from '../../../lib/contracts/shortlist-entry';
import { DB_VERSION } from '../../../lib/shortlist/db';
import { summarizeEntry } from '../../../lib/csv/entry-summary';
import { StoreError } from '../../../lib/shortlist/errors';
import { openShortlist } from '../../../lib/shortlist/repository';
import { SCHEMA_EXAMPLES } from './schema-examples';
import type { SchemaExample, SchemaExampleStore } from './schema-examples/schema-example';
import { V1_EXAMPLE } from './schema-examples/v1';
import { V2_EXAMPLE } from './schema-examples/v2';
import { V3_EXAMPLE } from './schema-examples/v3';
import { V4_EXAMPLE } from './schema-examples/v4';
import { V5_EXAMPLE } from './schema-examples/v5';
import { V6_EXAMPLE } from './schema-examples/v6';
import { V7_EXAMPLE } from './schema-examples/v7';
import { expandRow, SHARED_SNAPSHOT } from '../../../lib/shortlist/stored-row';
import { freshDbName } from './factory';
import { buildExampleDatabase, describeRaw, putRaw, readAllRaw, readSummariesRaw } from './raw-idb';

const CURRENT_LAYOUT = {
  creators: ['by-platform', 'by-status', 'by-updatedAt'],
  history: ['by-key'],
  briefs: [],
  settings: [],
  summaries: [],
  evidence: ['by-key'],
  firstReadings: [],
  importedCreators: [],
  importedCreatorIndex: [],
};

const rowsOf = (example: SchemaExample, store: string) => example.stores.find((s) => s.name === store)?.rows.map((r) => r.value) ?? [];
/** Every creator row of the example: its own rows and, from version 7, the items of its imported creators' buckets. */
const creatorRowsOf = (example: SchemaExample) => [...rowsOf(example, 'creators'), ...(rowsOf(example, 'importedCreators') as unknown[][]).flat()] as Array<{ key: string }>;

function rowKey(store: SchemaExampleStore, row: { key?: IDBValidKey; value: unknown }): IDBValidKey {
  if (row.key !== undefined) return row.key;
  return (row.value as Record<string, IDBValidKey>)[store.keyPath as string] as IDBValidKey;
}

/** Every field of the example row, under its new name if the upgrade renames it, with the same value. */
function expectKept(example: SchemaExample, store: SchemaExampleStore, before: unknown, after: unknown): void {
  if (before === null || typeof before !== 'object' || Array.isArray(before)) {
    expect(after).toEqual(before);
    return;
  }
  const renamed = example.renamedOnUpgrade[store.name] ?? {};
  for (const [field, value] of Object.entries(before)) {
    const target = renamed[field] ?? field;
    expect((after as Record<string, unknown>)[target], `${store.name}.${field} → ${target}`).toEqual(value);
  }
}

/** Every store of the example holds exactly the example's rows, unchanged (in any order). */
async function expectEveryRowAsItWas(name: string, example: SchemaExample): Promise<void> {
  for (const store of example.stores) {
    const after = (await readAllRaw(name, store.name)).map((r) => r.value);
    expect(after, store.name).toHaveLength(store.rows.length);
    expect(after, store.name).toEqual(expect.arrayContaining(store.rows.map((r) => r.value)));
  }
}

test('there is an example database for every version from 1 to the current one', () => {
  expect(SCHEMA_EXAMPLES.map((e) => e.version)).toEqual(Array.from({ length: DB_VERSION }, (_, i) => i + 1));
});

describe.each(SCHEMA_EXAMPLES.map((example) => [example.version, example] as const))('a database at version %i', (version, example) => {
  test('opened by the current code is upgraded with nothing lost or changed', async () => {
    const name = freshDbName(`v${version}`);
    await buildExampleDatabase(name, example);
    const shortlist = await openShortlist(name, { idbFactory: indexedDB, log: () => undefined });
    shortlist.close();

    const layout = await describeRaw(name);
    expect(layout).toEqual({ version: DB_VERSION, stores: CURRENT_LAYOUT });
    for (const store of example.stores) {
      const after = new Map((await readAllRaw(name, store.name)).map((r) => [JSON.stringify(r.key), r.value]));
      expect(after.size, `rows in ${store.name}`).toBeGreaterThanOrEqual(store.rows.length);
      for (const row of store.rows) {
        const raw = after.get(JSON.stringify(rowKey(store, row)));
        expect(raw, `${store.name} ${String(rowKey(store, row))}`).toBeDefined();
        // The current version's rows must come back byte for byte: opening must not touch them.
        if (version === DB_VERSION) expect(raw).toEqual(row.value);
        // A creator's report may be stored without the snapshot it shares with the row: read back
        // the way the store reads it, every field of the old row must be there with its value.
        if (store.name === 'creators') expectKept(example, store, expandRow(row.value), expandRow(raw));
        // Summaries are derived from the creators, and version 4 rebuilds them (checked against its
        // example in "the upgrade to version 4").
        else if (store.name === 'summaries' && version < 4) continue;
        else expectKept(example, store, row.value, raw);
      }
    }
  });

  test('every creator, brief and setting reads back through the API', async () => {
    const name = freshDbName(`v${version}-api`);
    await buildExampleDatabase(name, example);
    const shortlist = await openShortlist(name, { idbFactory: indexedDB, log: () => undefined });
    const creators = creatorRowsOf(example);
    const { entries, problems } = await shortlist.list();
    expect(problems).toEqual([]);
    expect(entries.map((e) => e.key).sort()).toEqual(creators.map((r) => r.key).sort());
    for (const entry of entries) {
      expect(ShortlistEntrySchema.safeParse(entry).success).toBe(true);
      expect(await shortlist.get(entry.key)).toEqual(entry);
      const original = expandRow(creators.find((r) => r.key === entry.key)) as Record<string, unknown>;
      // A report stored as version 1 reads as version 2 (lib/contracts/report-upgrade.ts), derived from what it holds.
      expect(entry.report).toEqual(original.report === null ? null : VettingReportSchema.parse(original.report));
      if (entry.report) expect(entry.report.snapshot).toEqual((original.report as { snapshot: unknown }).snapshot);
    }
    const briefs = rowsOf(example, 'briefs');
    expect((await shortlist.briefs.list()).briefs).toEqual(expect.arrayContaining(briefs));
    expect((await shortlist.briefs.getActive())?.id).toBe('summer-26');
    shortlist.close();
  });

  test('every creator has its summary, built by the upgrade (none rebuilt on reading), equal to its entry summarized', async () => {
    const name = freshDbName(`v${version}-summaries`);
    await buildExampleDatabase(name, example);
    const log: string[] = [];
    const shortlist = await openShortlist(name, { idbFactory: indexedDB, log: (m) => log.push(m) });
    const { entries } = await shortlist.list();
    expect(await shortlist.listSummaries()).toEqual({ summaries: entries.map((e) => summarizeEntry(e)), problems: [] });
    expect(log).toEqual([]);
    shortlist.close();
    expect((await readSummariesRaw(name)).map((s) => (s as { key: string }).key).sort()).toEqual(entries.map((e) => e.key).sort());
  });
});

describe('the upgrade to version 3', () => {
  test('stores the creators as the version 3 example and builds the summaries as today\'s code does (those of the version 4 example)', async () => {
    const name = freshDbName('v2-to-v3');
    await buildExampleDatabase(name, V2_EXAMPLE);
    (await openShortlist(name, { idbFactory: indexedDB, log: () => undefined })).close();
    expect((await readAllRaw(name, 'summaries')).map((r) => r.value)).toEqual(rowsOf(V4_EXAMPLE, 'summaries'));
    expect((await readAllRaw(name, 'creators')).map((r) => r.value)).toEqual(rowsOf(V3_EXAMPLE, 'creators'));
  });

  test('of 600 creators (more than one batch) gives each its summary, and every row reads back as before', async () => {
    const name = freshDbName('v2-many');
    const [ana] = rowsOf(V2_EXAMPLE, 'creators') as Array<Record<string, unknown> & { snapshot: { creator: Record<string, unknown> }; report: Record<string, unknown> }>;
    const rows = Array.from({ length: 600 }, (_, i) => {
      const handle = `c${String(i).padStart(3, '0')}`;
      const snapshot = { ...ana!.snapshot, creator: { ...ana!.snapshot.creator, handle } };
      return { value: { ...ana, key: `instagram:${handle}`, handle, snapshot, report: { ...ana!.report, key: `instagram:${handle}`, snapshot } } };
    });
    const example = { ...V2_EXAMPLE, stores: V2_EXAMPLE.stores.map((store) => (store.name === 'creators' ? { ...store, rows } : store)) };
    await buildExampleDatabase(name, example);
    const log: string[] = [];
    const shortlist = await openShortlist(name, { idbFactory: indexedDB, log: (m) => log.push(m) });
    const { summaries, problems } = await shortlist.listSummaries();
    expect(summaries).toHaveLength(600);
    expect(problems).toEqual([]);
    expect(log).toEqual([]);
    const { entries } = await shortlist.list();
    expect(entries.map((e) => e.report?.snapshot)).toEqual(entries.map((e) => e.snapshot));
    expect(new Set(entries.map((e) => e.key))).toEqual(new Set(rows.map((r) => r.value.key)));
    shortlist.close();
  });

  test('stores a saved creator in about half the space: its report no longer repeats the snapshot', async () => {
    const name = freshDbName('v2-size');
    await buildExampleDatabase(name, V2_EXAMPLE);
    (await openShortlist(name, { idbFactory: indexedDB, log: () => undefined })).close();
    const before = rowsOf(V2_EXAMPLE, 'creators')[0] as Record<string, Record<string, unknown>>;
    const after = (await readAllRaw(name, 'creators')).find((r) => r.key === 'instagram:ana.cocina')?.value as Record<string, Record<string, unknown>>;
    expect(after[SHARED_SNAPSHOT]).toBe(true);
    expect(after.report).not.toHaveProperty('snapshot');
    expect(after.snapshot).toEqual(before.report?.snapshot);
    // Smaller by the whole snapshot (the example's is short; a real page's, with its posts, is ~half a row).
    expect(JSON.stringify(after).length).toBeLessThanOrEqual(JSON.stringify(before).length - JSON.stringify(after.snapshot).length + 40);
  });

  test('that fails half-way leaves the version 2 database exactly as it was', async () => {
    const name = freshDbName('v2-fail');
    await buildExampleDatabase(name, V2_EXAMPLE);
    const before = await readAllRaw(name, 'creators');
    const original = IDBObjectStore.prototype.put;
    let calls = 0;
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      calls += 1;
      if (calls === 2) throw new DOMException('disk full', 'QuotaExceededError');
      return original.apply(this, args);
    });
    const error = await openShortlist(name, indexedDB).then(
      () => null,
      (e: unknown) => e,
    );
    put.mockRestore();
    expect(calls).toBeGreaterThanOrEqual(2);
    expect(error).toBeInstanceOf(StoreError);
    expect(await describeRaw(name)).toEqual({ version: 2, stores: { creators: ['by-platform', 'by-status', 'by-updatedAt'], history: ['by-key'], briefs: [], settings: [] } });
    expect(await readAllRaw(name, 'creators')).toEqual(before);
  });
});

describe('the upgrade to version 4', () => {
  test('rebuilds every summary with the verdict as reports now read, and touches no creator row', async () => {
    const name = freshDbName('v3-to-v4');
    await buildExampleDatabase(name, V3_EXAMPLE);
    (await openShortlist(name, { idbFactory: indexedDB, log: () => undefined })).close();
    expect((await readAllRaw(name, 'summaries')).map((r) => r.value)).toEqual(rowsOf(V4_EXAMPLE, 'summaries'));
    expect((await readAllRaw(name, 'creators')).map((r) => r.value)).toEqual(rowsOf(V3_EXAMPLE, 'creators'));
    // The saved creator's report holds engagement from 1 post: version 3's summary said "possible".
    const before = (rowsOf(V3_EXAMPLE, 'summaries').flat() as Array<{ key: string; figures: Record<string, unknown> }>).find((s) => s.key === 'instagram:ana.cocina');
    const after = (rowsOf(V4_EXAMPLE, 'summaries').flat() as Array<{ key: string; figures: Record<string, unknown> }>).find((s) => s.key === 'instagram:ana.cocina');
    expect(before?.figures).toMatchObject({ fitVerdict: 'possible' });
    expect(after?.figures).toMatchObject({ fitVerdict: 'insufficient-evidence', fitSummary: 'Too little to judge · engagement from 1 post' });
  });

  test('that fails half-way leaves the version 3 database exactly as it was', async () => {
    const name = freshDbName('v3-fail');
    await buildExampleDatabase(name, V3_EXAMPLE);
    const before = await readAllRaw(name, 'summaries');
    const original = IDBObjectStore.prototype.put;
    let calls = 0;
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      calls += 1;
      if (calls === 2) throw new DOMException('disk full', 'QuotaExceededError');
      return original.apply(this, args);
    });
    const error = await openShortlist(name, indexedDB).then(
      () => null,
      (e: unknown) => e,
    );
    put.mockRestore();
    expect(calls).toBeGreaterThanOrEqual(2);
    expect(error).toBeInstanceOf(StoreError);
    expect((await describeRaw(name)).version).toBe(3);
    expect(await readAllRaw(name, 'summaries')).toEqual(before);
  });
});

describe('the upgrade to version 5', () => {
  test('adds an empty evidence store and leaves every version 4 row exactly as it was', async () => {
    const name = freshDbName('v4-to-v5');
    await buildExampleDatabase(name, V4_EXAMPLE);
    const shortlist = await openShortlist(name, { idbFactory: indexedDB, log: () => undefined });
    expect(await shortlist.evidence.get('youtube:lena.makes')).toBeNull();
    shortlist.close();
    for (const store of V4_EXAMPLE.stores) {
      expect((await readAllRaw(name, store.name)).map((r) => r.value), store.name).toEqual(store.rows.map((r) => r.value));
    }
    expect(await readAllRaw(name, 'evidence')).toEqual([]);
  });

  test('reads the stored evidence and commenter key back, and skips a row that breaks the contract', async () => {
    const name = freshDbName('v5-evidence');
    await buildExampleDatabase(name, V5_EXAMPLE);
    await putRaw(name, 'evidence', { key: 'instagram:ana.cocina', version: 1, platform: 'instagram', handle: 'ana.cocina', posts: 'not a list' });
    const shortlist = await openShortlist(name, { idbFactory: indexedDB, log: () => undefined });
    expect(await shortlist.evidence.get('youtube:lena.makes')).toEqual(rowsOf(V5_EXAMPLE, 'evidence')[0]);
    expect(await shortlist.evidence.get('instagram:ana.cocina')).toBeNull();
    const key = await shortlist.evidence.installKey();
    expect(Buffer.from(key).toString('hex')).toBe('5be0cd19137e2179510e527fade682d19b05688c2b3e6c1f1f83d9abfb41bd6b');
    shortlist.close();
  });
});

describe('the upgrade to version 6', () => {
  const readingsOf = (example: SchemaExample, key: string) =>
    (rowsOf(example, 'history') as Array<{ id: number; key: string }>)
      .filter((row) => row.key === key)
      .map(({ id: _id, ...reading }) => reading);

  test('adds an empty firstReadings store, leaves every version 5 row as it was, and every creator, reading, summary and brief reads back', async () => {
    const name = freshDbName('v5-to-v6');
    await buildExampleDatabase(name, V5_EXAMPLE);
    const shortlist = await openShortlist(name, { idbFactory: indexedDB, log: () => undefined });
    const creators = rowsOf(V5_EXAMPLE, 'creators') as Array<{ key: string }>;
    const { entries } = await shortlist.list();
    expect(entries.map((e) => e.key).sort()).toEqual(creators.map((c) => c.key).sort());
    for (const { key } of creators) expect(await shortlist.history(key), key).toEqual(readingsOf(V5_EXAMPLE, key));
    const summaries = (rowsOf(V5_EXAMPLE, 'summaries') as unknown[][]).flat() as Array<{ key: string }>;
    const listed = await shortlist.listSummaries();
    expect(listed.problems).toEqual([]);
    expect(new Map(listed.summaries.map((s) => [s.key, s]))).toEqual(new Map(summaries.map((s) => [s.key, s])));
    expect((await shortlist.briefs.list()).briefs).toEqual(expect.arrayContaining(rowsOf(V5_EXAMPLE, 'briefs')));
    expect((await shortlist.briefs.getActive())?.id).toBe('summer-26');
    const dump = await shortlist.dump();
    expect(dump.history).toEqual(creators.flatMap(({ key }) => readingsOf(V5_EXAMPLE, key)));
    expect(dump.evidence).toEqual(rowsOf(V5_EXAMPLE, 'evidence'));
    shortlist.close();
    await expectEveryRowAsItWas(name, V5_EXAMPLE);
    expect(await readAllRaw(name, 'firstReadings')).toEqual([]);
  });

  test("an imported creator's first reading, kept in its bucket, is in its history, its backup, and its deletion and undo", async () => {
    const name = freshDbName('v6-first');
    await buildExampleDatabase(name, V6_EXAMPLE);
    const shortlist = await openShortlist(name, { idbFactory: indexedDB, log: () => undefined });
    const lena = readingsOf(V5_EXAMPLE, 'youtube:lena.makes');
    expect(lena).toHaveLength(1);
    expect(await shortlist.history('youtube:lena.makes')).toEqual(lena);
    expect((await shortlist.dump()).history.filter((p) => p.key === 'youtube:lena.makes')).toEqual(lena);
    const [removed] = await shortlist.bulkDelete(['youtube:lena.makes']);
    expect(removed?.history).toEqual(lena);
    expect(await shortlist.history('youtube:lena.makes')).toEqual([]);
    expect(await readAllRaw(name, 'firstReadings')).toEqual([]);
    expect(await shortlist.restore(removed ? [removed] : [])).toBe(1);
    expect(await shortlist.history('youtube:lena.makes')).toEqual(lena);
    expect(await shortlist.history('instagram:ana.cocina')).toEqual(readingsOf(V5_EXAMPLE, 'instagram:ana.cocina'));
    shortlist.close();
  });
});

describe('the upgrade to version 7', () => {
  test('adds empty importedCreators and importedCreatorIndex stores and leaves every version 6 row as it was', async () => {
    const name = freshDbName('v6-to-v7');
    await buildExampleDatabase(name, V6_EXAMPLE);
    const shortlist = await openShortlist(name, { idbFactory: indexedDB, log: () => undefined });
    expect((await shortlist.list()).entries.map((e) => e.key).sort()).toEqual(creatorRowsOf(V6_EXAMPLE).map((c) => c.key).sort());
    shortlist.close();
    await expectEveryRowAsItWas(name, V6_EXAMPLE);
    expect(await readAllRaw(name, 'importedCreators')).toEqual([]);
    expect(await readAllRaw(name, 'importedCreatorIndex')).toEqual([]);
  });

  test('an imported creator kept in its bucket is listed, counted, backed up and edited there; a saved report gives it a row of its own', async () => {
    const name = freshDbName('v7-imported');
    await buildExampleDatabase(name, V7_EXAMPLE);
    const shortlist = await openShortlist(name, { idbFactory: indexedDB, log: () => undefined });
    const lena = 'youtube:lena.makes';
    expect((await shortlist.get(lena))?.displayName).toBe('Lena Makes');
    expect(await shortlist.stats()).toMatchObject({ total: 2, byPlatform: { youtube: 1, instagram: 1 } });
    expect((await shortlist.dump()).creators.map((c) => c.key).sort()).toEqual(['instagram:ana.cocina', lena]);
    expect((await shortlist.update(lena, { status: 'signed' }, new Date('2026-03-01T00:00:00.000Z')))?.status).toBe('signed');
    expect(await readAllRaw(name, 'creators')).toHaveLength(1);
    expect(((await readAllRaw(name, 'importedCreators'))[0]?.value as Array<{ status: string }>)[0]?.status).toBe('signed');
    expect((await readAllRaw(name, 'importedCreatorIndex'))[0]).toEqual({ key: 35, value: [{ key: lena, status: 'signed', platform: 'youtube' }] });
    expect(await shortlist.stats()).toMatchObject({ total: 2, byStatus: { signed: 1 } });
    shortlist.close();
  });
});

describe('the upgrade from version 1', () => {
  test('gives each creator the default user fields and seeds its follower history from the saved report', async () => {
    const name = freshDbName('v1-seed');
    await buildExampleDatabase(name, V1_EXAMPLE);
    const shortlist = await openShortlist(name, { idbFactory: indexedDB, log: () => undefined });
    const ana = await shortlist.get('instagram:ana.cocina');
    expect(ana).toMatchObject({
      platform: 'instagram',
      handle: 'ana.cocina',
      displayName: 'Ana Cocina',
      status: 'shortlisted',
      tags: [],
      notes: '',
      briefId: null,
      promoCode: null,
      trackingLink: null,
      imported: null,
      firstSavedAt: '2026-01-10T09:31:00.000Z',
      updatedAt: '2026-01-10T09:31:00.000Z',
    });
    expect(ana?.snapshot).toEqual(ana?.report?.snapshot);
    expect(await shortlist.history('instagram:ana.cocina')).toEqual([
      { key: 'instagram:ana.cocina', at: '2026-01-10T09:30:00.000Z', followers: 48_200, following: 612, postsCount: 930 },
    ]);
    expect((await shortlist.history('tiktok:dani.runs')).map((p) => p.followers)).toEqual([9_870]);
    const stats = await shortlist.stats();
    expect(stats.byStatus.shortlisted).toBe(2);
    expect(stats.byPlatform).toMatchObject({ instagram: 1, tiktok: 1 });
    shortlist.close();
  });

  test('that fails half-way leaves the version 1 database exactly as it was', async () => {
    const name = freshDbName('v1-fail');
    await buildExampleDatabase(name, V1_EXAMPLE);
    const before = await readAllRaw(name, 'creators');
    const original = IDBCursor.prototype.update;
    let calls = 0;
    const update = vi.spyOn(IDBCursor.prototype, 'update').mockImplementation(function (this: IDBCursor, value: unknown) {
      calls += 1;
      if (calls === 2) throw new DOMException('disk full', 'QuotaExceededError');
      return original.call(this, value);
    });
    const error = await openShortlist(name, indexedDB).then(
      () => null,
      (e: unknown) => e,
    );
    update.mockRestore();
    expect(error).toBeInstanceOf(StoreError);
    expect((await describeRaw(name)).version).toBe(1);
    expect(await readAllRaw(name, 'creators')).toEqual(before);
  });
});
