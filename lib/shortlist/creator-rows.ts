import type { IDBPObjectStore, StoreNames } from 'idb';
import type { ShortlistDB, StoredRow } from './db';
import { bucketWriter, itemsByKey, keyHash, summariesFromBuckets, type BucketWriter } from './summary-buckets';

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
 * Every reader and writer of creator rows goes through this module and opens both stores
 * (CREATOR_STORE_NAMES). The indexes of `creators` (status, platform) cover own rows only; stats
 * adds the buckets' items itself.
 */
export const CREATOR_STORE_NAMES = ['creators', 'importedCreators'] as const satisfies ReadonlyArray<StoreNames<ShortlistDB>>;

/**
 * Part of the stored format, as the summaries' count is: changing it needs an upgrade that moves
 * the items. 256: at 5,000 imported creators ~20 per bucket (~18 KB), at the import's cap of 50,000
 * ~200 (~180 KB), which an edit of one of them rewrites.
 */
export const IMPORTED_BUCKETS = 256;

export function importedBucketOf(key: string): number {
  return keyHash(key) % IMPORTED_BUCKETS;
}

type AnyStores = ArrayLike<StoreNames<ShortlistDB>>;
export type CreatorStoreRead = IDBPObjectStore<ShortlistDB, AnyStores, 'creators', 'readonly' | 'readwrite'>;
export type CreatorStoreWrite = IDBPObjectStore<ShortlistDB, AnyStores, 'creators', 'readwrite'>;
export type ImportedStoreRead = IDBPObjectStore<ShortlistDB, AnyStores, 'importedCreators', 'readonly' | 'readwrite'>;
export type ImportedStoreWrite = IDBPObjectStore<ShortlistDB, AnyStores, 'importedCreators', 'readwrite'>;

/** The two stores creator rows are in, as opened by one transaction. */
export interface CreatorStores<C = CreatorStoreRead, I = ImportedStoreRead> {
  own: C;
  imported: I;
}

/** A creator's row as stored (unchecked), or undefined when it is on no shortlist. */
export async function getCreatorRow({ own, imported }: CreatorStores, key: string): Promise<StoredRow | undefined> {
  const [row, bucket] = await Promise.all([own.get(key), imported.get(importedBucketOf(key))]);
  return row ?? (itemsByKey(bucket).get(key) as StoredRow | undefined);
}

export async function hasCreator({ own, imported }: CreatorStores, key: string): Promise<boolean> {
  const [count, bucket] = await Promise.all([own.count(key), imported.get(importedBucketOf(key))]);
  return count > 0 || itemsByKey(bucket).has(key);
}

/** The bucket items by key, without those in a bucket that is not theirs (get() would never find them) or that have an own row too. */
async function importedItems(imported: ImportedStoreRead, ownKeys: Promise<Iterable<string>>): Promise<Map<string, StoredRow>> {
  const [buckets, numbers] = await Promise.all([imported.getAll(), imported.getAllKeys()]);
  const { items } = summariesFromBuckets(buckets, numbers, importedBucketOf);
  for (const key of await ownKeys) items.delete(key);
  return items as Map<string, StoredRow>;
}

/** Every creator row as stored, unchecked: own rows first, then the imported ones. */
export async function allCreatorRows({ own, imported }: CreatorStores): Promise<StoredRow[]> {
  const rows = own.getAll();
  const items = await importedItems(
    imported,
    rows.then((list) => list.map((row) => row.key)),
  );
  return [...(await rows), ...items.values()];
}

/** Every creator's key. The imported creators' keys are read with their rows: a bucket has no key-only read. */
export async function allCreatorKeys({ own, imported }: CreatorStores): Promise<string[]> {
  const ownKeys = own.getAllKeys();
  const items = await importedItems(imported, ownKeys);
  return [...(await ownKeys), ...items.keys()];
}

export interface CreatorCounts {
  total: number;
  /** By the row's `status` and `platform` fields as stored, as the indexes of `creators` count them. */
  byStatus: Map<unknown, number>;
  byPlatform: Map<unknown, number>;
}

/** How many creators there are, by status and by platform: the own rows by their indexes, the imported by their fields. */
export async function countCreators({ own, imported }: CreatorStores, statuses: readonly string[], platforms: readonly string[]): Promise<CreatorCounts> {
  const countBy = (index: 'by-status' | 'by-platform', values: readonly string[]) =>
    Promise.all(values.map(async (value) => [value, await own.index(index).count(value)] as const));
  const [total, status, platform, items] = await Promise.all([
    own.count(),
    countBy('by-status', statuses),
    countBy('by-platform', platforms),
    // The own rows' keys only when there are imported creators to tell apart from them.
    imported.count().then((buckets) => importedItems(imported, buckets > 0 ? own.getAllKeys() : Promise.resolve([]))),
  ]);
  const counts: CreatorCounts = { total, byStatus: new Map(status), byPlatform: new Map(platform) };
  for (const row of items.values()) {
    counts.total += 1;
    if (counts.byStatus.has(row.status)) counts.byStatus.set(row.status, (counts.byStatus.get(row.status) ?? 0) + 1);
    if (counts.byPlatform.has(row.platform)) counts.byPlatform.set(row.platform, (counts.byPlatform.get(row.platform) ?? 0) + 1);
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
  /** The imported creators' buckets, for a bulk write that knows where each of its rows goes. */
  buckets: BucketWriter<StoredRow>;
  flush(): Promise<void>;
}

export function creatorWriter({ own, imported }: CreatorStores<CreatorStoreWrite, ImportedStoreWrite>): CreatorWriter {
  const buckets = bucketWriter<StoredRow>(imported, importedBucketOf);
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
