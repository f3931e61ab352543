import { wrap, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { StoredReading } from '../contracts/shortlist-entry';
import { StoreError, toStoreError } from './errors';
import { creatorRowV1ToV2, historySeedFromV1Row } from './upgrade-v2';
import { summaryWriter } from './summary-buckets';
import { creatorRowV2ToV3 } from './upgrade-v3';
import { summaryV3ToV4 } from './upgrade-v4';

export const DEFAULT_DB_NAME = 'vetted';

/**
 * 1: creators {key, report, savedAt, updatedAt} by updatedAt; briefs; settings.
 * 2: creators gain status/tags/notes/brief/promo/tracking and indexes by status and platform;
 *    history (follower readings) is added and seeded from what v1 rows already hold.
 * 3: summaries (a small record per creator, for the lists, kept in 64 bucket rows) are added and
 *    built from the creators; a creator's report is stored without the snapshot it shares with the
 *    row (see stored-row.ts).
 * 4: summaries rebuilt, so that they carry the verdict as version 2 reports state it (its
 *    line, `fitSummary`, and no verdict its evidence cannot carry); see upgrade-v4.ts.
 * 5: evidence (what a creator's post pages showed: their posts and comment samples, commenters
 *    only as keyed hashes) is added, one row per creator; no existing row changes.
 * 6: firstReadings (the first follower reading of each creator an import adds, in 64 bucket rows
 *    numbered as the summaries' are, instead of one history row each) is added; a creator's readings
 *    are its history rows and its first reading there, if any (see history-store.ts). No existing row
 *    changes: readings stored as history rows stay there.
 * 7: importedCreators (the creators a sheet import adds, in 256 bucket rows, instead of a creators
 *    row each) and importedCreatorIndex (each of those buckets' keys, statuses and platforms) are
 *    added; see creator-rows.ts. No existing row changes: creators stored as rows stay there.
 * Each version has an example database under tests/lib/shortlist/schema-examples, used by the upgrade tests.
 */
export const DB_VERSION = 7;

/** A row as read back: its shape is checked (and repaired) by the reader, never trusted. */
export type StoredRow = { key: string } & Record<string, unknown>;
export type StoredHistoryRow = StoredReading & { id?: number };
export type StoredBriefRow = { id: string } & Record<string, unknown>;
/** A bucket of summaries as read back (see summary-buckets.ts): each item is checked by the reader. */
export type StoredSummaryBucket = unknown;
/** A bucket of first readings as read back: each item is checked with StoredReadingSchema by the reader. */
export type StoredFirstReadingBucket = unknown;
/** A bucket of imported creators as read back: an array of creator rows, each checked by the reader as any row. */
export type StoredCreatorBucket = unknown;
/** What importedCreatorIndex holds of a bucket, as read back: an array of {key, status, platform}, each checked by the reader. */
export type StoredCreatorIndexBucket = unknown;
/** A creator's post-page evidence as read back: checked with CreatorEvidenceSchema, a broken row skipped. */
export type StoredEvidenceRow = { key: string } & Record<string, unknown>;

export interface ShortlistDB extends DBSchema {
  creators: {
    key: string;
    value: StoredRow;
    indexes: { 'by-updatedAt': string; 'by-status': string; 'by-platform': string };
  };
  /** Keyed by bucket number (importedBucketOf in creator-rows.ts); a creator is here or in `creators`. */
  importedCreators: { key: number; value: StoredCreatorBucket };
  /** Keyed as importedCreators, written with it: the key, status and platform of each creator in that bucket. */
  importedCreatorIndex: { key: number; value: StoredCreatorIndexBucket };
  /** Keyed by bucket number. */
  summaries: { key: number; value: StoredSummaryBucket };
  history: {
    key: number;
    value: StoredHistoryRow;
    indexes: { 'by-key': string };
  };
  /** Keyed by bucket number (bucketOf in summary-buckets.ts); at most one reading per creator. */
  firstReadings: { key: number; value: StoredFirstReadingBucket };
  briefs: { key: string; value: StoredBriefRow };
  /** Keyed by "platform:handle"; `by-key` on the same field so that retention treats it as every per-creator store. */
  evidence: { key: string; value: StoredEvidenceRow; indexes: { 'by-key': string } };
  settings: { key: SettingName; value: unknown };
}

/** `commenterKey`: the per-install key commenters are hashed with (lib/shortlist/commenter-key.ts). */
export type SettingName = 'activeBriefId' | 'lastExportAt' | 'unsavedChanges' | 'lastPrunedAt' | 'commenterKey';
export type ShortlistDatabase = IDBPDatabase<ShortlistDB>;
type UpgradeTransaction = IDBPTransaction<ShortlistDB, StoreNames<ShortlistDB>[], 'versionchange'>;

async function migrateCreatorsToV2(tx: UpgradeTransaction): Promise<void> {
  const history = tx.objectStore('history');
  let cursor = await tx.objectStore('creators').openCursor();
  while (cursor) {
    const seed = historySeedFromV1Row(cursor.value);
    await cursor.update(creatorRowV1ToV2(cursor.value) as StoredRow);
    if (seed) await history.add(seed);
    cursor = await cursor.continue();
  }
}

/**
 * Rows read in batches and written without waiting on each other, rather than one cursor step per
 * row: at 10,000 creators the whole upgrade takes seconds, and every round trip counts.
 */
const UPGRADE_BATCH = 250;

async function migrateCreatorsToV3(tx: UpgradeTransaction): Promise<void> {
  const creators = tx.objectStore('creators');
  const summaries = summaryWriter(tx.objectStore('summaries'));
  let after: IDBValidKey | undefined;
  for (;;) {
    const range = after === undefined ? undefined : IDBKeyRange.lowerBound(after, true);
    const [rows, keys] = await Promise.all([creators.getAll(range, UPGRADE_BATCH), creators.getAllKeys(range, UPGRADE_BATCH)]);
    if (rows.length === 0) break;
    const writes: Array<Promise<unknown>> = [];
    rows.forEach((stored) => {
      const { row, summary } = creatorRowV2ToV3(stored);
      if (row !== stored) writes.push(creators.put(row as StoredRow));
      if (summary) writes.push(summaries.put(summary));
    });
    await Promise.all(writes);
    after = keys[keys.length - 1];
  }
  await summaries.flush();
}

async function migrateSummariesToV4(tx: UpgradeTransaction): Promise<void> {
  const creators = tx.objectStore('creators');
  const summaries = summaryWriter(tx.objectStore('summaries'));
  let after: IDBValidKey | undefined;
  for (;;) {
    const range = after === undefined ? undefined : IDBKeyRange.lowerBound(after, true);
    const [rows, keys] = await Promise.all([creators.getAll(range, UPGRADE_BATCH), creators.getAllKeys(range, UPGRADE_BATCH)]);
    if (rows.length === 0) break;
    const writes: Array<Promise<unknown>> = [];
    rows.forEach((stored, i) => {
      const summary = summaryV3ToV4(stored);
      const key = keys[i];
      if (summary) writes.push(summaries.put(summary));
      else if (typeof key === 'string') writes.push(summaries.delete(key));
    });
    await Promise.all(writes);
    after = keys[keys.length - 1];
  }
  await summaries.flush();
}

async function inOrder(steps: ReadonlyArray<() => Promise<void>>): Promise<void> {
  for (const step of steps) await step();
}

function upgradeShortlist(db: ShortlistDatabase, oldVersion: number, tx: UpgradeTransaction): void {
  // Store and index changes happen at once; the row conversions run after, one version after the
  // other, because each expects the rows as the previous one left them.
  const migrations: Array<() => Promise<void>> = [];
  if (oldVersion < 1) {
    const creators = db.createObjectStore('creators', { keyPath: 'key' });
    creators.createIndex('by-updatedAt', 'updatedAt');
    db.createObjectStore('briefs', { keyPath: 'id' });
    db.createObjectStore('settings');
  }
  if (oldVersion < 2) {
    const creators = tx.objectStore('creators');
    creators.createIndex('by-status', 'status');
    creators.createIndex('by-platform', 'platform');
    const history = db.createObjectStore('history', { keyPath: 'id', autoIncrement: true });
    history.createIndex('by-key', 'key');
    migrations.push(() => migrateCreatorsToV2(tx));
  }
  if (oldVersion < 3) {
    db.createObjectStore('summaries');
    migrations.push(() => migrateCreatorsToV3(tx));
  }
  // From version 3 only: an older database gets its summaries from the version 3 step, which
  // already builds them with today's code.
  if (oldVersion === 3) migrations.push(() => migrateSummariesToV4(tx));
  if (oldVersion < 5) db.createObjectStore('evidence', { keyPath: 'key' }).createIndex('by-key', 'key');
  if (oldVersion < 6) db.createObjectStore('firstReadings');
  if (oldVersion < 7) {
    db.createObjectStore('importedCreators');
    db.createObjectStore('importedCreatorIndex');
  }
  // Aborting the versionchange transaction leaves the database at its old version with every
  // row as it was: a failed migration must fail the open, not half-convert the shortlist.
  inOrder(migrations).catch(() => abortQuietly(tx));
}

function abortQuietly(tx: { abort(): void }): void {
  try {
    tx.abort();
  } catch {
    // Already finished or aborted.
  }
}

export interface OpenHooks {
  /** Another tab wants a newer version: this connection has been closed. */
  onBlocking?: () => void;
  /** The browser closed the connection (storage cleared, disk gone). */
  onTerminated?: () => void;
}

/**
 * idb's openDB, but on the IDBFactory passed in (so a test can inject a failing one) and with the
 * failures a user can meet mapped to StoreError:
 * - a synchronous throw or an error event on open (Firefox private mode: InvalidStateError) → 'unavailable';
 * - `blocked` (an older connection in another tab does not close) → 'blocked' at once rather than
 *   waiting forever; if the open later goes through, that late connection is closed.
 */
export function openShortlistDatabase(name: string, factory: IDBFactory | undefined, hooks: OpenHooks = {}): Promise<ShortlistDatabase> {
  if (!factory) return Promise.reject(new StoreError('unavailable', 'no IndexedDB in this context'));
  let request: IDBOpenDBRequest;
  try {
    request = factory.open(name, DB_VERSION);
  } catch (error) {
    return Promise.reject(toStoreError(error, true));
  }
  return new Promise((resolve, reject) => {
    let settled = false;
    request.addEventListener('upgradeneeded', (event) => {
      const db = wrap(request.result) as unknown as ShortlistDatabase;
      const tx = wrap(request.transaction as IDBTransaction) as unknown as UpgradeTransaction;
      // A failed upgrade is reported through the open request's error; this promise says it again.
      tx.done.catch(() => undefined);
      try {
        upgradeShortlist(db, event.oldVersion, tx);
      } catch {
        if (request.transaction) abortQuietly(request.transaction);
      }
    });
    request.addEventListener('blocked', () => {
      if (settled) return;
      settled = true;
      reject(new StoreError('blocked', `opening "${name}" v${DB_VERSION} is blocked by an open connection`));
    });
    request.addEventListener('success', () => {
      const raw = request.result;
      if (settled) {
        raw.close();
        return;
      }
      settled = true;
      raw.addEventListener('versionchange', () => {
        raw.close();
        hooks.onBlocking?.();
      });
      raw.addEventListener('close', () => hooks.onTerminated?.());
      resolve(wrap(raw) as unknown as ShortlistDatabase);
    });
    request.addEventListener('error', (event) => {
      // Handled here; do not let it bubble as an uncaught error.
      event.preventDefault();
      if (settled) return;
      settled = true;
      reject(toStoreError(request.error, true));
    });
  });
}
