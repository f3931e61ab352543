import type { IDBPObjectStore, StoreNames } from 'idb';
import type { ShortlistDB, StoredRow } from './db';
import { bucketWriter, itemsByKey, keyHash, SUMMARY_BUCKETS, summariesFromBuckets, type BucketStore, type BucketWriter } from './summary-buckets';

/**
 * A creator's row is its own row of `creators` or, for a creator a sheet import added, an item in
 * one of IMPORTED_BUCKETS bucket rows of `importedCreators` (at most one place; its own row wins if
 * both ever held it). Chromium's IndexedDB spends its time per record written, not per byte: 5,000
 * puts of a 0.9 KB creator took 416–856 ms on the bench machine, the same rows as 50 records
 * 70–149 ms. An import of 5,000 new creators therefore writes at most 256 bucket rows instead of
 * 5,000 creator rows. A creator stays in its bucket through edits of its user fields (a bulk status
 * change of an imported sheet rewrites buckets, not thousands of rows) and gets its own row when a
 * report is saved for it, which makes the row ~20 times larger.
 *
 * Each bucket row has its entry in `importedCreatorIndex`, written with it: the key, status and
 * platform of each creator in it. What needs only those (the listing's check that every creator has
 * a summary, the counts, retention's "is this creator on the shortlist") reads ~60 bytes a creator
 * instead of its ~900: reading the buckets themselves made the export of 5,000 imported creators
 * ~250 ms slower than of 5,000 own rows.
 *
 * Every reader and writer of creator rows goes through this module and opens the three stores
 * (CREATOR_STORE_NAMES). The indexes of `creators` (status, platform) cover own rows only; the
 * counts add the imported creators from their index.
 */
export const CREATOR_STORE_NAMES = ['creators', 'importedCreators', 'importedCreatorIndex'] as const satisfies ReadonlyArray<StoreNames<ShortlistDB>>;

/**
 * Part of the stored format, as the summaries' count is: changing it needs an upgrade that moves
 * the items. 256: at 5,000 imported creators ~20 per bucket (~18 KB), at the import's cap of 50,000
 * ~200 (~180 KB), which an edit of one of them rewrites. A multiple of the summaries' count, on the
 * same hash: every creator of one imported bucket is in the same summary bucket, so an import that
 * goes summary bucket by summary bucket is done with each imported bucket after one of them.
 */
export const IMPORTED_BUCKETS = SUMMARY_BUCKETS * 4;

export function importedBucketOf(key: string): number {
  return keyHash(key) % IMPORTED_BUCKETS;
}

type AnyStores = ArrayLike<StoreNames<ShortlistDB>>;
type Mode = 'readonly' | 'readwrite';
type CreatorStoreName = (typeof CREATOR_STORE_NAMES)[number];
type Store<N extends CreatorStoreName, M extends Mode> = IDBPObjectStore<ShortlistDB, AnyStores, N, M>;

/** The three stores creator rows are in, as opened by one transaction. */
export interface CreatorStores<M extends Mode = Mode> {
  own: Store<'creators', M>;
  imported: Store<'importedCreators', M>;
  index: Store<'importedCreatorIndex', M>;
}

/** A transaction over (at least) CREATOR_STORE_NAMES, as creatorStoresOf() uses it. */
interface CreatorTransaction<M extends Mode> {
  objectStore<N extends CreatorStoreName>(name: N): Store<N, M>;
}

/** The creator stores of a transaction over (at least) CREATOR_STORE_NAMES. */
export function creatorStoresOf<M extends Mode>(tx: CreatorTransaction<M>): CreatorStores<M> {
  return { own: tx.objectStore('creators'), imported: tx.objectStore('importedCreators'), index: tx.objectStore('importedCreatorIndex') };
}

/** What the index holds of a creator in a bucket, unchecked: its key, and status and platform as stored. */
interface IndexItem {
  key: string;
  status: unknown;
  platform: unknown;
}

function indexItemOf(row: unknown): IndexItem | null {
  const { key, status, platform } = (row ?? {}) as Record<string, unknown>;
  return typeof key === 'string' ? { key, status, platform } : null;
}

/** The index's items by key, without those in an entry that is not their bucket's. */
async function readIndex(index: Store<'importedCreatorIndex', Mode>): Promise<Map<string, IndexItem>> {
  const [entries, numbers] = await Promise.all([index.getAll(), index.getAllKeys()]);
  return summariesFromBuckets(entries, numbers, importedBucketOf).items as Map<string, IndexItem>;
}

/** A creator's row as stored (unchecked), or undefined when it is on no shortlist. */
export async function getCreatorRow({ own, imported }: CreatorStores, key: string): Promise<StoredRow | undefined> {
  const [row, bucket] = await Promise.all([own.get(key), imported.get(importedBucketOf(key))]);
  return row ?? (itemsByKey(bucket).get(key) as StoredRow | undefined);
}

export async function hasCreator({ own, index }: CreatorStores, key: string): Promise<boolean> {
  const [count, entry] = await Promise.all([own.count(key), index.get(importedBucketOf(key))]);
  return count > 0 || itemsByKey(entry).has(key);
}

/** Every creator row as stored, unchecked: own rows first, then the imported ones (an item that also has an own row is left out). */
export async function allCreatorRows({ own, imported }: CreatorStores): Promise<StoredRow[]> {
  const [rows, buckets, numbers] = await Promise.all([own.getAll(), imported.getAll(), imported.getAllKeys()]);
  const { items } = summariesFromBuckets(buckets, numbers, importedBucketOf);
  for (const row of rows) items.delete(row.key);
  return [...rows, ...(items.values() as Iterable<StoredRow>)];
}

/** Every creator's key: the own rows' keys and the imported creators' from their index. */
export async function allCreatorKeys({ own, index }: CreatorStores): Promise<string[]> {
  const [ownKeys, items] = await Promise.all([own.getAllKeys(), readIndex(index)]);
  for (const key of ownKeys) items.delete(key);
  return [...ownKeys, ...items.keys()];
}

export interface CreatorCounts {
  total: number;
  /** By the row's `status` and `platform` fields as stored, as the indexes of `creators` count them. */
  byStatus: Map<unknown, number>;
  byPlatform: Map<unknown, number>;
}

/** How many creators there are, by status and by platform: the own rows by their indexes, the imported by the imported creators' index. */
export async function countCreators({ own, index }: CreatorStores, statuses: readonly string[], platforms: readonly string[]): Promise<CreatorCounts> {
  const countBy = (name: 'by-status' | 'by-platform', values: readonly string[]) =>
    Promise.all(values.map(async (value) => [value, await own.index(name).count(value)] as const));
  const [total, status, platform, items] = await Promise.all([
    own.count(),
    countBy('by-status', statuses),
    countBy('by-platform', platforms),
    // The own rows' keys only when there are imported creators to tell apart from them.
    readIndex(index).then(async (imported) => {
      if (imported.size > 0) for (const key of await own.getAllKeys()) imported.delete(key);
      return imported;
    }),
  ]);
  const counts: CreatorCounts = { total, byStatus: new Map(status), byPlatform: new Map(platform) };
  for (const item of items.values()) {
    counts.total += 1;
    if (counts.byStatus.has(item.status)) counts.byStatus.set(item.status, (counts.byStatus.get(item.status) ?? 0) + 1);
    if (counts.byPlatform.has(item.platform)) counts.byPlatform.set(item.platform, (counts.byPlatform.get(item.platform) ?? 0) + 1);
  }
  return counts;
}

/**
 * Changes to creator rows within one readwrite transaction. The buckets are read once and written
 * by flush(): call it once, after the last change.
 */
export interface CreatorWriter {
  get(key: string): Promise<StoredRow | undefined>;
  /** Write `row` where its creator is now: its own row or its bucket. A creator not stored yet gets its own row. */
  put(row: StoredRow): Promise<void>;
  /** Its own row, out of its bucket if it was in one. */
  putOwn(row: StoredRow): Promise<void>;
  delete(key: string): Promise<void>;
  /** The imported creators' buckets (each written with its index entry), for a bulk write that knows where each of its rows goes. */
  buckets: BucketWriter<StoredRow>;
  flush(): Promise<void>;
}

/** The imported creators' bucket rows as a bucket writer sees them: each write writes the bucket's index entry too. */
function indexedBuckets(imported: Store<'importedCreators', 'readwrite'>, index: Store<'importedCreatorIndex', 'readwrite'>): BucketStore {
  return {
    get: (n) => imported.get(n),
    put: (items, n) => Promise.all([imported.put(items, n), index.put(items.flatMap((item) => indexItemOf(item) ?? []), n)]),
    delete: async (n) => {
      await Promise.all([imported.delete(n), index.delete(n)]);
    },
  };
}

export function creatorWriter({ own, imported, index }: CreatorStores<'readwrite'>): CreatorWriter {
  const buckets = bucketWriter<StoredRow>(indexedBuckets(imported, index), importedBucketOf);
  return {
    async get(key) {
      const [row, item] = await Promise.all([own.get(key), buckets.get(key)]);
      return row ?? (item as StoredRow | undefined);
    },
    async put(row) {
      const [count, item] = await Promise.all([own.count(row.key), buckets.get(row.key)]);
      if (count === 0 && item !== undefined) await buckets.put(row);
      else await own.put(row);
    },
    async putOwn(row) {
      await Promise.all([own.put(row), buckets.delete(row.key)]);
    },
    async delete(key) {
      await Promise.all([own.delete(key), buckets.delete(key)]);
    },
    buckets,
    flush: () => buckets.flush(),
  };
}
