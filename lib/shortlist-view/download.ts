import type { ShortlistSummary } from '../contracts/shortlist-entry';
import { exportFileName, summariesToCsv } from '../csv/csv-writer';

/** A file to hand to the browser's download: the bytes and the name to save them under. */
export interface DownloadFile {
  blob: Blob;
  fileName: string;
}

/** The CSV export, from the stored summaries (listSummaries): every column is in them. */
export function csvDownload(summaries: readonly ShortlistSummary[], now: Date): DownloadFile {
  return { blob: new Blob([summariesToCsv(summaries)], { type: 'text/csv;charset=utf-8' }), fileName: exportFileName(now) };
}

export function jsonDownload(json: string, fileName: string): DownloadFile {
  return { blob: new Blob([json], { type: 'application/json' }), fileName };
}
