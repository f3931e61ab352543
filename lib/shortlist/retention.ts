import type { IDBPTransaction, StoreNames } from 'idb';
import { creatorStoresOf, hasCreator } from './creator-rows';
import type { ShortlistDB, StoredEvidenceRow } from './db';
import { withoutSamplesBefore } from './evidence-store';
import { bucketOf, itemsByKey } from './summary-buckets';

/**
 * How long Vetted keeps what it read about a creator who is not on the shortlist: long enough for
 * the growth signals of a creator looked at again within a month, short enough that the extension
 * is not a log of every profile the user ever opened. Shortlisted creators keep theirs indefinitely.
 */
export const BROWSING_RETENTION_DAYS = 30;
const DAY_MS = 86_400_000;

/** How often the background prunes the whole database (each reading also prunes its own creator). */
export const PRUNE_INTERVAL_MS = DAY_MS;

/**
 * An object store that holds evidence about one creator per row, named by its `platform:handle`
 * key. Every such store is listed in PER_CREATOR_STORES and pruned by the same functions, so that
 * evidence added later (a creator's posts and comments) is kept and cleared by the same rules.
 */
export interface PerCreatorStore {
  store: PerCreatorStoreName;
  /** The index on the creator's key. */
  keyIndex: 'by-key';
  /** The field that dates a row (ISO 8601), for the retention cut-off. */
  dateField: string;
  /**
   * For a row that gathers readings of several dates: the row without those dated before the
   * cut-off (a time in ms), or null when it holds none. The row itself goes by `dateField`.
   */
  olderParts?: (row: unknown, before: number) => StoredEvidenceRow | null;
}

export type PerCreatorStoreName = Extract<StoreNames<ShortlistDB>, 'history' | 'evidence'>;

export const PER_CREATOR_STORES: readonly PerCreatorStore[] = [
  { store: 'history', keyIndex: 'by-key', dateField: 'at' },
  // One row per creator, dated by its last post page: a creator whose posts were last opened a month
  // ago goes whole; before that, each post's comments go 30 days after they were read.
  { store: 'evidence', keyIndex: 'by-key', dateField: 'updatedAt', olderParts: withoutSamplesBefore },
];

export const PER_CREATOR_STORE_NAMES: PerCreatorStoreName[] = PER_CREATOR_STORES.map((s) => s.store);

/**
 * Every store the prune changes: the per-creator stores, and the first-reading buckets (several
 * creators per row, see history-store.ts), pruned by the same rule reading by reading.
 */
export type RetentionStoreName = PerCreatorStoreName | 'firstReadings';
export const RETENTION_STORE_NAMES: RetentionStoreName[] = [...PER_CREATOR_STORE_NAMES, 'firstReadings'];

type PruneTransaction = IDBPTransaction<ShortlistDB, Array<StoreNames<ShortlistDB>>, 'readwrite'>;

export interface PruneOptions {
  /** Rows of a creator on the shortlist are never pruned. */
  shortlisted: ReadonlySet<string>;
  /** Rows dated before this go; null: every row of a creator not on the shortlist goes. */
  before: Date | null;
  /** Only this creator's rows (one reading's own prune); all creators when absent. */
  key?: string;
}

export function retentionCutoff(now: Date): Date {
  return new Date(now.getTime() - BROWSING_RETENTION_DAYS * DAY_MS);
}

/**
 * Whether the once-a-day prune of the whole database is due, from when it last ran (`lastPrunedAt`,
 * an ISO date; anything else reads as never). A last run dated in the future (a clock set back) makes it due.
 */
export function wholePruneDue(last: unknown, now: Date): boolean {
  const lastTime = typeof last === 'string' ? Date.parse(last) : NaN;
  return Number.isNaN(lastTime) || now.getTime() - lastTime >= PRUNE_INTERVAL_MS || lastTime > now.getTime();
}

/** A row's date as a time, or -Infinity for a row without a readable one (pruned as the oldest). */
function timeOf(row: unknown, field: string): number {
  const value = row !== null && typeof row === 'object' ? (row as Record<string, unknown>)[field] : undefined;
  const time = typeof value === 'string' ? Date.parse(value) : NaN;
  return Number.isNaN(time) ? Number.NEGATIVE_INFINITY : time;
}

/**
 * Delete, from every per-creator store, the rows of creators not on the shortlist that are older
 * than `before` (or all of them), and the older readings inside the rows that stay; and such
 * creators' first readings from their buckets. Runs inside the caller's readwrite transaction over
 * RETENTION_STORE_NAMES; returns how many rows (first readings: readings) went, per store.
 */
export async function pruneBrowsing(tx: PruneTransaction, options: PruneOptions): Promise<Record<RetentionStoreName, number>> {
  const removed = {} as Record<RetentionStoreName, number>;
  const limit = options.before === null ? Number.POSITIVE_INFINITY : options.before.getTime();
  for (const { store, keyIndex, dateField, olderParts } of PER_CREATOR_STORES) {
    removed[store] = 0;
    if (options.key !== undefined && options.shortlisted.has(options.key)) continue;
    const objects = tx.objectStore(store);
    let cursor = await (options.key === undefined ? objects.openCursor() : objects.index(keyIndex).openCursor(options.key));
    while (cursor) {
      const row = cursor.value as { key?: unknown };
      const key = typeof row.key === 'string' ? row.key : null;
      if (key === null || !options.shortlisted.has(key)) {
        if (timeOf(row, dateField) < limit) {
          await cursor.delete();
          removed[store] += 1;
        } else {
          const kept = olderParts?.(row, limit);
          if (kept) await cursor.update(kept);
        }
      }
      cursor = await cursor.continue();
    }
  }
  removed.firstReadings = await pruneFirstReadings(tx, options, limit);
  return removed;
}

/** The first readings pruneBrowsing() removes: bucket by bucket, each rewritten only when one goes. */
async function pruneFirstReadings(tx: PruneTransaction, options: PruneOptions, limit: number): Promise<number> {
  if (options.key !== undefined && options.shortlisted.has(options.key)) return 0;
  const buckets = tx.objectStore('firstReadings');
  const goes = (item: unknown, key: string) => (options.key === undefined || key === options.key) && !options.shortlisted.has(key) && timeOf(item, 'at') < limit;
  let removed = 0;
  const range = options.key === undefined ? null : bucketOf(options.key);
  for (let cursor = await buckets.openCursor(range); cursor; cursor = await cursor.continue()) {
    const items = itemsByKey(cursor.value);
    const kept = [...items].filter(([key, item]) => !goes(item, key));
    if (kept.length === items.size) continue;
    removed += items.size - kept.length;
    if (kept.length) await cursor.update(kept.map(([, item]) => item));
    else await cursor.delete();
  }
  return removed;
}

/** One creator's own prune, as after each reading: their rows past retention go unless they are on the shortlist. */
export async function pruneCreator(tx: PruneTransaction, key: string, now: Date): Promise<Record<RetentionStoreName, number>> {
  const shortlisted = await hasCreator(creatorStoresOf(tx), key);
  return pruneBrowsing(tx, { shortlisted: new Set(shortlisted ? [key] : []), before: retentionCutoff(now), key });
}
