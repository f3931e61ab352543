import type { ShortlistEntry } from '../contracts/shortlist-entry';
import { exportFileName, toCsv } from '../csv/to-csv';

/** A file to hand to the browser's download: the bytes and the name to save them under. */
export interface DownloadFile {
  blob: Blob;
  fileName: string;
}

export function csvDownload(entries: readonly ShortlistEntry[], now: Date): DownloadFile {
  return { blob: new Blob([toCsv(entries)], { type: 'text/csv;charset=utf-8' }), fileName: exportFileName(now) };
}

export function jsonDownload(json: string, fileName: string): DownloadFile {
  return { blob: new Blob([json], { type: 'application/json' }), fileName };
}
