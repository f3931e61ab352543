import type { Snapshot } from '../contracts/creator';
import type { CampaignBrief, FollowerPoint, VettingReport } from '../contracts/report';
import { DEFAULT_BRIEF } from '../scoring/default-brief';
import { vet } from '../vetting/vet';

/** What vetting needs from storage: the creator's follower history and the active brief. */
export interface VettingStore {
  /** Record this snapshot's follower count (merged with one less than an hour old) and return the history, oldest first. */
  recordAndReadHistory(snapshot: Snapshot): Promise<FollowerPoint[]>;
  activeBrief(): Promise<CampaignBrief | null>;
  close?(): void;
}

/**
 * Vet a validated snapshot with the active brief and the creator's local history. When storage
 * is unavailable (Firefox private windows refuse IndexedDB) the report is still computed, with
 * the default brief and no history, and says so through its confidence and unknown signals.
 */
export function createVetSnapshot(openStore: () => Promise<VettingStore>, log: (line: string) => void = () => {}) {
  return async function vetSnapshot(snapshot: Snapshot, now: Date): Promise<VettingReport> {
    let history: FollowerPoint[] = [];
    let brief: CampaignBrief = DEFAULT_BRIEF;
    let store: VettingStore | null = null;
    try {
      store = await openStore();
      history = await store.recordAndReadHistory(snapshot);
      brief = (await store.activeBrief()) ?? DEFAULT_BRIEF;
    } catch (error) {
      log(`vetting without stored history or brief: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      store?.close?.();
    }
    return vet({ snapshot, brief, history, now });
  };
}
