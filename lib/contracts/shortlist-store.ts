import type { CampaignBrief } from './brief';
import type { Platform } from './creator';
import type { EntryChange, EntryPatch, StoredReading, ShortlistEntry, ShortlistStatus, ShortlistSummary } from './shortlist-entry';

/**
 * The shortlist as the popup, the dashboard and the overlay use it: what they may ask of the store
 * and nothing of how it keeps things. lib/shortlist/repository.ts implements it (its Shortlist adds
 * what only storage code needs: saves, full listings, dumps, history writes, imports); pages receive one
 * from their wiring, and components only its data through props.
 */
export interface ShortlistPort {
  get(key: string): Promise<ShortlistEntry | null>;
  /**
   * What the lists and the exports need of every creator, most recently updated first, with the
   * rows that had to be repaired or skipped. `complete: false` is a quicker first listing that
   * may miss a creator written behind the store's back; a complete one follows.
   */
  listSummaries(options?: { complete?: boolean }): Promise<SummaryListResult>;
  /** Apply a page's change only if the entry's `updatedAt` is still `ifUpdatedAt` (the one the page showed). */
  edit(key: string, change: EntryChange, options: { now: Date; ifUpdatedAt: string }): Promise<EditResult>;
  /** How many of `keys` were found and changed. */
  bulkUpdate(keys: readonly string[], patch: EntryPatch, now: Date): Promise<number>;
  remove(key: string): Promise<RemovedCreator | null>;
  bulkDelete(keys: readonly string[]): Promise<RemovedCreator[]>;
  /** Puts back exactly what remove() or bulkDelete() gave; returns how many creators came back. */
  restore(removed: readonly RemovedCreator[]): Promise<number>;
  /** A creator's follower readings, oldest first. */
  history(key: string): Promise<StoredReading[]>;
  briefs: BriefsApi;
  browsing: { clear(): Promise<number> };
  stats(): Promise<ShortlistStats>;
  /** Call after a CSV or backup download: records the date and resets the unsaved-changes counter. */
  markExported(now: Date): Promise<void>;
  close(): void;
}

/**
 * What became of a page's edit. 'stale': the creator was written elsewhere (the overlay, another
 * tab, team sync) after the page read it, so nothing was written and `entry` is the current one to
 * show; 'missing': the creator is no longer on the shortlist.
 */
export type EditResult = { kind: 'saved' | 'stale'; entry: ShortlistEntry | null } | { kind: 'missing' };

/** A stored row the store could not show as it was: shown repaired, or skipped. */
export interface RowProblem {
  key: string;
  /** 'repaired': shown with defaults for the fields named in `reason`; 'skipped': not shown at all. */
  action: 'repaired' | 'skipped';
  reason: string;
}

export interface SummaryListResult {
  summaries: ShortlistSummary[];
  /** The same problems a full listing reports: rows shown repaired, rows skipped. */
  problems: RowProblem[];
}

/**
 * What a delete took away, as the page needs it (the entry, to show or undo). The store's own
 * value also carries the stored rows; a page hands it back to restore() untouched.
 */
export interface RemovedCreator {
  key: string;
  /** The entry as the table showed it (null if the row was unreadable). */
  entry: ShortlistEntry | null;
}

export interface ShortlistSettings {
  activeBriefId: string | null;
  /** When the shortlist was last exported (CSV or backup), ISO 8601; null if never. */
  lastExportAt: string | null;
  /** Changes since that export, so the popup can suggest one before the user loses work. */
  unsavedChanges: number;
}

export interface ShortlistStats extends ShortlistSettings {
  total: number;
  byStatus: Record<ShortlistStatus, number>;
  byPlatform: Record<Platform, number>;
}

export interface BriefProblem {
  id: string;
  reason: string;
}

export interface BriefsApi {
  list(): Promise<{ briefs: CampaignBrief[]; problems: BriefProblem[] }>;
  put(brief: CampaignBrief): Promise<CampaignBrief>;
  remove(id: string): Promise<void>;
  getActive(): Promise<CampaignBrief | null>;
  setActive(id: string | null): Promise<void>;
}

/** What an import does with a creator the shortlist already holds. */
export type OnExisting = 'update' | 'skip';

export interface ApplyResult {
  created: number;
  updated: number;
  skipped: number;
  /** Rows left alone for a reason the user should see ("row 7: the saved entry … is unreadable"). */
  notes: string[];
}

/**
 * Why the shortlist could not do what was asked, with a message the popup can show as is.
 * - blocked: another tab holds an older (or newer) version of the database open;
 * - quota: the browser refused to store more (disk full or the origin's quota reached);
 * - unavailable: IndexedDB cannot be used here (Firefox "never remember history" mode, a
 *   corrupt profile) or the connection was closed under us;
 * - invalid: the data given to the store did not pass its schema.
 */
export type StoreErrorCode = 'blocked' | 'quota' | 'unavailable' | 'invalid';

export type ImportFailureReason = 'too-large' | 'too-many-rows' | 'invalid-file' | 'invalid-rows' | StoreErrorCode;

export type ImportResult =
  | (ApplyResult & { ok: true; ignoredColumns: string[] })
  | { ok: false; reason: ImportFailureReason; message: string; errors: string[] };
