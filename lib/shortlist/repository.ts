import type { IDBPObjectStore, IDBPTransaction, StoreNames } from 'idb';
import { PLATFORMS, SnapshotSchema, type Platform } from '../contracts/creator';
import { CampaignBriefSchema, VettingReportSchema, type CampaignBrief, type VettingReport } from '../contracts/report';
import {
  EntryChangeSchema,
  EntryPatchSchema,
  HistoryPointSchema,
  SHORTLIST_STATUSES,
  ShortlistEntrySchema,
  TagSchema,
  type EntryChange,
  type EntryPatch,
  type HistoryPoint,
  type ShortlistEntry,
  type ShortlistStatus,
} from '../contracts/shortlist-entry';
import type {
  ApplyResult,
  BriefsApi,
  EditResult,
  OnExisting,
  RemovedCreator as RemovedFromPage,
  RowProblem,
  ShortlistStats,
  ShortlistPort,
  SummaryListResult,
} from '../contracts/shortlist-store';
import type { CsvCreatorRow } from '../csv/csv-row';
import { at, asObject, asString } from '../parse/json-path';
import { readBrief, readBriefs } from './brief-store';
import {
  DEFAULT_DB_NAME,
  openShortlistDatabase,
  type ShortlistDB,
  type ShortlistDatabase,
  type StoredHistoryRow,
  type StoredRow,
} from './db';
import { createBrowsingApi, type BrowsingApi } from './browsing-api';
import { applyPatch } from './entry-patch';
import { StoreError, TERMINATED_MESSAGE, toStoreError } from './errors';
import { deleteHistory, historyPointFromSnapshot, readHistory, recordHistoryPoint, type RecordOutcome } from './history-store';
import { entryFromCsvRow, mergeCsvRow } from './import-merge';
import { salvageUserFields } from './row-repair';
import { mergeSavedReport } from './save-merge';
import { addUnsavedChanges, readSettings } from './settings-store';
import { readStoredRow, toStoredRow } from './stored-row';
import { summaryWriter } from './summary-buckets';
import { checkSummary } from './summary-guard';
import { applySummaryRepairs, checkBuckets, hasRepairs, repairsNeeded, type RebuiltSummaries, type SummaryRepairs } from './summary-listing';
import { patchedSummary } from './summary-patch';
import { putSummaryOf, sortByRecency, syncSummaryWithRow } from './summary-store';
import { suggestPromoCode, trackingLinkFor } from '../contracts/tracking';

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
  history: HistoryPoint[];
  briefs: CampaignBrief[];
  activeBriefId: string | null;
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
  /** Add or refresh a creator from a report (one transaction: get + merge + put, plus a history point). */
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
  addHistoryPoint(point: HistoryPoint): Promise<RecordOutcome>;
  /** Oldest first; usable as the `history` of lib/vetting's vet(). */
  history(key: string): Promise<HistoryPoint[]>;
  /** Retention and "Clear browsing history" for what is stored about creators not on the shortlist. */
  browsing: BrowsingApi;
  /** Counts use the status and platform indexes: a row whose stored status is broken counts in `total` only. */
  stats(): Promise<ShortlistStats>;
  /** Everything readable, for a backup. */
  dump(): Promise<ShortlistDump>;
  /** Write checked sheet rows in one transaction (used by importCsv). */
  applyCsvRows(rows: readonly CsvCreatorRow[], options: ApplyOptions): Promise<ApplyResult>;
  /** Write checked backup content in one transaction (used by restoreBackup). */
  applyContent(content: ShortlistContent, options: ApplyOptions): Promise<ApplyResult>;
}

type StoreName = StoreNames<ShortlistDB>;

function invalid(what: string, issues: ReadonlyArray<{ path: PropertyKey[]; message: string }>): StoreError {
  const issue = issues[0];
  return new StoreError('invalid', `${what}${issue?.path.length ? `.${issue.path.map(String).join('.')}` : ''}: ${issue?.message ?? 'invalid'}`);
}

function abortQuietly(tx: { abort(): void }): void {
  try {
    tx.abort();
  } catch {
    // Already committed or aborted.
  }
}

/** Dates may carry different offsets (restored from a backup): the same instant is the same version. */
function sameInstant(a: string, b: string): boolean {
  if (a === b) return true;
  const t = Date.parse(a);
  return !Number.isNaN(t) && t === Date.parse(b);
}

function isFactory(value: unknown): value is IDBFactory {
  return typeof asObject(value)?.open === 'function' && typeof asObject(value)?.deleteDatabase === 'function';
}

/**
 * Open the shortlist (IndexedDB `name`, default "vetted") and return its API. Fails with a
 * StoreError: 'unavailable' (no IndexedDB here, e.g. Firefox private mode), 'blocked' (another tab
 * holds an old version open). Every write runs in one readwrite transaction: it happens entirely
 * or not at all, so a quota error mid-way loses nothing that was saved before.
 */
export async function openShortlist(name: string = DEFAULT_DB_NAME, factoryOrOptions?: IDBFactory | OpenShortlistOptions): Promise<Shortlist> {
  const options: OpenShortlistOptions = isFactory(factoryOrOptions) ? { idbFactory: factoryOrOptions } : (factoryOrOptions ?? {});
  const log = options.log ?? ((message: string) => console.warn(message));
  let closedBy: () => StoreError = () => new StoreError('unavailable', 'connection not open');
  let closed = false;
  const db: ShortlistDatabase = await openShortlistDatabase(name, options.idbFactory ?? globalThis.indexedDB, {
    onBlocking() {
      closed = true;
      closedBy = () => new StoreError('blocked', 'connection closed so that a newer version can open');
      options.onBlocking?.();
    },
    onTerminated() {
      if (closed) return;
      closed = true;
      closedBy = () => new StoreError('unavailable', 'the browser closed the database connection', { userMessage: TERMINATED_MESSAGE });
    },
  });

  async function run<T, const S extends StoreName[], M extends IDBTransactionMode>(
    stores: S,
    mode: M,
    body: (tx: IDBPTransaction<ShortlistDB, S, M>) => Promise<T>,
  ): Promise<T> {
    if (closed) throw closedBy();
    let tx: IDBPTransaction<ShortlistDB, S, M>;
    try {
      tx = db.transaction(stores, mode);
    } catch (error) {
      throw toStoreError(error);
    }
    // Observed below; this keeps an abort caused by `body` from surfacing as an unhandled rejection.
    tx.done.catch(() => undefined);
    try {
      const result = await body(tx);
      await tx.done;
      return result;
    } catch (error) {
      abortQuietly(tx);
      throw toStoreError(error);
    }
  }

  function report(problems: readonly RowProblem[]): void {
    for (const p of problems) log(`shortlist "${name}": ${p.action} ${p.key}: ${p.reason}`);
  }

  async function removeKeys(keys: readonly string[]): Promise<RemovedCreator[]> {
    return run(['creators', 'summaries', 'history', 'settings'], 'readwrite', async (tx) => {
      const creators = tx.objectStore('creators');
      const summaries = summaryWriter(tx.objectStore('summaries'));
      const removed: RemovedCreator[] = [];
      for (const key of new Set(keys)) {
        const row = await creators.get(key);
        if (row === undefined) continue;
        const history = await deleteHistory(tx.objectStore('history'), key);
        await creators.delete(key);
        await summaries.delete(key);
        removed.push({ key, entry: readStoredRow(row).entry, row, history });
      }
      await summaries.flush();
      await addUnsavedChanges(tx.objectStore('settings'), removed.length);
      return removed;
    });
  }

  /** Write one patched row and its summary; the caller flushes the summaries. */
  async function writePatched(creators: IDBPObjectStore<ShortlistDB, ['creators', 'summaries', 'settings'], 'creators', 'readwrite'>, summaries: ReturnType<typeof summaryWriter>, row: StoredRow, patch: EntryPatch, now: Date): Promise<StoredRow> {
    const next = applyPatch(row, patch, now);
    await creators.put(next);
    // The edit touches user fields only: a sound summary takes them over, no full read of the row.
    const summary = patchedSummary(checkSummary(await summaries.get(row.key)), next);
    if (summary) await summaries.put(summary);
    else await syncSummaryWithRow(summaries, row.key, next);
    return next;
  }

  async function patchKeys(keys: readonly string[], patch: EntryPatch, now: Date): Promise<StoredRow[]> {
    const parsed = EntryPatchSchema.safeParse(patch);
    if (!parsed.success) throw invalid('patch', parsed.error.issues);
    return run(['creators', 'summaries', 'settings'], 'readwrite', async (tx) => {
      const creators = tx.objectStore('creators');
      const summaries = summaryWriter(tx.objectStore('summaries'));
      const written: StoredRow[] = [];
      for (const key of new Set(keys)) {
        const row = await creators.get(key);
        if (row === undefined) continue;
        written.push(await writePatched(creators, summaries, row, parsed.data, now));
      }
      await summaries.flush();
      await addUnsavedChanges(tx.objectStore('settings'), written.length);
      return written;
    });
  }

  async function editKey(key: string, change: EntryChange, now: Date, ifUpdatedAt: string): Promise<EditResult> {
    const parsed = EntryChangeSchema.safeParse(change);
    if (!parsed.success) throw invalid('change', parsed.error.issues);
    return run(['creators', 'summaries', 'settings'], 'readwrite', async (tx) => {
      const creators = tx.objectStore('creators');
      const row = await creators.get(key);
      if (row === undefined) return { kind: 'missing' };
      // Compared with the entry as the page was shown it (a repaired row's date is the repaired one).
      const shown = readStoredRow(row).entry;
      if (!shown || !sameInstant(shown.updatedAt, ifUpdatedAt)) return { kind: 'stale', entry: shown };
      const summaries = summaryWriter(tx.objectStore('summaries'));
      const next = await writePatched(creators, summaries, row, parsed.data, now);
      await summaries.flush();
      await addUnsavedChanges(tx.objectStore('settings'), 1);
      return { kind: 'saved', entry: readStoredRow(next).entry };
    });
  }

  /** Rebuild and store what listSummaries found missing; if the write is refused, rebuild for this read only. */
  async function repairSummaries(repairs: SummaryRepairs): Promise<RebuiltSummaries> {
    let rebuilt: RebuiltSummaries;
    try {
      rebuilt = await run(['creators', 'summaries'], 'readwrite', (tx) => applySummaryRepairs(tx, repairs));
    } catch (error) {
      log(`shortlist "${name}": could not store rebuilt summaries (${error instanceof Error ? error.message : String(error)}); rebuilding them for this read only`);
      rebuilt = await run(['creators', 'summaries'], 'readonly', (tx) => applySummaryRepairs(tx, repairs));
    }
    for (const line of rebuilt.lines) log(`shortlist "${name}": ${line}`);
    return rebuilt;
  }

  const briefs: BriefsApi = {
    list: () => run(['briefs'], 'readonly', (tx) => readBriefs(tx.objectStore('briefs'))),
    async put(brief) {
      const parsed = CampaignBriefSchema.safeParse(brief);
      if (!parsed.success) throw invalid('brief', parsed.error.issues);
      return run(['briefs', 'settings'], 'readwrite', async (tx) => {
        await tx.objectStore('briefs').put(parsed.data);
        await addUnsavedChanges(tx.objectStore('settings'), 1);
        return parsed.data;
      });
    },
    remove: (id) =>
      run(['briefs', 'settings'], 'readwrite', async (tx) => {
        const settings = tx.objectStore('settings');
        await tx.objectStore('briefs').delete(id);
        if ((await settings.get('activeBriefId')) === id) await settings.delete('activeBriefId');
        await addUnsavedChanges(settings, 1);
      }),
    getActive: () =>
      run(['briefs', 'settings'], 'readonly', async (tx) => {
        const id = await tx.objectStore('settings').get('activeBriefId');
        return typeof id === 'string' ? readBrief(tx.objectStore('briefs'), id) : null;
      }),
    setActive: (id) =>
      run(['briefs', 'settings'], 'readwrite', async (tx) => {
        const settings = tx.objectStore('settings');
        if (id === null) return settings.delete('activeBriefId');
        if ((await tx.objectStore('briefs').get(id)) === undefined) throw new StoreError('invalid', `no brief with id ${id}`);
        await settings.put(id, 'activeBriefId');
      }),
  };

  return {
    name,
    briefs,
    browsing: createBrowsingApi((stores, body) => run(stores, 'readwrite', body)),

    async save(input, { now, tag, note, brief }) {
      const parsed = VettingReportSchema.safeParse(input);
      if (!parsed.success) throw invalid('report', parsed.error.issues);
      const snapshot = SnapshotSchema.safeParse(at(parsed.data, 'snapshot'));
      if (!snapshot.success) throw invalid('report.snapshot', snapshot.error.issues);
      const cleanTag = tag?.trim() || undefined;
      if (cleanTag !== undefined && !TagSchema.safeParse(cleanTag).success) throw new StoreError('invalid', `tag "${cleanTag.slice(0, 40)}"`);
      const { platform, handle } = snapshot.data.creator;
      const key = `${platform}:${handle}`;
      return run(['creators', 'summaries', 'history', 'settings'], 'readwrite', async (tx) => {
        const creators = tx.objectStore('creators');
        const row = await creators.get(key);
        const merged = mergeSavedReport(row === undefined ? null : salvageUserFields(row).fields, {
          report: parsed.data,
          snapshot: snapshot.data,
          now,
          tag: cleanTag,
          note,
          briefId: brief?.id ?? asString(at(parsed.data, 'briefId')) ?? null,
          trackingLink: brief ? trackingLinkFor(brief, platform, handle) : null,
          promoCode: brief ? suggestPromoCode(handle) : null,
        });
        const checked = ShortlistEntrySchema.safeParse(merged);
        if (!checked.success) throw invalid('entry', checked.error.issues);
        await creators.put(toStoredRow(checked.data));
        const summaries = summaryWriter(tx.objectStore('summaries'));
        await putSummaryOf(summaries, checked.data);
        await summaries.flush();
        const point = historyPointFromSnapshot(snapshot.data);
        if (point) await recordHistoryPoint(tx.objectStore('history'), point);
        await addUnsavedChanges(tx.objectStore('settings'), 1);
        return checked.data;
      });
    },

    async get(key) {
      const row = await run(['creators'], 'readonly', (tx) => tx.objectStore('creators').get(key));
      if (row === undefined) return null;
      const { entry, problem } = readStoredRow(row);
      if (problem) report([problem]);
      return entry;
    },

    async list() {
      const rows = await run(['creators'], 'readonly', (tx) => tx.objectStore('creators').getAll());
      const entries: ShortlistEntry[] = [];
      const problems: RowProblem[] = [];
      for (const row of rows) {
        const { entry, problem } = readStoredRow(row);
        if (entry) entries.push(entry);
        if (problem) problems.push(problem);
      }
      report(problems);
      // Dates may carry different offsets (restored from a backup): compare instants, not strings.
      entries.sort((a, b) => Date.parse(b.updatedAt) - Date.parse(a.updatedAt) || a.key.localeCompare(b.key));
      return { entries, problems };
    },

    async listSummaries({ complete = true } = {}) {
      // One transaction, so that the summaries and the creators' keys are of the same moment. The
      // summaries are checked while the keys are still being read: the two costs overlap.
      const { checked, creatorKeys } = await run(['summaries', 'creators'], 'readonly', async (tx) => {
        const summaries = tx.objectStore('summaries');
        const checking = Promise.all([summaries.getAll(), summaries.getAllKeys()]).then(([buckets, numbers]) => checkBuckets(buckets, numbers));
        const [checkedNow, keys] = await Promise.all([checking, complete ? tx.objectStore('creators').getAllKeys() : null]);
        return { checked: checkedNow, creatorKeys: keys };
      });
      const repairs = repairsNeeded(checked, creatorKeys);
      const list = [...checked.sound.values()];
      const problems: RowProblem[] = [];
      if (hasRepairs(repairs)) {
        const rebuilt = await repairSummaries(repairs);
        list.push(...rebuilt.summaries);
        problems.push(...rebuilt.problems);
      }
      for (const s of list) if (s.repairs !== null) problems.push({ key: s.key, action: 'repaired', reason: s.repairs });
      report(problems);
      return { summaries: sortByRecency(list), problems };
    },

    async update(key, patch, now) {
      const [written] = await patchKeys([key], patch, now);
      return written ? readStoredRow(written).entry : null;
    },

    edit: (key, change, { now, ifUpdatedAt }) => editKey(key, change, now, ifUpdatedAt),

    async bulkUpdate(keys, patch, now) {
      return (await patchKeys(keys, patch, now)).length;
    },

    async remove(key) {
      return (await removeKeys([key]))[0] ?? null;
    },

    bulkDelete: removeKeys,

    restore(removed) {
      return run(['creators', 'summaries', 'history', 'settings'], 'readwrite', async (tx) => {
        const creators = tx.objectStore('creators');
        const history = tx.objectStore('history');
        const summaries = summaryWriter(tx.objectStore('summaries'));
        let restored = 0;
        for (const item of removed) {
          if (asObject(item.row)?.key !== item.key) throw new StoreError('invalid', `restore: row does not belong to ${item.key}`);
          // Saved again since the delete: the newer entry wins, only the readings come back.
          if ((await creators.get(item.key)) === undefined) {
            await creators.put(item.row);
            // From the row itself, not from anything handed back with it: the summary must say what the row says.
            await syncSummaryWithRow(summaries, item.key, item.row);
            restored += 1;
          }
          for (const point of item.history) await history.put(point);
        }
        await summaries.flush();
        await addUnsavedChanges(tx.objectStore('settings'), restored);
        return restored;
      });
    },

    async addHistoryPoint(point) {
      const parsed = HistoryPointSchema.safeParse(point);
      if (!parsed.success) throw invalid('history point', parsed.error.issues);
      return run(['history'], 'readwrite', (tx) => recordHistoryPoint(tx.objectStore('history'), parsed.data));
    },

    history: (key) => run(['history'], 'readonly', (tx) => readHistory(tx.objectStore('history'), key)),

    stats: () =>
      run(['creators', 'settings'], 'readonly', async (tx) => {
        const creators = tx.objectStore('creators');
        const byStatus = Object.fromEntries(
          await Promise.all(SHORTLIST_STATUSES.map(async (s) => [s, await creators.index('by-status').count(s)] as const)),
        ) as Record<ShortlistStatus, number>;
        const byPlatform = Object.fromEntries(
          await Promise.all(PLATFORMS.map(async (p) => [p, await creators.index('by-platform').count(p)] as const)),
        ) as Record<Platform, number>;
        return { total: await creators.count(), byStatus, byPlatform, ...(await readSettings(tx.objectStore('settings'))) };
      }),

    markExported: (now) =>
      run(['settings'], 'readwrite', async (tx) => {
        const settings = tx.objectStore('settings');
        await settings.put(now.toISOString(), 'lastExportAt');
        await settings.put(0, 'unsavedChanges');
      }),

    dump: () =>
      run(['creators', 'history', 'briefs', 'settings'], 'readonly', async (tx) => {
        const creators: ShortlistEntry[] = [];
        const problems: RowProblem[] = [];
        for (const row of await tx.objectStore('creators').getAll()) {
          const { entry, problem } = readStoredRow(row);
          if (entry) creators.push(entry);
          if (problem?.action === 'skipped') problems.push(problem);
        }
        const history = (await tx.objectStore('history').getAll()).flatMap((row) => {
          const parsed = HistoryPointSchema.safeParse(row);
          return parsed.success ? [parsed.data] : [];
        });
        const { briefs: briefList } = await readBriefs(tx.objectStore('briefs'));
        const { activeBriefId } = await readSettings(tx.objectStore('settings'));
        return { creators, history, briefs: briefList, activeBriefId, problems };
      }),

    applyCsvRows(rows, { onExisting, now }) {
      return run(['creators', 'summaries', 'history', 'settings'], 'readwrite', async (tx) => {
        const creators = tx.objectStore('creators');
        const summaries = summaryWriter(tx.objectStore('summaries'));
        const result: ApplyResult = { created: 0, updated: 0, skipped: 0, notes: [] };
        // One read of the keys instead of one get per row: a 50,000-row sheet is mostly new creators.
        const existingKeys = new Set(await creators.getAllKeys());
        // Writes are queued, not awaited one by one: a transaction runs its requests in order, and
        // waiting for each of 5,000 rows' three writes in turn made an import take seconds.
        const writes: Array<Promise<unknown>> = [];
        // A later row that fails validation aborts the transaction before these are awaited: mark
        // them handled so their rejections are not reported as unhandled (Promise.all still sees them).
        const queue = (write: Promise<unknown>) => {
          write.catch(() => {});
          writes.push(write);
        };
        for (const row of rows) {
          const stored = existingKeys.has(row.key) ? await creators.get(row.key) : undefined;
          let entry: ShortlistEntry;
          if (stored === undefined) {
            entry = entryFromCsvRow(row, now);
            result.created += 1;
          } else if (onExisting === 'skip') {
            result.skipped += 1;
            continue;
          } else {
            const existing = readStoredRow(stored).entry;
            if (!existing) {
              // Overwriting would destroy what might still be recovered from it.
              result.notes.push(`row ${row.row}: the saved entry for ${row.key} is unreadable, so it was left unchanged`);
              result.skipped += 1;
              continue;
            }
            entry = mergeCsvRow(existing, row, now);
            result.updated += 1;
          }
          const checked = ShortlistEntrySchema.safeParse(entry);
          if (!checked.success) throw invalid(`row ${row.row}`, checked.error.issues);
          queue(creators.put(toStoredRow(checked.data)));
          queue(putSummaryOf(summaries, checked.data));
          const point = stored === undefined ? historyPointFromSnapshot(checked.data.snapshot) : null;
          if (point) queue(recordHistoryPoint(tx.objectStore('history'), point));
        }
        await Promise.all(writes);
        await summaries.flush();
        await addUnsavedChanges(tx.objectStore('settings'), result.created + result.updated);
        return result;
      });
    },

    applyContent(content, { onExisting }) {
      return run(['creators', 'summaries', 'history', 'briefs', 'settings'], 'readwrite', async (tx) => {
        const creators = tx.objectStore('creators');
        const history = tx.objectStore('history');
        const briefStore = tx.objectStore('briefs');
        const settings = tx.objectStore('settings');
        const summaries = summaryWriter(tx.objectStore('summaries'));
        const result: ApplyResult = { created: 0, updated: 0, skipped: 0, notes: [] };
        for (const entry of content.creators) {
          const exists = (await creators.get(entry.key)) !== undefined;
          if (exists && onExisting === 'skip') {
            result.skipped += 1;
            continue;
          }
          // Checked by the caller: parseBackup accepts only creators that pass the entry schema as they are.
          await creators.put(toStoredRow(entry));
          await putSummaryOf(summaries, entry);
          if (exists) result.updated += 1;
          else result.created += 1;
        }
        await summaries.flush();
        const pointsByKey = new Map<string, StoredHistoryRow[]>();
        for (const point of content.history) {
          let points = pointsByKey.get(point.key);
          if (!points) pointsByKey.set(point.key, (points = await history.index('by-key').getAll(point.key)));
          const same = points.find((p) => p.at === point.at);
          if (!same) await history.add(point);
          else if (onExisting === 'update') await history.put({ ...point, id: same.id });
        }
        for (const brief of content.briefs) {
          if (onExisting === 'skip' && (await briefStore.get(brief.id)) !== undefined) continue;
          await briefStore.put(brief);
        }
        const active = await settings.get('activeBriefId');
        if (content.activeBriefId && (active === undefined || onExisting === 'update')) await settings.put(content.activeBriefId, 'activeBriefId');
        await addUnsavedChanges(settings, result.created + result.updated);
        return result;
      });
    },

    close() {
      closed = true;
      closedBy = () => new StoreError('unavailable', 'the shortlist was closed');
      db.close();
    },
  };
}
