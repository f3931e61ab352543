import type { Snapshot } from '../contracts/creator';
import { readingFromSnapshot } from '../shortlist/history-store';
import { openShortlist } from '../shortlist/repository';
import type { VettingStore } from './vet-snapshot';

/** The shortlist database as the vetting store: follower readings, post-page evidence and the active brief. */
export async function openShortlistVettingStore(idbFactory?: IDBFactory): Promise<VettingStore & { close(): void }> {
  const shortlist = await openShortlist(undefined, idbFactory ? { idbFactory } : {});
  return {
    async recordReading(snapshot: Snapshot, now: Date) {
      const point = readingFromSnapshot(snapshot);
      if (!point) return;
      await shortlist.addReading(point);
      // Readings of a creator not on the shortlist are kept 30 days (README "Privacy"): this
      // creator's older ones go now, everyone else's once a day.
      await shortlist.browsing.prune(now, { key: point.key });
      await shortlist.browsing.prune(now);
    },
    readHistory: (key) => shortlist.history(key),
    activeBrief: () => shortlist.briefs.getActive(),
    readEvidence: (key) => shortlist.evidence.get(key),
    close: () => shortlist.close(),
  };
}
