import type { Snapshot } from '../contracts/creator';
import { readingFromSnapshot } from '../shortlist/history-store';
import { openShortlist } from '../shortlist/repository';
import type { VettingStore } from './vet-snapshot';

/**
 * The shortlist database as the vetting store: follower readings, post-page evidence and the active
 * brief. `onLost`: called when a newer version of the database asks for it to be closed.
 */
export async function openShortlistVettingStore(idbFactory?: IDBFactory, onLost?: () => void): Promise<VettingStore & { close(): void }> {
  const shortlist = await openShortlist(undefined, { ...(idbFactory ? { idbFactory } : {}), ...(onLost ? { onBlocking: onLost } : {}) });
  // Started before close() so that its transaction exists: a closing connection still lets it finish.
  const pruneAll = (now: Date) => void shortlist.browsing.prune(now).catch(() => undefined);
  return {
    async gather(snapshot: Snapshot, now: Date, record: boolean) {
      const key = `${snapshot.creator.platform}:${snapshot.creator.handle}`;
      const reading = record ? readingFromSnapshot(snapshot) : null;
      const inputs = await shortlist.vettingInputs(key, { reading, now });
      // Readings of a creator not on the shortlist are kept 30 days (README "Privacy"): this
      // creator's older ones went in the same transaction, everyone else's go once a day, after.
      if (reading && inputs.pruneDue) pruneAll(now);
      return inputs;
    },
    async recordReading(snapshot: Snapshot, now: Date) {
      const point = readingFromSnapshot(snapshot);
      if (!point) return;
      await shortlist.addReading(point);
      await shortlist.browsing.prune(now, { key: point.key });
      await shortlist.browsing.prune(now);
    },
    readHistory: (key) => shortlist.history(key),
    activeBrief: () => shortlist.briefs.getActive(),
    readEvidence: (key) => shortlist.evidence.get(key),
    close: () => shortlist.close(),
  };
}
