import type { ShortlistEntry } from '../../../lib/contracts/shortlist-entry';
import { summariesToCsv } from '../../../lib/csv/csv-writer';
import { summarizeEntry } from '../../../lib/csv/entry-summary';

/** The export of full entries, written from their summaries as the store keeps them. */
export function csvOf(entries: readonly ShortlistEntry[]): string {
  return summariesToCsv(entries.map((entry) => summarizeEntry(entry)));
}
