import type { IDBPObjectStore, StoreNames } from 'idb';
import type { Snapshot } from '../contracts/creator';
import { StoredReadingSchema, shortlistKey, type StoredReading } from '../contracts/shortlist-entry';
import type { ShortlistDB, StoredHistoryRow } from './db';

/**
 * Readings closer than this to the last one replace it: a creator looked at ten times in an
 * afternoon is one point on the growth chart, not ten.
 */
export const HISTORY_MERGE_WINDOW_MS = 60 * 60 * 1000;

type AnyStores = ArrayLike<StoreNames<ShortlistDB>>;
export type HistoryStoreRead = IDBPObjectStore<ShortlistDB, AnyStores, 'history', 'readonly' | 'readwrite'>;
export type HistoryStoreWrite = IDBPObjectStore<ShortlistDB, AnyStores, 'history', 'readwrite'>;

/** The follower reading a snapshot holds; null when the page showed no follower count. */
export function readingFromSnapshot(snapshot: Snapshot): StoredReading | null {
  const { platform, handle, followers, following, postsCount, capturedAt } = snapshot.creator;
  if (followers === null) return null;
  return { key: shortlistKey(platform, handle), at: new Date(capturedAt).toISOString(), followers, following, postsCount };
}

export type RecordOutcome = 'added' | 'replaced' | 'ignored';

/** Add a reading, or let it replace the latest one when it falls within the merge window after it. */
export async function recordReading(store: HistoryStoreWrite, point: StoredReading): Promise<RecordOutcome> {
  const at = new Date(point.at).toISOString();
  const rows = await store.index('by-key').getAll(point.key);
  let latest: StoredHistoryRow | undefined;
  for (const row of rows) if (!latest || row.at > latest.at) latest = row;
  if (latest) {
    const gap = Date.parse(at) - Date.parse(latest.at);
    if (Math.abs(gap) < HISTORY_MERGE_WINDOW_MS) {
      // An older reading than the one we hold adds nothing inside the window.
      if (gap < 0) return 'ignored';
      await store.put({ ...point, at, id: latest.id });
      return 'replaced';
    }
  }
  await store.add({ ...point, at });
  return 'added';
}

/**
 * The creators that have any reading: one walk over the distinct keys of the key index. An import of
 * thousands of new creators then adds each one's first reading without asking the index about it
 * one by one (5,000 lookups were a fifth of an import's time, bench:shortlist profile).
 */
export async function keysWithReadings(store: HistoryStoreRead): Promise<Set<string>> {
  const keys = new Set<string>();
  for (let cursor = await store.index('by-key').openKeyCursor(null, 'nextunique'); cursor; cursor = await cursor.continue()) keys.add(cursor.key);
  return keys;
}

/** A creator's readings, oldest first; rows that fail the schema are left out. */
export async function readHistory(store: HistoryStoreRead, key: string): Promise<StoredReading[]> {
  const rows = await store.index('by-key').getAll(key);
  return rows
    .flatMap((row) => {
      const parsed = StoredReadingSchema.safeParse(row);
      return parsed.success ? [parsed.data] : [];
    })
    .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
}

/** Delete a creator's readings and hand them back as stored, so an undo can put them back. */
export async function deleteHistory(store: HistoryStoreWrite, key: string): Promise<StoredHistoryRow[]> {
  const rows = await store.index('by-key').getAll(key);
  for (const row of rows) if (row.id !== undefined) await store.delete(row.id);
  return rows;
}
