import type { Snapshot } from '../contracts/creator';
import type { CreatorEvidence } from '../contracts/evidence';
import type { CampaignBrief, FollowerReading, VettingReport } from '../contracts/report';
import { DEFAULT_BRIEF } from '../scoring/default-brief';
import { vet } from '../vetting/vet';

/** What vetting needs from storage: the creator's follower history and the active brief. */
export interface VettingStore {
  /** Record this snapshot's follower count (merged with one less than an hour old). */
  recordReading(snapshot: Snapshot, now: Date): Promise<void>;
  /** The creator's readings, oldest first. */
  readHistory(key: string): Promise<FollowerReading[]>;
  activeBrief(): Promise<CampaignBrief | null>;
  /** What the creator's post pages showed; a store without it vets the profile alone. */
  readEvidence?(key: string): Promise<CreatorEvidence | null>;
  /**
   * All of the above in one go (one database transaction): the reading recorded when `record`, then
   * the history (with it), the evidence and the active brief. Rejects as a whole, nothing recorded,
   * when any part fails; the steps above are then tried one by one, without recording.
   */
  gather?(snapshot: Snapshot, now: Date, record: boolean): Promise<{ history: FollowerReading[]; evidence: CreatorEvidence | null; brief: CampaignBrief | null }>;
  close?(): void;
}

/**
 * The last active brief read, kept where a full disk cannot refuse it (session storage is held in
 * memory): when the shortlist cannot be opened or read, a creator is still scored against the brief
 * the user chose, not the default one.
 */
export interface BriefCache {
  get(): Promise<CampaignBrief | null>;
  set(brief: CampaignBrief | null): Promise<void>;
}

export interface VetOptions {
  /** Record the snapshot's follower reading first (see lib/history/reading-budget.ts for when). */
  record: boolean;
}

function memoryBriefCache(): BriefCache {
  let cached: CampaignBrief | null = null;
  return {
    get: async () => cached,
    set: async (brief) => {
      cached = brief;
    },
  };
}

/**
 * Vet a validated snapshot with the active brief, the creator's local history and what their post
 * pages showed, read in one go when the store can (each transaction is on the badge's clock). When
 * that fails, each storage step fails on its own: a refused write of the reading (a full disk)
 * still reads the history and the brief, and the report counts only the history that is stored; a store that cannot open (Firefox private windows refuse IndexedDB) still gets the cached
 * active brief, and the report says what is missing through its confidence and unknown signals.
 */
export function createVetSnapshot(openStore: () => Promise<VettingStore>, log: (line: string) => void = () => {}, briefCache: BriefCache = memoryBriefCache()) {
  const warn = (what: string, error: unknown) => log(`${what}: ${error instanceof Error ? error.message : String(error)}`);
  /** The store's steps one by one, each failing on its own. `brief` undefined: it could not be read. */
  async function readStepByStep(store: VettingStore, snapshot: Snapshot, now: Date, key: string, record: boolean) {
    if (record) await store.recordReading(snapshot, now).catch((error: unknown) => warn('could not record the follower reading', error));
    const history = await store.readHistory(key).catch((error: unknown) => {
      warn('vetting without stored history', error);
      return [];
    });
    // The same join as `vet` with post pages among its files (lib/cli/vet-assemble.ts).
    const evidence =
      (await store.readEvidence?.(key).catch((error: unknown) => {
        warn('vetting without post-page evidence', error);
        return null;
      })) ?? null;
    const brief = await store.activeBrief().then(
      (active) => {
        void briefCache.set(active).catch(() => undefined);
        return active;
      },
      (error: unknown) => {
        warn('reading the active brief failed, using the cached one', error);
        return undefined;
      },
    );
    return { history, evidence, brief };
  }

  return async function vetSnapshot(snapshot: Snapshot, now: Date, options: VetOptions = { record: false }): Promise<VettingReport> {
    let history: FollowerReading[] = [];
    let evidence: CreatorEvidence | null = null;
    let brief: CampaignBrief | null | undefined;
    let store: VettingStore | null = null;
    try {
      store = await openStore();
    } catch (error) {
      warn('vetting without stored history', error);
    }
    if (store) {
      let record = options.record;
      const key = `${snapshot.creator.platform}:${snapshot.creator.handle}`;
      const gathered = await store.gather?.(snapshot, now, record).catch((error: unknown) => {
        warn(record ? 'could not record the follower reading' : 'reading the vetting inputs at once failed', error);
        record = false;
        return undefined;
      });
      if (gathered) {
        ({ history, evidence } = gathered);
        brief = gathered.brief;
        // Off the badge's path: the cache only matters to a later vetting whose store cannot be read.
        void briefCache.set(gathered.brief).catch(() => undefined);
      } else {
        ({ history, evidence, brief } = await readStepByStep(store, snapshot, now, key, record));
      }
      store.close?.();
    }
    if (brief === undefined) brief = await briefCache.get().catch(() => null);
    return vet({ snapshot, brief: brief ?? DEFAULT_BRIEF, history, now, evidence });
  };
}
