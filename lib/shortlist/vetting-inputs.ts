import type { IDBPTransaction } from 'idb';
import type { CreatorEvidence } from '../contracts/evidence';
import type { CampaignBrief } from '../contracts/report';
import { StoredReadingSchema, type StoredReading } from '../contracts/shortlist-entry';
import { readBrief } from './brief-store';
import type { Connection, StoreName } from './connection';
import { CREATOR_STORE_NAMES } from './creator-rows';
import type { ShortlistDB } from './db';
import { invalidInput } from './errors';
import { readEvidence } from './evidence-store';
import { historyWriter, readHistory } from './history-store';
import { RETENTION_STORE_NAMES, pruneCreator, wholePruneDue } from './retention';

/** Everything vetting a creator reads from the shortlist database. */
export interface VettingInputs {
  /** The creator's readings, oldest first (with `reading` among them when it was recorded). */
  history: StoredReading[];
  evidence: CreatorEvidence | null;
  brief: CampaignBrief | null;
  /** The once-a-day prune of every creator is due (lib/shortlist/browsing-api.ts runs it). */
  pruneDue: boolean;
}

/**
 * Record the reading (when given), prune this creator's old rows, and read what vetting needs, in
 * one transaction: a reading is on the clock of every badge, and each transaction is a round trip
 * to the database's thread. The transaction commits before this resolves, so the history handed
 * back is what is stored; a refused write aborts all of it and rejects (the caller reads again
 * without recording).
 */
export function readVettingInputs({ run }: Pick<Connection, 'run'>, key: string, options: { reading: StoredReading | null; now: Date }): Promise<VettingInputs> {
  const reading = options.reading === null ? null : StoredReadingSchema.safeParse(options.reading);
  if (reading && !reading.success) return Promise.reject(invalidInput('follower reading', reading.error.issues));
  const stores = [...CREATOR_STORE_NAMES, 'settings', 'briefs', ...RETENTION_STORE_NAMES] as StoreName[];
  if (!reading) return run(stores, 'readonly', (tx) => readAll(tx, key, options.now));
  return run(stores, 'readwrite', async (tx) => {
    const history = historyWriter({ rows: tx.objectStore('history'), first: tx.objectStore('firstReadings') });
    await history.record(reading.data);
    await history.flush();
    await pruneCreator(tx, key, options.now);
    return readAll(tx, key, options.now);
  });
}

async function readAll(tx: IDBPTransaction<ShortlistDB, StoreName[], 'readonly' | 'readwrite'>, key: string, now: Date): Promise<VettingInputs> {
  const settings = tx.objectStore('settings');
  const [history, evidence, activeId, lastPruned] = await Promise.all([
    readHistory({ rows: tx.objectStore('history'), first: tx.objectStore('firstReadings') }, key),
    readEvidence(tx.objectStore('evidence'), key),
    settings.get('activeBriefId'),
    settings.get('lastPrunedAt'),
  ]);
  const brief = typeof activeId === 'string' ? await readBrief(tx.objectStore('briefs'), activeId) : null;
  return { history, evidence, brief, pruneDue: wholePruneDue(lastPruned, now) };
}
