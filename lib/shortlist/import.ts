import { CSV_HEADER } from '../csv/csv-columns';
import { readCsvRow, missingKeyColumns, type CsvCreatorRow } from '../csv/csv-row';
import { parseCsvTable } from '../csv/from-csv';
import type { ImportResult, OnExisting } from '../contracts/shortlist-store';
import { StoreError } from './errors';
import type { Shortlist } from './repository';

export const IMPORT_CAPS = {
  /** A CSV of 50,000 creators with notes is ~15 MB at most; 10 MB keeps parsing well under a second. */
  csvBytes: 10 * 1024 * 1024,
  rows: 50_000,
  /** How many row errors to list before "and N more": enough to fix a sheet, not a wall of text. */
  listedErrors: 50,
} as const;

export interface ImportOptions {
  onExisting: OnExisting;
  now: Date;
}

const MB = 1024 * 1024;

/**
 * The text's UTF-8 size, or a stand-in that compares with `limit` the same way, without encoding
 * the whole text when its length alone settles it.
 */
export function utf8SizeAgainst(text: string, limit: number): number {
  // A UTF-16 code unit is at least one UTF-8 byte, at most three.
  if (text.length > limit) return text.length;
  if (text.length * 3 <= limit) return text.length;
  return new TextEncoder().encode(text).length;
}

/** For the popup to refuse a file before reading it (File.size), with the same words as the import. */
export function checkImportSize(bytes: number, limit: number = IMPORT_CAPS.csvBytes): string | null {
  if (bytes <= limit) return null;
  return `This file is ${(bytes / MB).toFixed(1)} MB; the most Vetted imports at once is ${limit / MB} MB. Split it into smaller files.`;
}

export function listErrors(errors: readonly string[]): string[] {
  if (errors.length <= IMPORT_CAPS.listedErrors) return [...errors];
  return [...errors.slice(0, IMPORT_CAPS.listedErrors), `…and ${errors.length - IMPORT_CAPS.listedErrors} more`];
}

export function storeFailure(error: unknown): ImportResult {
  if (error instanceof StoreError) return { ok: false, reason: error.code, message: error.userMessage, errors: [error.message] };
  throw error;
}

/**
 * Check a CSV (our export or any sheet with profile_url, or platform and handle) and, only when
 * every row is valid, write it in one transaction: all rows or none. `onExisting` says what to do
 * with a creator already on the shortlist: update it from the row, or leave it as it is.
 */
export async function importCsv(shortlist: Shortlist, text: string, options: ImportOptions): Promise<ImportResult> {
  const tooLarge = checkImportSize(utf8SizeAgainst(text, IMPORT_CAPS.csvBytes));
  if (tooLarge) return { ok: false, reason: 'too-large', message: tooLarge, errors: [] };
  const table = parseCsvTable(text, { maxRows: IMPORT_CAPS.rows });
  if (!table.ok) return { ok: false, reason: table.reason, message: table.message, errors: listErrors(table.errors) };
  const missing = missingKeyColumns(table.columns);
  if (missing) return { ok: false, reason: 'invalid-file', message: missing, errors: [] };

  const rows: CsvCreatorRow[] = [];
  const errors: string[] = [];
  const firstRowOf = new Map<string, number>();
  for (const record of table.records) {
    const result = readCsvRow(record);
    if (!result.ok) {
      errors.push(...result.errors);
      continue;
    }
    const first = firstRowOf.get(result.row.key);
    if (first !== undefined) {
      errors.push(`row ${record.row}: ${result.row.key} is already on row ${first}`);
      continue;
    }
    firstRowOf.set(result.row.key, record.row);
    rows.push(result.row);
  }
  if (errors.length) {
    const count = new Set(errors.map((e) => e.split(':')[0])).size;
    return {
      ok: false,
      reason: 'invalid-rows',
      message: `Nothing was imported: ${count} ${count === 1 ? 'row has a problem' : 'rows have problems'}. Fix ${count === 1 ? 'it' : 'them'} and import the file again.`,
      errors: listErrors(errors),
    };
  }
  if (rows.length === 0) return { ok: false, reason: 'invalid-file', message: 'This file has a header but no rows.', errors: [] };

  try {
    const applied = await shortlist.applyCsvRows(rows, options);
    const known = new Set<string>(CSV_HEADER);
    return { ok: true, ...applied, ignoredColumns: table.columns.filter((c) => !known.has(c)) };
  } catch (error) {
    return storeFailure(error);
  }
}
