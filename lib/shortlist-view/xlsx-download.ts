import type { ShortlistSummary } from '../contracts/shortlist-entry';
import type { DownloadFile } from './download';
import { xlsxFileName, xlsxSheet } from './xlsx-sheet';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * The Excel export: the CSV's columns as a workbook with one sheet, typed cells, a bold frozen
 * header with a filter, and column widths that fit. exceljs (~900 KB) is imported only here, on
 * click, so the popup and dashboard load without it.
 */
export async function xlsxBytes(summaries: readonly ShortlistSummary[], now: Date): Promise<Uint8Array<ArrayBuffer>> {
  const { default: ExcelJS } = await import('exceljs');
  const sheet = xlsxSheet(summaries);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Vetted';
  workbook.created = now;
  workbook.modified = now;
  const ws = workbook.addWorksheet('Shortlist', { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = sheet.columns.map((c) => ({ header: c.header, key: c.header, width: c.width, ...(c.numFmt ? { style: { numFmt: c.numFmt } } : {}) }));
  ws.getRow(1).font = { bold: true };
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.columns.length } };
  for (const row of sheet.rows) ws.addRow(row);
  // A copy into a plain ArrayBuffer: exceljs gives a Node Buffer in Node and a Uint8Array in the browser.
  return Uint8Array.from(new Uint8Array(await workbook.xlsx.writeBuffer()));
}

export async function xlsxDownload(summaries: readonly ShortlistSummary[], now: Date): Promise<DownloadFile> {
  return { blob: new Blob([await xlsxBytes(summaries, now)], { type: XLSX_MIME }), fileName: xlsxFileName(now) };
}
