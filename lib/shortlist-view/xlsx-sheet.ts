import type { ShortlistSummary } from '../contracts/shortlist-entry';
import { CSV_COLUMNS, LIST_SEPARATOR, type CsvColumnKind } from '../csv/csv-columns';
import { columnValues } from '../csv/csv-writer';

/**
 * The Excel export's sheet as plain data: the CSV's columns, in the CSV's order, with typed cells
 * (numbers as numbers, dates as dates, true/false as booleans, everything else as text). A text
 * cell is a string cell in the file, never a formula, so it needs no "'" guard: "=HYPERLINK(…)"
 * shows as the text it is. exceljs only turns this into bytes (xlsx-download.ts).
 */
export type XlsxCell = string | number | boolean | Date | null;

export interface XlsxColumn {
  header: string;
  kind: CsvColumnKind;
  /** Character widths, as Excel counts them. */
  width: number;
  /** Excel number format, for numbers and dates. */
  numFmt?: string;
}

export interface XlsxSheet {
  columns: XlsxColumn[];
  rows: XlsxCell[][];
}

// Characters XML 1.0 cannot hold (a file with one does not open): page text is already cleaned
// of them at reading, but a cell must never be the reason a workbook is refused.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const XML_INVALID = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;
/** Excel's limit per cell; longer text would make Excel repair the file. */
const CELL_TEXT_MAX = 32_767;

const RATE_COLUMNS: ReadonlySet<string> = new Set(['engagement_rate', 'sponsored_share']);
const MONEY_COLUMNS: ReadonlySet<string> = new Set(['price_low', 'price_high']);

function text(value: string): string {
  return value.replace(XML_INVALID, '').slice(0, CELL_TEXT_MAX);
}

export function xlsxCell(kind: CsvColumnKind, value: unknown): XlsxCell {
  switch (kind) {
    case 'text':
      return typeof value === 'string' && value !== '' ? text(value) : null;
    case 'list': {
      const items = Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
      return items.length ? text(items.join(LIST_SEPARATOR)) : null;
    }
    case 'count':
      return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : null;
    case 'figure':
      return typeof value === 'number' && Number.isFinite(value) ? value : null;
    case 'boolean':
      return typeof value === 'boolean' ? value : null;
    case 'date': {
      const time = typeof value === 'string' ? Date.parse(value) : NaN;
      return Number.isNaN(time) ? null : new Date(time);
    }
  }
}

function numFmt(name: string, kind: CsvColumnKind): string | undefined {
  if (kind === 'date') return 'yyyy-mm-dd hh:mm';
  if (kind === 'count') return '#,##0';
  if (RATE_COLUMNS.has(name)) return '0.00%';
  if (MONEY_COLUMNS.has(name)) return '#,##0.00';
  return undefined;
}

/** Wide enough for the header and most values; long text (bios, notes, links) is capped and wraps off-screen. */
function widthOf(header: string, kind: CsvColumnKind, cells: readonly XlsxCell[]): number {
  if (kind === 'date') return Math.max(header.length + 2, 17);
  if (kind === 'boolean') return Math.max(header.length + 2, 8);
  let longest = header.length;
  for (const cell of cells) {
    const length = typeof cell === 'number' ? cell.toLocaleString('en').length + 2 : typeof cell === 'string' ? cell.length : 0;
    if (length > longest) longest = length;
  }
  return Math.min(Math.max(longest + 2, 8), 50);
}

export function xlsxSheet(summaries: readonly ShortlistSummary[]): XlsxSheet {
  const rows = summaries.map((s) => columnValues(s).map((value, i) => xlsxCell(CSV_COLUMNS[i]!.kind, value)));
  const columns = CSV_COLUMNS.map((column, i): XlsxColumn => {
    const format = numFmt(column.name, column.kind);
    return {
      header: column.name,
      kind: column.kind,
      width: widthOf(
        column.name,
        column.kind,
        rows.map((row) => row[i] ?? null),
      ),
      ...(format ? { numFmt: format } : {}),
    };
  });
  return { columns, rows };
}

/** `vetted-shortlist-2026-03-05.xlsx`, dated in UTC like the CSV. */
export function xlsxFileName(now: Date): string {
  return `vetted-shortlist-${now.toISOString().slice(0, 10)}.xlsx`;
}
