import type { VettingInputs } from './vetting-inputs';
import type { CampaignBrief, VettingReport } from '../contracts/report';
import type { EntryPatch, StoredReading, ShortlistEntry } from '../contracts/shortlist-entry';
import type {
  ApplyResult,
  OnExisting,
  RemovedCreator as RemovedFromPage,
  RowProblem,
  ShortlistPort,
  ShortlistStats,
  SummaryListResult,
} from '../contracts/shortlist-store';
import type { CsvCreatorRow } from '../csv/csv-row';
import type { BrowsingApi } from './browsing-api';
import type { EvidenceApi } from './evidence-api';
import type { CreatorEvidence } from '../contracts/evidence';
import type { StoredHistoryRow, StoredRow } from './db';
import type { RecordOutcome } from './history-store';

// What the shortlist store offers (lib/shortlist/repository.ts opens it) and what its calls take and
// give. What pages may use of it is ShortlistPort (lib/contracts/shortlist-store.ts), with its types.

export type { ApplyResult, BriefsApi, EditResult, OnExisting, ShortlistStats, SummaryListResult } from '../contracts/shortlist-store';

export interface OpenShortlistOptions {
  /** Defaults to the global indexedDB; tests and failure injection pass their own. */
  idbFactory?: IDBFactory;
  /** Another tab opened a newer version: this handle is closed, and every call now fails with 'blocked'. */
  onBlocking?: () => void;
  /** Where repaired and skipped rows are reported. */
  log?: (message: string) => void;
}

export interface SaveOptions {
  now: Date;
  tag?: string;
  note?: string;
  /** The brief the creator is saved for: sets briefId, and a tracking link and promo code if there are none yet. */
  brief?: CampaignBrief | null;
}

export interface ListResult {
  entries: ShortlistEntry[];
  problems: RowProblem[];
}

/** Everything a delete took away, as stored, so that restore() can put it back exactly. */
export interface RemovedCreator extends RemovedFromPage {
  row: StoredRow;
  history: StoredHistoryRow[];
}

/** What a backup holds and a restore writes. */
export interface ShortlistContent {
  creators: ShortlistEntry[];
  history: StoredReading[];
  briefs: CampaignBrief[];
  activeBriefId: string | null;
  /** Post-page evidence of the creators above; absent in backups made before it was kept. */
  evidence?: CreatorEvidence[];
}

export interface ShortlistDump extends ShortlistContent {
  /** Rows left out because they could not be read; they stay in storage untouched. */
  problems: RowProblem[];
}

export interface ApplyOptions {
  onExisting: OnExisting;
  now: Date;
}

/**
 * The store: what pages may use (ShortlistPort) and what only storage code needs. Every method
 * fails with a StoreError (never another error) when storage refuses.
 */
export interface Shortlist extends ShortlistPort {
  readonly name: string;
  /** Add or refresh a creator from a report (one transaction: get + merge + put, plus a follower reading). */
  save(report: VettingReport, options: SaveOptions): Promise<ShortlistEntry>;
  /** Most recently updated first; damaged rows repaired or skipped, each reported in `problems`. Reads every full row: for detail, compare, backup. */
  list(): Promise<ListResult>;
  /**
   * listSummaries() reads ~0.5 KB per creator instead of ~16 KB, in list()'s order and with list()'s
   * problems. A missing or unreadable summary is rebuilt from its creator's row (and written back,
   * logged); a creator whose row cannot be read is reported as skipped.
   *
   * `complete: false` skips reading the creators' keys (~80 ms at 10,000 in Chromium) for a first
   * paint: unreadable summaries are still rebuilt, but a creator with no summary at all (written
   * behind the store's back) or a summary of a deleted creator is only caught by a complete listing.
   */
  listSummaries(options?: { complete?: boolean }): Promise<SummaryListResult>;
  /** Writes whatever the entry holds now; pages edit through edit(), which cannot overwrite what they have not seen. */
  update(key: string, patch: EntryPatch, now: Date): Promise<ShortlistEntry | null>;
  remove(key: string): Promise<RemovedCreator | null>;
  /** Deletes creators and their history; the result is what restore() needs to undo it. */
  bulkDelete(keys: readonly string[]): Promise<RemovedCreator[]>;
  restore(removed: readonly RemovedCreator[]): Promise<number>;
  addReading(point: StoredReading): Promise<RecordOutcome>;
  /** Oldest first; usable as the `history` of lib/vetting's vet(). */
  history(key: string): Promise<StoredReading[]>;
  /** Record a reading (or not) and read everything vetting the creator needs, in one transaction (see vetting-inputs.ts). */
  vettingInputs(key: string, options: { reading: StoredReading | null; now: Date }): Promise<VettingInputs>;
  /** Retention and "Clear browsing history" for what is stored about creators not on the shortlist. */
  browsing: BrowsingApi;
  /** What creators' post pages showed (posts, comment samples keyed per install). */
  evidence: EvidenceApi;
  /** Counts use the status and platform indexes: a row whose stored status is broken counts in `total` only. */
  stats(): Promise<ShortlistStats>;
  /** Everything readable of the shortlist, for a backup: its creators, their follower history and evidence, the briefs. */
  dump(): Promise<ShortlistDump>;
  /** Write checked sheet rows in one transaction (used by importCsv). */
  applyCsvRows(rows: readonly CsvCreatorRow[], options: ApplyOptions): Promise<ApplyResult>;
  /** Write checked backup content in one transaction (used by restoreBackup). */
  applyContent(content: ShortlistContent, options: ApplyOptions): Promise<ApplyResult>;
}
