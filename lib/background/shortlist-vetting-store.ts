import type { Snapshot } from '../contracts/creator';
import { historyPointFromSnapshot } from '../shortlist/history-store';
import { openShortlist } from '../shortlist/repository';
import type { VettingStore } from './vet-snapshot';

/** The shortlist database as the vetting store: history points and the active brief. */
export async function openShortlistVettingStore(idbFactory?: IDBFactory): Promise<VettingStore & { close(): void }> {
  const shortlist = await openShortlist(undefined, idbFactory ? { idbFactory } : {});
  return {
    async recordReading(snapshot: Snapshot) {
      const point = historyPointFromSnapshot(snapshot);
      if (point) await shortlist.addHistoryPoint(point);
    },
    readHistory: (key) => shortlist.history(key),
    activeBrief: () => shortlist.briefs.getActive(),
    close: () => shortlist.close(),
  };
}
