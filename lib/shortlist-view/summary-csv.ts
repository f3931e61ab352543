import type { Creator } from '../contracts/creator';
import type { ShortlistEntry, ShortlistSummary } from '../contracts/shortlist-entry';
import { CSV_COLUMNS, CSV_HEADER } from '../csv/csv-columns';
import { formatCell, formatCsv } from '../csv/to-csv';

/**
 * The part of an entry the CSV columns read (lib/csv/csv-columns.ts): the summary holds all of it,
 * so an export of 10,000 creators needs no full row. The columns are typed against the whole
 * entry; tests/lib/shortlist-view/summary-csv.test.ts checks, for entries of every kind, that this
 * gives the file toCsv(entries) gives, so a column that starts reading something else is caught.
 */
type CsvEntryView = Pick<
  ShortlistEntry,
  'key' | 'platform' | 'handle' | 'displayName' | 'status' | 'tags' | 'notes' | 'briefId' | 'promoCode' | 'trackingLink' | 'firstSavedAt' | 'updatedAt'
> & { snapshot: { creator: Pick<Creator, keyof ShortlistSummary['profile']> } };

function entryView(s: ShortlistSummary): CsvEntryView {
  return {
    key: s.key,
    platform: s.platform,
    handle: s.handle,
    displayName: s.displayName,
    status: s.status,
    tags: s.tags,
    notes: s.notes,
    briefId: s.briefId,
    promoCode: s.promoCode,
    trackingLink: s.trackingLink,
    firstSavedAt: s.firstSavedAt,
    updatedAt: s.updatedAt,
    snapshot: { creator: s.profile },
  };
}

/** Each export column's value for one summary, before any file format (CSV text, xlsx cells). */
export function summaryColumnValues(s: ShortlistSummary): unknown[] {
  const view = entryView(s) as ShortlistEntry;
  return CSV_COLUMNS.map((column) => column.read(view, s.figures));
}

/** The shortlist CSV (as lib/csv's toCsv writes it) from summaries. */
export function summariesToCsv(summaries: readonly ShortlistSummary[]): string {
  const rows = summaries.map((s) => {
    const view = entryView(s) as ShortlistEntry;
    return CSV_COLUMNS.map((column) => formatCell(column.kind, column.read(view, s.figures)));
  });
  return formatCsv([CSV_HEADER, ...rows]);
}
