import type { BackupDownload } from '../../lib/runtime/backup-download';
import type { DownloadFile } from '../../lib/shortlist-view/download';
import type { ImportableFile } from '../../lib/shortlist-view/importable-file';
import type { ImportResult, OnExisting, ShortlistPort } from '../../lib/contracts/shortlist-store';
import type { CopyText } from '../../components/shared/copy-field';
import type { StorageUse } from '../../components/dashboard/storage-status';
import type { TeamSyncPort } from '../../lib/runtime/team-sync-port';

/** Everything the dashboard needs from the browser, passed in by entrypoints/dashboard (and by tests). */
export interface DashboardServices {
  openShortlist(): Promise<ShortlistPort>;
  /** A CSV or a JSON backup into the shortlist last opened; all or nothing. */
  importFile(file: ImportableFile, options: { onExisting: OnExisting; now: Date }): Promise<ImportResult>;
  /** The shortlist last opened, as a backup file. */
  backup(now: Date): Promise<BackupDownload>;
  /** navigator.storage.estimate(); null where the browser does not say. */
  storageEstimate(): Promise<StorageUse | null>;
  download(file: DownloadFile): void;
  copyText: CopyText;
  now(): Date;
  /** A fresh id for a new brief. */
  newId(): string;
  /** Another page or the worker wrote the shortlist (the overlay saved, another tab edited): list it again. */
  onShortlistChange?(listener: () => void): () => void;
  onListShown?(): void;
  /** Team sync's settings and status (storage.local); absent in tests that do not need it. */
  teamSync?: TeamSyncPort;
}
