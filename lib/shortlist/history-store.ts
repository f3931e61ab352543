import type { IDBPObjectStore, StoreNames } from 'idb';
import type { Snapshot } from '../contracts/creator';
import { StoredReadingSchema, shortlistKey, type StoredReading } from '../contracts/shortlist-entry';
import { isoInstant } from '../parse/iso-instant';
import type { ShortlistDB, StoredHistoryRow } from './db';
import { bucketOf, bucketWriter, itemsByKey } from './summary-buckets';

/**
 * Readings closer than this to the last one replace it: a creator looked at ten times in an
 * afternoon is one point on the growth chart, not ten.
 */
export const HISTORY_MERGE_WINDOW_MS = 60 * 60 * 1000;

/**
 * A creator's follower readings are the rows of `history` (one per reading) and, for a creator an
 * import added, its first reading in `firstReadings` (bucket rows, at most one reading per creator).
 * An import of 5,000 new creators then writes 64 bucket rows instead of 5,000 history rows: half
 * its IndexedDB requests, and most of its time was the browser writing them (bench:shortlist).
 * Every reader and writer of readings goes through this module and opens both stores.
 */
export const HISTORY_STORE_NAMES = ['history', 'firstReadings'] as const satisfies ReadonlyArray<StoreNames<ShortlistDB>>;

type AnyStores = ArrayLike<StoreNames<ShortlistDB>>;
export type HistoryStoreRead = IDBPObjectStore<ShortlistDB, AnyStores, 'history', 'readonly' | 'readwrite'>;
export type HistoryStoreWrite = IDBPObjectStore<ShortlistDB, AnyStores, 'history', 'readwrite'>;
export type FirstReadingStoreRead = IDBPObjectStore<ShortlistDB, AnyStores, 'firstReadings', 'readonly' | 'readwrite'>;
export type FirstReadingStoreWrite = IDBPObjectStore<ShortlistDB, AnyStores, 'firstReadings', 'readwrite'>;

/** The two stores a creator's readings are in, as opened by one transaction. */
export interface HistoryStores<H = HistoryStoreRead, F = FirstReadingStoreRead> {
  rows: H;
  first: F;
}

/** The follower reading a snapshot holds; null when the page showed no follower count. */
export function readingFromSnapshot(snapshot: Snapshot): StoredReading | null {
  const { platform, handle, followers, following, postsCount, capturedAt } = snapshot.creator;
  if (followers === null) return null;
  return { key: shortlistKey(platform, handle), at: isoInstant(capturedAt) ?? new Date(capturedAt).toISOString(), followers, following, postsCount };
}

function byTime(a: StoredReading, b: StoredReading): number {
  return a.at < b.at ? -1 : a.at > b.at ? 1 : 0;
}

function checkedReadings(rows: readonly unknown[]): StoredReading[] {
  return rows
    .flatMap((row) => {
      const parsed = StoredReadingSchema.safeParse(row);
      return parsed.success ? [parsed.data] : [];
    })
    .sort(byTime);
}

/** A creator's readings, oldest first; rows that fail the schema are left out. */
export async function readHistory({ rows, first }: HistoryStores, key: string): Promise<StoredReading[]> {
  const [stored, bucket] = await Promise.all([rows.index('by-key').getAll(key), first.get(bucketOf(key))]);
  const firstReading = itemsByKey(bucket).get(key);
  return checkedReadings(firstReading === undefined ? stored : [...stored, firstReading]);
}

/** Every stored reading, unchecked (read them with StoredReadingSchema): the history rows, then the first readings (which have no `id`). */
export async function allReadings({ rows, first }: HistoryStores): Promise<StoredHistoryRow[]> {
  const [stored, buckets] = await Promise.all([rows.getAll(), first.getAll()]);
  return [...stored, ...buckets.flatMap((bucket) => [...itemsByKey(bucket).values()] as StoredHistoryRow[])];
}

export type RecordOutcome = 'added' | 'replaced' | 'ignored';

/**
 * Changes to readings within one readwrite transaction. The first-reading buckets are read once and
 * written by flush(): call it once, after the last change and before reading the stores directly.
 */
export interface HistoryWriter {
  /** Add a reading, or let it replace the latest one when it falls within the merge window after it. */
  record(point: StoredReading): Promise<RecordOutcome>;
  /**
   * The first readings of creators that have none yet (check with keysWithReadings()), into the
   * buckets: no history row of their own.
   */
  addFirst(points: readonly StoredReading[]): Promise<void>;
  /** A creator's readings as stored, unchecked and unsorted; its first reading has no `id`. */
  storedOf(key: string): Promise<StoredHistoryRow[]>;
  /** Put `point` where `stored` (one of storedOf()) is. */
  replace(stored: StoredHistoryRow, point: StoredReading): Promise<void>;
  /** Delete a creator's readings and hand them back as stored, so an undo can put them back (as history rows). */
  delete(key: string): Promise<StoredHistoryRow[]>;
  /**
   * Those of `among` that have any reading: one walk over the distinct keys of the history index and
   * one read of their buckets. An import of thousands of new creators then adds each one's first
   * reading without asking about it one by one (5,000 lookups were a fifth of an import's time).
   */
  keysWithReadings(among: Iterable<string>): Promise<Set<string>>;
  /** Write the first-reading buckets of `numbers` now (see BucketWriter.flushSome). */
  flushSome(numbers: Iterable<number>): Promise<void>;
  flush(): Promise<void>;
}

export function historyWriter({ rows, first }: HistoryStores<HistoryStoreWrite, FirstReadingStoreWrite>): HistoryWriter {
  const buckets = bucketWriter<StoredReading>(first);

  async function storedOf(key: string): Promise<StoredHistoryRow[]> {
    const [stored, firstReading] = await Promise.all([rows.index('by-key').getAll(key), buckets.get(key)]);
    return firstReading === undefined ? stored : [...stored, firstReading as StoredHistoryRow];
  }

  async function replace(stored: StoredHistoryRow, point: StoredReading): Promise<void> {
    if (stored.id !== undefined) await rows.put({ ...point, id: stored.id });
    else await buckets.put(point);
  }

  return {
    storedOf,
    replace,

    async record(point) {
      const at = new Date(point.at).toISOString();
      let latest: StoredHistoryRow | undefined;
      for (const row of await storedOf(point.key)) if (!latest || row.at > latest.at) latest = row;
      if (latest) {
        const gap = Date.parse(at) - Date.parse(latest.at);
        if (Math.abs(gap) < HISTORY_MERGE_WINDOW_MS) {
          // An older reading than the one we hold adds nothing inside the window.
          if (gap < 0) return 'ignored';
          await replace(latest, { ...point, at });
          return 'replaced';
        }
      }
      await rows.add({ ...point, at });
      return 'added';
    },

    addFirst: (points) => buckets.putMany(points),

    async delete(key) {
      const stored = await storedOf(key);
      for (const row of stored) {
        if (row.id !== undefined) await rows.delete(row.id);
        else await buckets.delete(key);
      }
      return stored;
    },

    async keysWithReadings(among) {
      const wanted = new Set(among);
      const keys = new Set<string>();
      const walk = (async () => {
        for (let cursor = await rows.index('by-key').openKeyCursor(null, 'nextunique'); cursor; cursor = await cursor.continue()) {
          if (wanted.has(cursor.key)) keys.add(cursor.key);
        }
      })();
      for (const key of await buckets.keysAmong(wanted)) keys.add(key);
      await walk;
      return keys;
    },

    flushSome: (numbers) => buckets.flushSome(numbers),
    flush: () => buckets.flush(),
  };
}
