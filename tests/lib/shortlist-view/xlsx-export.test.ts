// @vitest-environment node
import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import { CSV_HEADER } from '../../../lib/csv/csv-columns';
import { summarizeEntry } from '../../../lib/csv/entry-summary';
import { xlsxBytes, xlsxDownload, XLSX_MIME } from '../../../lib/shortlist-view/xlsx-download';
import { xlsxCell, xlsxFileName } from '../../../lib/shortlist-view/xlsx-sheet';
import { goldenEntries } from '../csv/entries';

const goldenSummaries = () => goldenEntries().map((e) => summarizeEntry(e));

const NOW = new Date('2026-03-05T18:30:00Z');

/** The file as Excel would open it: read back with the library, no shortcut through our own types. */
async function readBack(bytes: Uint8Array) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet('Shortlist');
  if (!sheet) throw new Error('no Shortlist sheet');
  const header = (sheet.getRow(1).values as unknown[]).slice(1);
  const rows = new Map<string, Record<string, ExcelJS.Cell>>();
  sheet.eachRow((row, n) => {
    if (n === 1) return;
    const cells = Object.fromEntries(header.map((name, i) => [String(name), row.getCell(i + 1)]));
    rows.set(`${cells.platform!.value}:${cells.handle!.value}`, cells);
  });
  return { sheet, header, rows };
}

describe('the Excel export', () => {
  test('the same columns as the CSV, one row per creator, named by date', async () => {
    const { header, rows } = await readBack(await xlsxBytes(goldenSummaries(), NOW));
    expect(header).toEqual([...CSV_HEADER]);
    expect([...rows.keys()]).toEqual(goldenEntries().map((e) => `${e.platform}:${e.handle}`));
    expect(xlsxFileName(NOW)).toBe('vetted-shortlist-2026-03-05.xlsx');
  });

  test('typed cells: numbers as numbers, dates as dates, booleans, text as text; empty for unknown', async () => {
    const { rows } = await readBack(await xlsxBytes(goldenSummaries(), NOW));
    const ana = rows.get('instagram:ana.cocina')!;
    expect(ana.followers!.type).toBe(ExcelJS.ValueType.Number);
    expect(ana.followers!.value).toBe(48_200);
    expect(ana.engagement_rate!.value).toBe(0.0257);
    expect(ana.engagement_rate!.numFmt).toBe('0.00%');
    expect(ana.verified!.value).toBe(false);
    expect(ana.first_saved_at!.type).toBe(ExcelJS.ValueType.Date);
    expect((ana.first_saved_at!.value as Date).toISOString()).toBe('2026-01-10T08:31:00.000Z');
    expect(ana.notes!.value).toBe('Asked for rates, "urgent"\nCall back Monday');
    expect(ana.tags!.value).toBe('food; spain');
    expect(ana.fit_summary!.value).toBe('Possible fit · 74');
    const maryam = rows.get('youtube:maryam.art')!;
    expect(maryam.display_name!.value).toBe('مريم 🎨');
    expect(maryam.following!.value).toBeNull();
  });

  test('formula-looking text is a text cell: no formula, no apostrophe', async () => {
    const { rows } = await readBack(await xlsxBytes(goldenSummaries(), NOW));
    const dani = rows.get('tiktok:dani.runs')!;
    expect(dani.display_name!.type).toBe(ExcelJS.ValueType.String);
    expect(dani.display_name!.value).toBe('=HYPERLINK("http://evil.example","x")');
    expect(dani.display_name!.formula).toBeUndefined();
    expect(dani.tags!.value).toBe('-minus; run');
    expect(dani.notes!.value).toBe('@mention me');
  });

  test('frozen header row with a filter, bold, and widths that fit', async () => {
    const { sheet, header } = await readBack(await xlsxBytes(goldenSummaries(), NOW));
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.autoFilter).toBeTruthy();
    const widths = Object.fromEntries(header.map((name, i) => [String(name), sheet.getColumn(i + 1).width ?? 0]));
    expect(widths.tracking_link).toBe(50);
    expect(widths.platform).toBeGreaterThanOrEqual('instagram'.length);
    expect(widths.first_saved_at).toBeGreaterThanOrEqual(16);
    for (const [name, width] of Object.entries(widths)) expect(width, name).toBeGreaterThanOrEqual(name.length);
  });

  test('the download is an xlsx blob named by date', async () => {
    const file = await xlsxDownload(goldenSummaries(), NOW);
    expect(file.fileName).toBe('vetted-shortlist-2026-03-05.xlsx');
    expect(file.blob.type).toBe(XLSX_MIME);
    // A zip (PK\x03\x04), as every .xlsx is.
    expect([...new Uint8Array(await file.blob.slice(0, 4).arrayBuffer())]).toEqual([0x50, 0x4b, 0x03, 0x04]);
  });

  test('cells: unknown numbers, bad dates and characters XML cannot hold never break the file', () => {
    expect(xlsxCell('figure', -1)).toBe(-1);
    expect(xlsxCell('count', -1)).toBeNull();
    expect(xlsxCell('count', 2.5)).toBeNull();
    expect(xlsxCell('count', Number.NaN)).toBeNull();
    expect(xlsxCell('date', 'not a date')).toBeNull();
    expect(xlsxCell('text', 'a\u0000b\u0007c\td')).toBe('abc\td');
    expect(xlsxCell('text', '')).toBeNull();
    expect(xlsxCell('list', [])).toBeNull();
  });
});
