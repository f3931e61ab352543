import type { ShortlistSummary } from '../contracts/shortlist-entry';
import { CSV_COLUMNS, CSV_HEADER, LIST_SEPARATOR, type CsvColumnKind, type FigureRounding } from './csv-columns';
import { guardFormula } from './formula-guard';

// The one CSV writer: the shortlist export (popup, dashboard) and nothing else writes CSV text.

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

/** Significant digits kept: a rate of 0.025714285714285714 is 0.0257143, and 0.1 + 0.2 is 0.3. */
const SIGNIFICANT_DIGITS = 6;

/**
 * A number as a spreadsheet reads it back and a person reads it: plain decimal notation (never
 * "1e-7" or "1.5e+21"), at most six significant digits after the point, no grouping, "." as the
 * decimal mark. Whole numbers are written in full.
 */
export function csvNumber(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e21) return String(n);
  const rounded = Number(n.toPrecision(SIGNIFICANT_DIGITS));
  const text = String(rounded);
  if (!/e/i.test(text)) return text;
  // Exponent notation: |n| < 1e-6 or ≥ 1e21. Written out in full digits instead.
  return Math.abs(rounded) >= 1 ? BigInt(Math.round(rounded)).toString() : rounded.toFixed(20).replace(/0+$/, '');
}

function isoUtc(value: unknown): string {
  if (typeof value !== 'string') return '';
  const time = Date.parse(value);
  return Number.isNaN(time) ? '' : new Date(time).toISOString();
}

/**
 * One value as its cell text, before quoting. Text and list cells are formula-guarded (lib/csv/formula-guard.ts);
 * numbers are not: "-3.5" written from a number is a number to every spreadsheet, never a formula.
 */
export function formatCell(kind: CsvColumnKind, value: unknown): string {
  switch (kind) {
    case 'text':
      return typeof value === 'string' ? guardFormula(value) : '';
    case 'list':
      return Array.isArray(value) ? guardFormula(value.filter((v) => typeof v === 'string').join(LIST_SEPARATOR)) : '';
    case 'count':
      return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? csvNumber(value) : '';
    case 'figure':
      return typeof value === 'number' && Number.isFinite(value) ? csvNumber(value) : '';
    case 'boolean':
      return typeof value === 'boolean' ? String(value) : '';
    case 'date':
      return isoUtc(value);
  }
}

const RATE_DIGITS = 4;

/** A figure as the exports write it: a rate to four significant digits (0.05585), whole days, money to the cent; anything else as it is. */
export function roundFigure(value: unknown, round: FigureRounding | undefined): unknown {
  if (round === undefined || typeof value !== 'number' || !Number.isFinite(value)) return value;
  switch (round) {
    case 'rate':
      return value === 0 ? 0 : Number(value.toPrecision(RATE_DIGITS));
    case 'days':
      return Math.round(value);
    case 'money':
      return Math.round(value * 100) / 100;
  }
}

/** Each export column's value for one stored summary, rounded for people, before any file format (CSV text, xlsx cells). */
export function columnValues(summary: ShortlistSummary): unknown[] {
  return CSV_COLUMNS.map((column) => roundFigure(column.read(summary), 'round' in column ? column.round : undefined));
}

/** The shortlist as a CSV file's text (UTF-8 with BOM, CRLF, RFC 4180): header, then one row per stored summary. */
export function summariesToCsv(summaries: readonly ShortlistSummary[]): string {
  const rows = summaries.map((summary) => columnValues(summary).map((value, i) => formatCell(CSV_COLUMNS[i]!.kind, value)));
  return formatCsv([CSV_HEADER, ...rows]);
}

/** `vetted-shortlist-2026-03-05.csv`, dated in UTC like every date in the file. */
export function exportFileName(now: Date): string {
  return `vetted-shortlist-${now.toISOString().slice(0, 10)}.csv`;
}
