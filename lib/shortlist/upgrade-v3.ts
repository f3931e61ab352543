import type { ShortlistSummary } from '../contracts/shortlist-entry';
import { summarizeEntry } from '../csv/entry-summary';
import { compactRow, readStoredRow } from './stored-row';

/**
 * Version 3 stores each creator's report without the snapshot it shares with the row (compactRow),
 * and adds a summary per creator for the lists. A row that cannot be read gets no summary: it stays
 * as it was, and listing the summaries reports it as skipped, the way list() does.
 */
export function creatorRowV2ToV3(row: unknown): { row: unknown; summary: ShortlistSummary | null } {
  const compact = compactRow(row);
  const { entry, problem } = readStoredRow(compact);
  return { row: compact, summary: entry ? summarizeEntry(entry, problem?.reason ?? null) : null };
}
