import type { IDBPTransaction, StoreNames } from 'idb';
import { allCreatorKeys, CREATOR_STORE_NAMES, creatorStoresOf } from './creator-rows';
import type { ShortlistDB } from './db';
import { RETENTION_STORE_NAMES, pruneBrowsing, pruneCreator, retentionCutoff, wholePruneDue } from './retention';

type Stores = Array<StoreNames<ShortlistDB>>;
type Run = <T>(stores: Stores, body: (tx: IDBPTransaction<ShortlistDB, Stores, 'readwrite'>) => Promise<T>) => Promise<T>;

/** What is kept of creators who are not on the shortlist (README "Privacy"). */
export interface BrowsingApi {
  /**
   * Remove what is older than the retention period (30 days) of creators not on the shortlist.
   * `key`: only that creator's rows (cheap; after each reading). Otherwise the whole database, at
   * most once a day unless `force`. Returns how many rows went.
   */
  prune(now: Date, options?: { key?: string; force?: boolean }): Promise<number>;
  /** "Clear browsing history": everything stored about creators not on the shortlist. Returns how many rows went. */
  clear(): Promise<number>;
}

const total = (removed: Record<string, number>) => Object.values(removed).reduce((a, b) => a + b, 0);

export function createBrowsingApi(run: Run): BrowsingApi {
  const stores: Stores = [...CREATOR_STORE_NAMES, 'settings', ...RETENTION_STORE_NAMES];
  const shortlistedIn = async (tx: Parameters<Parameters<Run>[1]>[0]) =>
    new Set(await allCreatorKeys(creatorStoresOf(tx)));
  return {
    prune: (now, { key, force = false } = {}) =>
      run(stores, async (tx) => {
        const settings = tx.objectStore('settings');
        if (key !== undefined) return total(await pruneCreator(tx, key, now));
        if (!force && !wholePruneDue(await settings.get('lastPrunedAt'), now)) return 0;
        const shortlisted = await shortlistedIn(tx);
        const removed = await pruneBrowsing(tx, { shortlisted, before: retentionCutoff(now) });
        await settings.put(now.toISOString(), 'lastPrunedAt');
        return total(removed);
      }),
    clear: () =>
      run(stores, async (tx) => {
        const shortlisted = await shortlistedIn(tx);
        return total(await pruneBrowsing(tx, { shortlisted, before: null }));
      }),
  };
}
