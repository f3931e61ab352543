import type { IDBPTransaction } from 'idb';
import type { ShortlistSummary } from '../contracts/shortlist-entry';
import { creatorStoresOf, getCreatorRow, hasCreator } from './creator-rows';
import type { ShortlistDB } from './db';
import type { RowProblem } from '../contracts/shortlist-store';
import { summariesFromBuckets, summaryWriter } from './summary-buckets';
import { checkSummary } from './summary-guard';
import { summaryFromRow } from './summary-store';

/** The summaries as stored, checked one by one. */
export interface CheckedSummaries {
  sound: Map<string, ShortlistSummary>;
  /** Keys whose stored summary fails its schema. */
  broken: Set<string>;
  /** Summaries found in a bucket that is not theirs: [bucket, key]. */
  misplaced: Array<[number, string]>;
}

export function checkBuckets(buckets: readonly unknown[], numbers: readonly IDBValidKey[]): CheckedSummaries {
  const { items, misplaced } = summariesFromBuckets(buckets, numbers);
  const sound = new Map<string, ShortlistSummary>();
  const broken = new Set<string>();
  for (const [key, item] of items) {
    const summary = checkSummary(item);
    if (summary && summary.key === key) sound.set(key, summary);
    else broken.add(key);
  }
  return { sound, broken, misplaced };
}

/** What must change for the summaries to match the creators: missing or broken ones, and ones of no creator. */
export interface SummaryRepairs {
  rebuild: string[];
  orphans: string[];
  misplaced: Array<[number, string]>;
}

/**
 * With the creators' keys, everything is found. Without them (a quick listing) only what the
 * summaries themselves show: broken ones and ones in the wrong bucket; a creator with no summary
 * at all, or a summary of a creator that is gone, waits for the next complete listing.
 */
export function repairsNeeded(checked: CheckedSummaries, creatorKeys: readonly IDBValidKey[] | null): SummaryRepairs {
  if (creatorKeys === null) {
    const rebuild = [...new Set([...checked.broken, ...checked.misplaced.map(([, key]) => key)])].filter((key) => !checked.sound.has(key));
    return { rebuild, orphans: [], misplaced: checked.misplaced };
  }
  const exists = new Set<unknown>(creatorKeys);
  const rebuild = creatorKeys.filter((key): key is string => typeof key === 'string' && !checked.sound.has(key));
  const orphans = [...checked.sound.keys(), ...checked.broken].filter((key) => !exists.has(key));
  for (const key of orphans) checked.sound.delete(key);
  return { rebuild, orphans, misplaced: checked.misplaced };
}

export function hasRepairs(r: SummaryRepairs): boolean {
  return r.rebuild.length > 0 || r.orphans.length > 0 || r.misplaced.length > 0;
}

export interface RebuiltSummaries {
  summaries: ShortlistSummary[];
  /** Creators whose row cannot be read: skipped, as list() skips them. */
  problems: RowProblem[];
  /** What was done, for the log. */
  lines: string[];
}

type SummaryTransaction<M extends 'readonly' | 'readwrite'> = IDBPTransaction<ShortlistDB, ['creators', 'importedCreators', 'importedCreatorIndex', 'summaries'], M>;

/**
 * Rebuild the summaries of `repairs.rebuild` from their creators' rows and, in a readwrite
 * transaction, store them and drop summaries of no creator or in the wrong bucket. In a readonly
 * one (the write was refused) the summaries are only built, so that the list is still complete.
 */
export async function applySummaryRepairs<M extends 'readonly' | 'readwrite'>(tx: SummaryTransaction<M>, repairs: SummaryRepairs): Promise<RebuiltSummaries> {
  const writer = tx.mode === 'readwrite' ? summaryWriter((tx as unknown as SummaryTransaction<'readwrite'>).objectStore('summaries')) : null;
  const creators = creatorStoresOf(tx);
  const out: RebuiltSummaries = { summaries: [], problems: [], lines: [] };
  const stored = writer ? '' : ' (not stored: the write was refused)';
  for (const [n, key] of repairs.misplaced) await writer?.deleteFrom(n, key);
  for (const key of repairs.rebuild) {
    const row = await getCreatorRow(creators, key);
    if (row === undefined) continue;
    const { summary, problem } = summaryFromRow(row);
    if (summary) {
      out.summaries.push(summary);
      out.lines.push(`rebuilt the missing or unreadable summary of ${key}${stored}`);
      await writer?.put(summary);
    } else {
      out.problems.push(problem);
      await writer?.delete(key);
    }
  }
  for (const key of repairs.orphans) {
    if (!writer || (await hasCreator(creators, key))) continue;
    await writer.delete(key);
    out.lines.push(`removed the summary of ${key}: there is no such creator`);
  }
  await writer?.flush();
  return out;
}
