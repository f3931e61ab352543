import type { ShortlistEntry, ShortlistSummary } from '../contracts/shortlist-entry';
import { summarizeEntry } from '../csv/entry-summary';
import type { RowProblem } from '../contracts/shortlist-store';
import { readStoredRow } from './stored-row';
import type { SummaryWriter } from './summary-buckets';

/** Write the summary of an entry that has just been checked and written as it is (so: nothing repaired). */
export function putSummaryOf(summaries: SummaryWriter, entry: ShortlistEntry): Promise<void> {
  return summaries.put(summarizeEntry(entry));
}

export type SummaryFromRow = { summary: ShortlistSummary; problem: RowProblem | null } | { summary: null; problem: RowProblem };

/** The summary of a stored creator row, read (and repaired) as list() reads it. */
export function summaryFromRow(row: unknown): SummaryFromRow {
  const { entry, problem } = readStoredRow(row);
  if (!entry) return { summary: null, problem };
  return { summary: summarizeEntry(entry, problem?.reason ?? null), problem };
}

/**
 * Bring the summary of creator `key` in line with its stored row, in the transaction that wrote the
 * row: rebuilt from the row, or deleted when the row is gone or cannot be read (listing then
 * reports that row as skipped instead of showing an old summary of it).
 */
export async function syncSummaryWithRow(summaries: SummaryWriter, key: string, row: unknown): Promise<ShortlistSummary | null> {
  const summary = row === undefined ? null : summaryFromRow(row).summary;
  if (summary) await summaries.put(summary);
  else await summaries.delete(key);
  return summary;
}

/** Most recently updated first, then by key; instants compared, not strings (offsets may differ). */
export function sortByRecency(summaries: ShortlistSummary[]): ShortlistSummary[] {
  const time = new Map(summaries.map((s) => [s.key, Date.parse(s.updatedAt)]));
  return summaries.sort((a, b) => (time.get(b.key) ?? 0) - (time.get(a.key) ?? 0) || a.key.localeCompare(b.key));
}
