import Papa from 'papaparse';
import { formatCount } from '../format/format';

/** One data record, numbered as a spreadsheet shows it (the header is row 1), cells by normalized column name. */
export interface CsvRecord {
  row: number;
  cells: ReadonlyMap<string, string>;
}

export type CsvTable =
  | { ok: true; columns: string[]; records: CsvRecord[] }
  | { ok: false; reason: 'too-many-rows' | 'invalid-file'; message: string; errors: string[] };

/** "Profile URL", " profile-url " and "PROFILE_URL" all name the column profile_url. */
export function normalizeHeader(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

// A sheet saved by a European Excel uses ";" and a copy from a table tab: pick what splits the header most.
function sniffDelimiter(text: string): string {
  const end = text.search(/\r|\n/);
  const firstLine = (end === -1 ? text : text.slice(0, end)).replace(/"[^"]*"/g, '');
  const counts = [',', ';', '\t'].map((d) => ({ d, n: firstLine.split(d).length - 1 }));
  const best = counts.reduce((a, b) => (b.n > a.n ? b : a));
  return best.n > 0 ? best.d : ',';
}

const BLANK_LINE_ALLOWANCE = 100;

function withoutTrailingCr(cells: string[]): string[] {
  const last = cells[cells.length - 1];
  return last?.endsWith('\r') ? [...cells.slice(0, -1), last.slice(0, -1)] : cells;
}

function isBlank(cells: readonly string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}

/**
 * Parse CSV text (BOM tolerated; CRLF, LF or CR; comma, semicolon or tab) into records keyed by
 * normalized header name. Blank lines are skipped but still counted, so row numbers match what the
 * user sees in a spreadsheet. Never throws: a broken file gives `ok: false` with the reasons.
 */
export function parseCsvTable(text: string, options: { maxRows: number }): CsvTable {
  const input = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const parsed = Papa.parse<string[]>(input, {
    header: false,
    delimiter: sniffDelimiter(input),
    skipEmptyLines: false,
    // Enough to see the cap passed (with room for blank lines) without parsing a huge file to the end.
    preview: options.maxRows + 1 + BLANK_LINE_ALLOWANCE,
  });
  const errors = parsed.errors
    .filter((e) => e.type !== 'Delimiter')
    .map((e) => `row ${(e.row ?? 0) + 1}: ${e.code === 'MissingQuotes' ? 'a quoted cell is never closed' : e.message}`);
  if (errors.length) return { ok: false, reason: 'invalid-file', message: 'This file is not a readable CSV.', errors };

  // Papa takes the first line's ending for the whole file: under a header ending in LF, rows ending
  // in CRLF (a sheet appended to by another program) would keep "\r" at the end of their last cell.
  const rows = parsed.meta.linebreak === '\n' ? parsed.data.map(withoutTrailingCr) : parsed.data;
  const [headerCells, ...data] = rows;
  if (!headerCells || isBlank(headerCells)) return { ok: false, reason: 'invalid-file', message: 'This file is empty: there is no header row.', errors: [] };
  const columns = headerCells.map(normalizeHeader);
  const seen = new Set<string>();
  for (const name of columns) {
    if (name && seen.has(name)) return { ok: false, reason: 'invalid-file', message: `The column "${name}" appears twice in the header row.`, errors: [] };
    seen.add(name);
  }

  const records: CsvRecord[] = [];
  const rowErrors: string[] = [];
  data.forEach((cells, index) => {
    if (isBlank(cells)) return;
    const row = index + 2;
    const extra = cells.slice(columns.length);
    if (extra.some((cell) => cell.trim() !== '')) rowErrors.push(`row ${row}: has ${cells.length} cells but the header has ${columns.length} columns`);
    const map = new Map<string, string>();
    columns.forEach((name, i) => {
      // A short row (a sheet trimmed of trailing empty cells) reads the missing cells as empty.
      if (name) map.set(name, cells[i] ?? '');
    });
    records.push({ row, cells: map });
  });
  if (records.length > options.maxRows || parsed.meta.truncated) {
    return {
      ok: false,
      reason: 'too-many-rows',
      message: `This file has more than ${formatCount(options.maxRows)} rows. Split it into smaller files and import them one by one.`,
      errors: [],
    };
  }
  if (rowErrors.length) return { ok: false, reason: 'invalid-file', message: 'Some rows have more cells than the header.', errors: rowErrors };
  return { ok: true, columns: columns.filter(Boolean), records };
}
