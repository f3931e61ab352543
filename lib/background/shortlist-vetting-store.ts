import type { Snapshot } from '../contracts/creator';
import { historyPointFromSnapshot } from '../shortlist/history-store';
import { openShortlist } from '../shortlist/repository';
import type { VettingStore } from './vet-snapshot';

/** The shortlist database as the vetting store: history points and the active brief. */
export async function openShortlistVettingStore(idbFactory?: IDBFactory): Promise<VettingStore & { close(): void }> {
  const shortlist = await openShortlist(undefined, idbFactory ? { idbFactory } : {});
  return {
    async recordAndReadHistory(snapshot: Snapshot) {
      const point = historyPointFromSnapshot(snapshot);
      if (point) await shortlist.addHistoryPoint(point);
      return shortlist.history(`${snapshot.creator.platform}:${snapshot.creator.handle}`);
    },
    activeBrief: () => shortlist.briefs.getActive(),
    close: () => shortlist.close(),
  };
}
