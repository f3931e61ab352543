import type { ShortlistEntry, ShortlistSummary } from '../contracts/shortlist-entry';
import { exportFileName } from '../csv/to-csv';
import { summariesToCsv } from './summary-csv';
import { summaryOf } from './view-row';

/** A file to hand to the browser's download: the bytes and the name to save them under. */
export interface DownloadFile {
  blob: Blob;
  fileName: string;
}

/** The CSV export. Summaries are enough (listSummaries); full entries are summarized first. */
export function csvDownload(items: ReadonlyArray<ShortlistSummary | ShortlistEntry>, now: Date): DownloadFile {
  return { blob: new Blob([summariesToCsv(items.map(summaryOf))], { type: 'text/csv;charset=utf-8' }), fileName: exportFileName(now) };
}

export function jsonDownload(json: string, fileName: string): DownloadFile {
  return { blob: new Blob([json], { type: 'application/json' }), fileName };
}
