import type { DownloadFile } from './download';

export interface DownloadEnvironment {
  document: Document;
  createObjectURL(blob: Blob): string;
  revokeObjectURL(url: string): void;
  /** When to let go of the blob; later than the click, since the browser reads it after. */
  later(run: () => void): void;
}

/**
 * Save a file through an `<a download>` on a blob URL: a plain page download, so the extension
 * needs no "downloads" permission.
 */
export function clickDownload(file: DownloadFile, env: DownloadEnvironment): void {
  const url = env.createObjectURL(file.blob);
  const link = env.document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  env.document.body.append(link);
  link.click();
  link.remove();
  env.later(() => env.revokeObjectURL(url));
}
