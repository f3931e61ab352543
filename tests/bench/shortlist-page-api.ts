/**
 * Bundled by esbuild and evaluated in an extension page (chrome-extension://<id>/…), so that the
 * shortlist figures are of the real store code (lib/shortlist, lib/csv) on Chromium's real
 * IndexedDB in the extension's origin, the one the popup and dashboard read. Exposes itself as
 * `globalThis.vettedBench`; every timing is taken here with performance.now().
 */
import './zod-as-in-extension-pages';
import type { VettingReport } from '../../lib/contracts/report';
import { SHORTLIST_STATUSES, type ShortlistEntry, type ShortlistSummary } from '../../lib/contracts/shortlist-entry';
import { summariesToCsv } from '../../lib/csv/csv-writer';
import { importCsv } from '../../lib/shortlist/import';
import { profileUrlFor } from '../../lib/shortlist/import-merge';
import { openShortlist } from '../../lib/shortlist/repository';
import { toStoredRow } from '../../lib/shortlist/stored-row';

const NOW = new Date('2026-03-05T14:00:00.000Z');

function done<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

function committed(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new Error('transaction aborted'));
  });
}

/** The same report for another creator: the handle changes everywhere the store checks it. */
function renamed(report: VettingReport, handle: string): VettingReport {
  const copy = structuredClone(report);
  copy.snapshot.creator.handle = handle;
  copy.snapshot.creator.profileUrl = profileUrlFor(copy.snapshot.creator.platform, handle);
  copy.key = `${copy.snapshot.creator.platform}:${handle}`;
  return copy;
}

/** The same saved entry for another creator, with status and dates spread as a real list has them. */
function cloneEntry(template: ShortlistEntry, handle: string, i: number): ShortlistEntry {
  const entry = structuredClone(template);
  entry.handle = handle;
  entry.key = `${entry.platform}:${handle}`;
  entry.snapshot.creator.handle = handle;
  // The profile address names the handle: an import checks that it does.
  entry.snapshot.creator.profileUrl = profileUrlFor(entry.platform, handle);
  if (entry.report) {
    entry.report.key = entry.key;
    entry.report.snapshot.creator.handle = handle;
    entry.report.snapshot.creator.profileUrl = entry.snapshot.creator.profileUrl;
  }
  entry.status = SHORTLIST_STATUSES[i % SHORTLIST_STATUSES.length]!;
  entry.updatedAt = new Date(NOW.getTime() - i * 60_000).toISOString();
  return entry;
}

async function countCreators(name: string): Promise<number> {
  const db = await done(indexedDB.open(name));
  try {
    return await done(db.transaction('creators').objectStore('creators').count());
  } finally {
    db.close();
  }
}

/**
 * Fill database `name` up to `total` creators. The database is created by the real openShortlist,
 * one entry per report is saved through the real save() (so rows have the exact stored shape), and
 * the rest are clones of those, written in one raw transaction with one follower reading each.
 */
async function seed(name: string, reports: VettingReport[], total: number): Promise<{ rows: number; ms: number; entryBytes: number }> {
  const start = performance.now();
  const shortlist = await openShortlist(name, { log: () => undefined });
  const templates: ShortlistEntry[] = [];
  try {
    for (const report of reports) templates.push(await shortlist.save(report, { now: NOW, tag: 'bench', note: 'Seeded by the benchmark: asked for rates on 3 March.' }));
  } finally {
    shortlist.close();
  }
  const existing = await countCreators(name);
  const db = await done(indexedDB.open(name));
  try {
    const tx = db.transaction(['creators', 'history'], 'readwrite');
    const creators = tx.objectStore('creators');
    const history = tx.objectStore('history');
    for (let i = existing; i < total; i++) {
      const template = templates[i % templates.length]!;
      const entry = cloneEntry(template, `seed_${i}`, i);
      // As save() stores it: the report without the snapshot it shares with the row (one copy per creator).
      creators.put(toStoredRow(entry));
      const followers = entry.snapshot.creator.followers;
      if (followers !== null) history.add({ key: entry.key, at: entry.updatedAt, followers, following: entry.snapshot.creator.following, postsCount: entry.snapshot.creator.postsCount });
    }
    await committed(tx);
  } finally {
    db.close();
  }
  // The clones went in raw, without their summaries: let the store build those now, as it does
  // for any creator it finds without one, so that the timed listings read a complete store.
  const repair = await openShortlist(name, { log: () => undefined });
  try {
    await repair.listSummaries();
  } finally {
    repair.close();
  }
  const entryBytes = Math.round(templates.reduce((sum, t) => sum + JSON.stringify(toStoredRow(t)).length, 0) / templates.length);
  return { rows: await countCreators(name), ms: performance.now() - start, entryBytes };
}

/** Raw getAll of every creator row: the floor under anything that lists the shortlist. */
async function rawGetAll(name: string, runs: number): Promise<number[]> {
  const db = await done(indexedDB.open(name));
  const times: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      // Both places a creator row can be (lib/shortlist/creator-rows.ts): own rows, and an import's buckets.
      const tx = db.transaction(['creators', 'importedCreators']);
      const [rows, buckets] = await Promise.all([done(tx.objectStore('creators').getAll()), done(tx.objectStore('importedCreators').getAll())]);
      times.push(performance.now() - start);
      if (rows.length + (buckets as unknown[][]).flat().length === 0) throw new Error(`${name} is empty`);
    }
  } finally {
    db.close();
  }
  return times;
}

/**
 * Real save() calls, alternating a creator not yet on the list and one already there (the user
 * saves again after a re-vet); and, in turn with each, the raw floor: one readwrite transaction
 * doing get + put of the same entry.
 */
async function timeSaves(name: string, report: VettingReport, runs: number, warmup: number): Promise<{ save: number[]; raw: number[] }> {
  const shortlist = await openShortlist(name, { log: () => undefined });
  const db = await done(indexedDB.open(name));
  const out = { save: [] as number[], raw: [] as number[] };
  try {
    const existing = (await done(db.transaction('creators').objectStore('creators').getAllKeys(null, 500))) as string[];
    const existingHandles = existing.filter((k) => k.startsWith(`${report.snapshot.creator.platform}:`)).map((k) => k.slice(k.indexOf(':') + 1));
    for (let i = 0; i < warmup + runs; i++) {
      const handle = i % 2 === 0 ? `saved.${name}.${i}` : (existingHandles[i % existingHandles.length] ?? `saved.${name}.${i}`);
      const next = renamed(report, handle);
      let start = performance.now();
      const entry = await shortlist.save(next, { now: new Date(NOW.getTime() + i * 1000) });
      const saveMs = performance.now() - start;
      start = performance.now();
      const tx = db.transaction('creators', 'readwrite');
      const store = tx.objectStore('creators');
      await done(store.get(entry.key));
      store.put(entry);
      await committed(tx);
      const rawMs = performance.now() - start;
      if (i >= warmup) {
        out.save.push(saveMs);
        out.raw.push(rawMs);
      }
    }
  } finally {
    shortlist.close();
    db.close();
  }
  return out;
}

/** The summaries of the last timed export, so that the import's CSV needs no second listing of 10,000 rows. */
let lastExported: ShortlistSummary[] = [];

/** What the Export button does: listSummaries() (every summary read and checked) and summariesToCsv(); the file's size. */
async function timeExport(name: string, runs: number): Promise<{ times: number[]; rows: number; bytes: number }> {
  const shortlist = await openShortlist(name, { log: () => undefined });
  const times: number[] = [];
  let rows = 0;
  let bytes = 0;
  try {
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      const { summaries: entries } = await shortlist.listSummaries();
      const csv = summariesToCsv(entries);
      const blob = new Blob([csv], { type: 'text/csv' });
      times.push(performance.now() - start);
      rows = entries.length;
      bytes = blob.size;
      lastExported = entries;
    }
  } finally {
    shortlist.close();
  }
  return { times, rows, bytes };
}

/** A CSV of the first `rows` creators of the last timed export, as the real export writes it. */
function exportedCsv(rows: number): string {
  if (lastExported.length < rows) throw new Error(`the last export had ${lastExported.length} rows, not ${rows}`);
  return summariesToCsv(lastExported.slice(0, rows));
}

/** The real importCsv() of `csv` into a new, empty database `name` (every row is a new creator). */
async function timeImport(name: string, csv: string): Promise<{ ms: number; created: number; message: string }> {
  const shortlist = await openShortlist(name, { log: () => undefined });
  try {
    const start = performance.now();
    const result = await importCsv(shortlist, csv, { onExisting: 'update', now: NOW });
    const ms = performance.now() - start;
    return result.ok ? { ms, created: result.created, message: '' } : { ms, created: 0, message: `${result.reason}: ${result.message} ${result.errors.slice(0, 3).join('; ')}` };
  } finally {
    shortlist.close();
  }
}

/**
 * The floor under an import: the rows the import of `from` wrote (creator rows, the imported
 * creators' buckets, first-reading buckets, any history rows, the summary buckets), written raw into a new database `to` of the same schema in
 * one readwrite transaction, timed from the first request to the commit. What an import adds on top
 * of it is checking, building and serialising rows.
 */
async function rawWrite(from: string, to: string): Promise<number> {
  const source = await done(indexedDB.open(from));
  const bucketStores = ['summaries', 'firstReadings', 'importedCreators', 'importedCreatorIndex'] as const;
  let creators: unknown[];
  let history: Array<Record<string, unknown>>;
  let buckets: Array<{ store: string; rows: unknown[]; keys: IDBValidKey[] }>;
  try {
    const tx = source.transaction(['creators', 'history', ...bucketStores], 'readonly');
    [creators, history, ...buckets] = await Promise.all([
      done(tx.objectStore('creators').getAll()),
      done(tx.objectStore('history').getAll()) as Promise<Array<Record<string, unknown>>>,
      ...bucketStores.map(async (store) => ({ store, rows: await done(tx.objectStore(store).getAll()), keys: await done(tx.objectStore(store).getAllKeys()) })),
    ]);
  } finally {
    source.close();
  }
  (await openShortlist(to, { log: () => undefined })).close();
  const db = await done(indexedDB.open(to));
  try {
    const start = performance.now();
    const tx = db.transaction(['creators', 'history', ...bucketStores], 'readwrite');
    const creatorStore = tx.objectStore('creators');
    const historyStore = tx.objectStore('history');
    for (const row of creators) creatorStore.put(row);
    for (const { id: _id, ...point } of history) historyStore.add(point);
    for (const { store, rows, keys } of buckets) rows.forEach((bucket, i) => tx.objectStore(store).put(bucket, keys[i]));
    await committed(tx);
    return performance.now() - start;
  } finally {
    db.close();
  }
}

function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
    request.onblocked = () => reject(new Error(`deleting ${name} is blocked by an open connection`));
  });
}

const api = { seed, rawGetAll, timeSaves, timeExport, exportedCsv, timeImport, rawWrite, deleteDatabase };
export type VettedBench = typeof api;
(globalThis as unknown as { vettedBench: VettedBench }).vettedBench = api;
