import { createBackup } from '../shortlist/backup';
import type { Shortlist } from '../shortlist/repository';
import { jsonDownload, type DownloadFile } from '../shortlist-view/download';

export interface BackupDownload {
  file: DownloadFile;
  /** Stored rows too damaged to include; they stay in storage untouched. */
  leftOut: number;
}

/** The whole shortlist as a JSON backup file. Wiring only: it reads storage. */
export async function backupDownload(shortlist: Shortlist, now: Date): Promise<BackupDownload> {
  const backup = await createBackup(shortlist, now);
  return { file: jsonDownload(backup.json, backup.fileName), leftOut: backup.leftOut.length };
}
