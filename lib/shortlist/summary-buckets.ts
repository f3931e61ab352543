import type { IDBPObjectStore, StoreNames } from 'idb';
import type { ShortlistSummary } from '../contracts/shortlist-entry';
import type { ShortlistDB } from './db';

/**
 * The summaries are stored in SUMMARY_BUCKETS rows, each an array of the summaries whose key hashes
 * to it, not one row per creator: Chromium's IndexedDB spends ~20 µs per row returned, so reading
 * 10,000 one-row summaries took ~260 ms, and 64 rows holding them ~50 ms (measured in the e2e
 * browser). A write rewrites the buckets it touches (at 10,000 creators, ~130 KB each).
 *
 * The hash and the count are part of the stored format: changing either needs a database upgrade
 * that redistributes the summaries (a summary found in another bucket is treated as missing). The
 * first readings an import writes (history-store.ts) are kept in buckets numbered the same way.
 */
export const SUMMARY_BUCKETS = 64;

/** FNV-1a over the key's UTF-16 code units: stable, cheap, spreads similar handles apart. */
export function keyHash(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i += 1) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** The summary bucket of a creator's key (and of its first reading). */
export function bucketOf(key: string): number {
  return keyHash(key) % SUMMARY_BUCKETS;
}

/** Which bucket row holds a key's item, in a store of bucket rows. */
export type BucketNumbering = (key: string) => number;

type AnyStores = ArrayLike<StoreNames<ShortlistDB>>;
export type SummaryStoreRead = IDBPObjectStore<ShortlistDB, AnyStores, 'summaries', 'readonly' | 'readwrite'>;
export type SummaryStoreWrite = IDBPObjectStore<ShortlistDB, AnyStores, 'summaries', 'readwrite' | 'versionchange'>;

/** A store of bucket rows keyed by bucket number (summaries, first readings), as a bucket writer uses it. */
export interface BucketStore {
  get(n: number): Promise<unknown>;
  put(items: unknown[], n: number): Promise<unknown>;
  delete(n: number): Promise<void>;
}

/** Whatever a bucket row holds, by key: items that are not objects with a string key are dropped here. */
export function itemsByKey(row: unknown): Map<string, unknown> {
  const items = new Map<string, unknown>();
  if (!Array.isArray(row)) return items;
  for (const item of row) {
    const key = (item as { key?: unknown } | null)?.key;
    if (typeof key === 'string') items.set(key, item);
  }
  return items;
}

function groupByBucket<T>(numberOf: BucketNumbering, items: Iterable<T>, keyOf: (item: T) => string): Map<number, T[]> {
  const byBucket = new Map<number, T[]>();
  for (const item of items) {
    const n = numberOf(keyOf(item));
    const group = byBucket.get(n);
    if (group) group.push(item);
    else byBucket.set(n, [item]);
  }
  return byBucket;
}

/** Changes to bucket rows that hold at most one item per creator key, each an object with that `key`. */
export interface BucketWriter<T extends { key: string }> {
  /** The stored item of `key`, unchecked; undefined if there is none. */
  get(key: string): Promise<unknown>;
  put(item: T): Promise<void>;
  /** Put many at once: each bucket they fall in is read once, with no promise per item. */
  putMany(list: readonly T[]): Promise<void>;
  delete(key: string): Promise<void>;
  /** Remove an item with `key` from bucket `n` (where it does not belong). */
  deleteFrom(n: number, key: string): Promise<void>;
  /** Those of `keys` that have an item, as the buckets are now in this transaction. */
  keysAmong(keys: Iterable<string>): Promise<Set<string>>;
  /**
   * Read the buckets of `keys` now: a bulk write that queues thousands of rows first would otherwise
   * wait for all of them before its first bucket read is answered.
   */
  preload(keys: Iterable<string>): Promise<void>;
  /**
   * Write those of `numbers` that changed now, without waiting for the rest (a bulk write that is
   * done with them: the browser writes them while the page builds the next). Buckets already read
   * are sent before this returns. A bucket changed again later is written again by flush().
   */
  flushSome(numbers: Iterable<number>): Promise<void>;
  /** Write the buckets that changed, all at once. Call once, at the end of the transaction's work. */
  flush(): Promise<void>;
}

export type SummaryWriter = BucketWriter<ShortlistSummary>;

/**
 * Bucket changes within one readwrite transaction: each bucket is read once, changed in memory,
 * and written once by flush(), so a bulk edit of 10,000 creators writes 64 rows, not 10,000.
 */
export function bucketWriter<T extends { key: string }>(store: BucketStore, numberOf: BucketNumbering = bucketOf): BucketWriter<T> {
  const asKey = (key: string) => key;
  // Promises, not maps: two changes started together must not each read the bucket and lose the other's.
  const loaded = new Map<number, Promise<Map<string, unknown>>>();
  /** The buckets whose read has been answered, to write them without waiting for a promise. */
  const ready = new Map<number, Map<string, unknown>>();
  const dirty = new Set<number>();
  function load(n: number): Promise<Map<string, unknown>> {
    let items = loaded.get(n);
    if (!items) {
      items = store.get(n).then((row) => {
        const map = itemsByKey(row);
        ready.set(n, map);
        return map;
      });
      loaded.set(n, items);
    }
    return items;
  }
  function writeNow(n: number, items: Map<string, unknown>): Promise<unknown> {
    return items.size ? store.put([...items.values()], n) : store.delete(n);
  }
  async function write(n: number): Promise<void> {
    await writeNow(n, ready.get(n) ?? (await load(n)));
  }
  async function bucket(key: string): Promise<[number, Map<string, unknown>]> {
    const n = numberOf(key);
    return [n, await load(n)];
  }
  return {
    async get(key) {
      return (await bucket(key))[1].get(key);
    },
    async put(item) {
      const [n, items] = await bucket(item.key);
      items.set(item.key, item);
      dirty.add(n);
    },
    async putMany(list) {
      await Promise.all(
        [...groupByBucket(numberOf, list, (item) => item.key)].map(async ([n, group]) => {
          const items = await load(n);
          for (const item of group) items.set(item.key, item);
          dirty.add(n);
        }),
      );
    },
    async delete(key) {
      const [n, items] = await bucket(key);
      if (items.delete(key)) dirty.add(n);
    },
    async deleteFrom(n, key) {
      if ((await load(n)).delete(key)) dirty.add(n);
    },
    async keysAmong(keys) {
      const found = new Set<string>();
      await Promise.all(
        [...groupByBucket(numberOf, keys, asKey)].map(async ([n, group]) => {
          const items = await load(n);
          for (const key of group) if (items.has(key)) found.add(key);
        }),
      );
      return found;
    },
    async preload(keys) {
      await Promise.all([...groupByBucket(numberOf, keys, asKey)].map(([n]) => load(n)));
    },
    async flushSome(numbers) {
      const writes: Array<Promise<unknown>> = [];
      for (const n of numbers) {
        if (!dirty.delete(n)) continue;
        const items = ready.get(n);
        writes.push(items ? writeNow(n, items) : write(n));
      }
      await Promise.all(writes);
    },
    async flush() {
      const numbers = [...dirty];
      dirty.clear();
      // Not one after the other: each write would wait for the answer to the one before it.
      await Promise.all(numbers.map(write));
    },
  };
}

/** Summary changes within one readwrite transaction (see bucketWriter). */
export function summaryWriter(store: SummaryStoreWrite): SummaryWriter {
  return bucketWriter<ShortlistSummary>(store);
}

/** Every stored summary (unchecked) by key; those found outside their own bucket are listed apart. */
export function summariesFromBuckets(
  buckets: readonly unknown[],
  numbers: readonly IDBValidKey[],
  numberOf: BucketNumbering = bucketOf,
): { items: Map<string, unknown>; misplaced: Array<[number, string]> } {
  const items = new Map<string, unknown>();
  const misplaced: Array<[number, string]> = [];
  buckets.forEach((row, i) => {
    const n = numbers[i];
    for (const [key, item] of itemsByKey(row)) {
      if (numberOf(key) === n) items.set(key, item);
      else if (typeof n === 'number') misplaced.push([n, key]);
    }
  });
  return { items, misplaced };
}
