import { PLATFORMS, type Platform } from '../contracts/creator';
import { readEvidenceRow } from './evidence-store';
import { StoredReadingSchema, SHORTLIST_STATUSES, type ShortlistEntry, type ShortlistStatus } from '../contracts/shortlist-entry';
import { readBriefs } from './brief-store';
import type { Connection } from './connection';
import { allCreatorKeys, allCreatorRows, countCreators, CREATOR_STORE_NAMES, creatorStoresOf, getCreatorRow } from './creator-rows';
import { allReadings, HISTORY_STORE_NAMES, readHistory } from './history-store';
import type { RowProblem } from '../contracts/shortlist-store';
import { readSettings } from './settings-store';
import type { Shortlist } from './shortlist-api';
import { readStoredRow } from './stored-row';
import { applySummaryRepairs, checkBuckets, hasRepairs, repairsNeeded, type RebuiltSummaries, type SummaryRepairs } from './summary-listing';
import { sortByRecency } from './summary-store';

type EntryReads = Pick<Shortlist, 'get' | 'list' | 'listSummaries' | 'history' | 'stats' | 'dump'>;

/** Everything read back: one creator, the full list, the summaries, history, counts and the backup's content. */
export function createEntryReads({ name, run, log, report }: Connection): EntryReads {
  /** Rebuild and store what listSummaries found missing; if the write is refused, rebuild for this read only. */
  async function repairSummaries(repairs: SummaryRepairs): Promise<RebuiltSummaries> {
    let rebuilt: RebuiltSummaries;
    try {
      rebuilt = await run([...CREATOR_STORE_NAMES, 'summaries'], 'readwrite', (tx) => applySummaryRepairs(tx, repairs));
    } catch (error) {
      log(`shortlist "${name}": could not store rebuilt summaries (${error instanceof Error ? error.message : String(error)}); rebuilding them for this read only`);
      rebuilt = await run([...CREATOR_STORE_NAMES, 'summaries'], 'readonly', (tx) => applySummaryRepairs(tx, repairs));
    }
    for (const line of rebuilt.lines) log(`shortlist "${name}": ${line}`);
    return rebuilt;
  }

  return {
    async get(key) {
      const row = await run([...CREATOR_STORE_NAMES], 'readonly', (tx) => getCreatorRow(creatorStoresOf(tx), key));
      if (row === undefined) return null;
      const { entry, problem } = readStoredRow(row);
      if (problem) report([problem]);
      return entry;
    },

    async list() {
      const rows = await run([...CREATOR_STORE_NAMES], 'readonly', (tx) => allCreatorRows(creatorStoresOf(tx)));
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
      const { checked, creatorKeys } = await run(['summaries', ...CREATOR_STORE_NAMES], 'readonly', async (tx) => {
        const summaries = tx.objectStore('summaries');
        const checking = Promise.all([summaries.getAll(), summaries.getAllKeys()]).then(([buckets, numbers]) => checkBuckets(buckets, numbers));
        const keys = complete ? allCreatorKeys(creatorStoresOf(tx)) : null;
        const [checkedNow, keysNow] = await Promise.all([checking, keys]);
        return { checked: checkedNow, creatorKeys: keysNow };
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

    history: (key) => run([...HISTORY_STORE_NAMES], 'readonly', (tx) => readHistory({ rows: tx.objectStore('history'), first: tx.objectStore('firstReadings') }, key)),

    stats: () =>
      run([...CREATOR_STORE_NAMES, 'settings'], 'readonly', async (tx) => {
        const [counts, settings] = await Promise.all([
          countCreators(creatorStoresOf(tx), SHORTLIST_STATUSES, PLATFORMS),
          readSettings(tx.objectStore('settings')),
        ]);
        const byStatus = Object.fromEntries(counts.byStatus) as Record<ShortlistStatus, number>;
        const byPlatform = Object.fromEntries(counts.byPlatform) as Record<Platform, number>;
        return { total: counts.total, byStatus, byPlatform, ...settings };
      }),

    dump: () =>
      run([...CREATOR_STORE_NAMES, ...HISTORY_STORE_NAMES, 'briefs', 'settings', 'evidence'], 'readonly', async (tx) => {
        // Every read asked for at once, in the one transaction: the browser reads the stores while the
        // creators are being checked.
        const reads = Promise.all([
          allReadings({ rows: tx.objectStore('history'), first: tx.objectStore('firstReadings') }),
          tx.objectStore('evidence').getAll(),
          readBriefs(tx.objectStore('briefs')),
          readSettings(tx.objectStore('settings')),
        ]);
        const creators: ShortlistEntry[] = [];
        const problems: RowProblem[] = [];
        for (const row of await allCreatorRows(creatorStoresOf(tx))) {
          const { entry, problem } = readStoredRow(row);
          if (entry) creators.push(entry);
          if (problem?.action === 'skipped') problems.push(problem);
        }
        const [historyRows, evidenceRows, { briefs: briefList }, { activeBriefId }] = await reads;
        // Readings and evidence of creators only browsed are not the shortlist's: left out unchecked.
        const keys = new Set(creators.map((c) => c.key));
        const history = historyRows.flatMap((row) => {
          if (!keys.has(row.key)) return [];
          const parsed = StoredReadingSchema.safeParse(row);
          return parsed.success ? [parsed.data] : [];
        });
        const evidence = evidenceRows.flatMap((row) => (keys.has(row.key) ? (readEvidenceRow(row) ?? []) : []));
        return { creators, history, briefs: briefList, activeBriefId, evidence, problems };
      }),
  };
}
