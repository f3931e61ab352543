import type { ShortlistSummary } from '../contracts/shortlist-entry';
import type { ShortlistPort } from '../contracts/shortlist-store';
import { csvDownload, type DownloadFile } from './download';
import { xlsxDownload } from './xlsx-download';

export interface ExportOptions {
  /** 'xlsx': the same columns as an Excel workbook; its library loads on this call only. */
  format?: 'csv' | 'xlsx';
  now: Date;
  download(file: DownloadFile): void;
  /** What to export (the dashboard's filtered rows); default: every creator, as listSummaries() gives them. */
  summaries?: readonly ShortlistSummary[];
}

/**
 * The shortlist export, as the popup's and the dashboard's buttons run it: the summaries hold every
 * column, so no full row is read even for 10,000 creators; once the file is handed to the browser the
 * export is recorded (the unsaved-changes counter starts again).
 */
export async function exportCsv(shortlist: Pick<ShortlistPort, 'listSummaries' | 'markExported'>, options: ExportOptions): Promise<void> {
  const summaries = options.summaries ?? (await shortlist.listSummaries()).summaries;
  options.download(options.format === 'xlsx' ? await xlsxDownload(summaries, options.now) : csvDownload(summaries, options.now));
  await shortlist.markExported(options.now);
}
