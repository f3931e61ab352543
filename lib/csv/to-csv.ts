import type { ShortlistEntry } from '../contracts/shortlist-entry';
import { CSV_COLUMNS, CSV_HEADER, LIST_SEPARATOR, type CsvColumnKind } from './csv-columns';
import { guardFormula } from './formula-guard';
import { figuresOf } from './report-figures';

/** Excel only reads a CSV as UTF-8 (names in Hebrew, emoji) when it starts with a byte-order mark. */
export const CSV_BOM = '\uFEFF';
export const CSV_NEWLINE = '\r\n';

/** RFC 4180: a field with a quote, comma, CR or LF is quoted, and its quotes doubled. */
export function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole file: BOM, CRLF after every record (the last one too). */
export function formatCsv(rows: readonly (readonly string[])[]): string {
  return CSV_BOM + rows.map((row) => row.map(csvField).join(',') + CSV_NEWLINE).join('');
}

function isoUtc(value: unknown): string {
  if (typeof value !== 'string') return '';
  const time = Date.parse(value);
  return Number.isNaN(time) ? '' : new Date(time).toISOString();
}

/** One value as its cell text, before quoting. Text cells are formula-guarded; numbers need not be. */
export function formatCell(kind: CsvColumnKind, value: unknown): string {
  switch (kind) {
    case 'text':
      return typeof value === 'string' ? guardFormula(value) : '';
    case 'list':
      return Array.isArray(value) ? guardFormula(value.filter((v) => typeof v === 'string').join(LIST_SEPARATOR)) : '';
    case 'count':
    case 'figure':
      // String(n) is plain ("0.0345", "1250000"); a negative never reaches here (see figuresFromReport).
      return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? String(value) : '';
    case 'boolean':
      return typeof value === 'boolean' ? String(value) : '';
    case 'date':
      return isoUtc(value);
  }
}

/** The shortlist as a CSV file's text (UTF-8 with BOM, CRLF, RFC 4180): header, then one row per entry. */
export function toCsv(entries: readonly ShortlistEntry[]): string {
  const rows = entries.map((entry) => {
    const figures = figuresOf(entry);
    return CSV_COLUMNS.map((column) => formatCell(column.kind, column.read(entry, figures)));
  });
  return formatCsv([CSV_HEADER, ...rows]);
}

/** `vetted-shortlist-2026-03-05.csv`, dated in UTC like every date in the file. */
export function exportFileName(now: Date): string {
  return `vetted-shortlist-${now.toISOString().slice(0, 10)}.csv`;
}
