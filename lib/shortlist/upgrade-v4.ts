import type { ShortlistSummary } from '../contracts/shortlist-entry';
import { summaryFromRow } from './summary-store';

/**
 * Version 4 rebuilds every creator's summary: version 1 reports are read as version 2
 * (lib/contracts/report-upgrade.ts: the verdict re-composed without free points and with the
 * evidence minimums, and its line), and the lists show the summary's figures, so the summaries
 * written by version 3 would go on showing the old verdict. The creator rows are not touched: they
 * are read the new way whenever they are read. A row that cannot be read gets no summary, as in
 * version 3.
 */
export function summaryV3ToV4(row: unknown): ShortlistSummary | null {
  return summaryFromRow(row).summary;
}
