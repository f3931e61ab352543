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
 * that redistributes the summaries (a summary found in another bucket is treated as missing).
 */
export const SUMMARY_BUCKETS = 64;

/** FNV-1a over the key's UTF-16 code units: stable, cheap, spreads similar handles apart. */
export function bucketOf(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i += 1) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % SUMMARY_BUCKETS;
}

type AnyStores = ArrayLike<StoreNames<ShortlistDB>>;
export type SummaryStoreRead = IDBPObjectStore<ShortlistDB, AnyStores, 'summaries', 'readonly' | 'readwrite'>;
export type SummaryStoreWrite = IDBPObjectStore<ShortlistDB, AnyStores, 'summaries', 'readwrite' | 'versionchange'>;

/** Whatever a bucket row holds, by key: items that are not objects with a string key are dropped here. */
function byKey(row: unknown): Map<string, unknown> {
  const items = new Map<string, unknown>();
  if (!Array.isArray(row)) return items;
  for (const item of row) {
    const key = (item as { key?: unknown } | null)?.key;
    if (typeof key === 'string') items.set(key, item);
  }
  return items;
}

export interface SummaryWriter {
  /** The stored summary of `key`, unchecked; undefined if there is none. */
  get(key: string): Promise<unknown>;
  put(summary: ShortlistSummary): Promise<void>;
  /** Put many at once: each bucket they fall in is read once, with no promise per summary. */
  putMany(list: readonly ShortlistSummary[]): Promise<void>;
  delete(key: string): Promise<void>;
  /** Remove an item with `key` from bucket `n` (where it does not belong). */
  deleteFrom(n: number, key: string): Promise<void>;
  /** Write the buckets that changed. Call once, at the end of the transaction's work. */
  flush(): Promise<void>;
}

/**
 * Summary changes within one readwrite transaction: each bucket is read once, changed in memory,
 * and written once by flush(), so a bulk edit of 10,000 creators writes 64 rows, not 10,000.
 */
export function summaryWriter(store: SummaryStoreWrite): SummaryWriter {
  // Promises, not maps: two changes started together must not each read the bucket and lose the other's.
  const loaded = new Map<number, Promise<Map<string, unknown>>>();
  const dirty = new Set<number>();
  function load(n: number): Promise<Map<string, unknown>> {
    let items = loaded.get(n);
    if (!items) loaded.set(n, (items = store.get(n).then(byKey)));
    return items;
  }
  async function bucket(key: string): Promise<[number, Map<string, unknown>]> {
    const n = bucketOf(key);
    return [n, await load(n)];
  }
  return {
    async get(key) {
      return (await bucket(key))[1].get(key);
    },
    async put(summary) {
      const [n, items] = await bucket(summary.key);
      items.set(summary.key, summary);
      dirty.add(n);
    },
    async putMany(list) {
      const byBucket = new Map<number, ShortlistSummary[]>();
      for (const summary of list) {
        const n = bucketOf(summary.key);
        const group = byBucket.get(n);
        if (group) group.push(summary);
        else byBucket.set(n, [summary]);
      }
      await Promise.all(
        [...byBucket].map(async ([n, group]) => {
          const items = await load(n);
          for (const summary of group) items.set(summary.key, summary);
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
    async flush() {
      for (const n of dirty) {
        const items = await load(n);
        if (items.size) await store.put([...items.values()], n);
        else await store.delete(n);
      }
      dirty.clear();
    },
  };
}

/** Every stored summary (unchecked) by key; those found outside their own bucket are listed apart. */
export function summariesFromBuckets(
  buckets: readonly unknown[],
  numbers: readonly IDBValidKey[],
): { items: Map<string, unknown>; misplaced: Array<[number, string]> } {
  const items = new Map<string, unknown>();
  const misplaced: Array<[number, string]> = [];
  buckets.forEach((row, i) => {
    const n = numbers[i];
    for (const [key, item] of byKey(row)) {
      if (bucketOf(key) === n) items.set(key, item);
      else if (typeof n === 'number') misplaced.push([n, key]);
    }
  });
  return { items, misplaced };
}
