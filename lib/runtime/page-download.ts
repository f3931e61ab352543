import type { DownloadFile } from '../shortlist-view/download';
import { clickDownload } from '../shortlist-view/click-download';

/** Download a file from this extension page (popup or dashboard), with the page's own globals. */
export function pageDownload(file: DownloadFile): void {
  clickDownload(file, {
    document,
    createObjectURL: (blob) => URL.createObjectURL(blob),
    revokeObjectURL: (url) => URL.revokeObjectURL(url),
    later: (run) => setTimeout(run, 60_000),
  });
}
