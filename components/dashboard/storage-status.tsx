import type { ShortlistStats } from '../../lib/contracts/shortlist-store';
import { formatBytes, formatCount, formatDate } from '../../lib/format/format';

/** What navigator.storage.estimate() says the shortlist's origin uses, in bytes. */
export interface StorageUse {
  usage: number;
  quota: number;
}

/** After this many changes without an export, the page suggests one: a browser profile can be lost. */
export const EXPORT_NUDGE_AFTER = 50;

export function StorageStatus({
  stats,
  storage,
  onExport,
  onExportXlsx,
  onBackup,
}: {
  stats: ShortlistStats | null;
  storage: StorageUse | null;
  onExport: () => void;
  onExportXlsx: () => void;
  onBackup: () => void;
}) {
  return (
    <div className="storage-status">
      <div className="storage-line">
        <p className="muted" data-testid="storage-status">
          {storage ? `Storage used: ${formatBytes(storage.usage)} of ${formatBytes(storage.quota)}` : 'Storage used: unknown'}
          {' · '}
          Last export: {stats?.lastExportAt ? formatDate(stats.lastExportAt) : 'never'}
        </p>
        {/* On every view, not only under "Import & export": the export is how a shortlist leaves this browser. */}
        <button type="button" onClick={onExport} data-testid="header-export">
          Export CSV
        </button>
        <button type="button" onClick={onExportXlsx} data-testid="header-export-xlsx">
          Export Excel (.xlsx)
        </button>
      </div>
      {stats && stats.unsavedChanges >= EXPORT_NUDGE_AFTER ? (
        <div className="notice notice--info nudge" role="status" data-testid="export-nudge">
          <p>
            {formatCount(stats.unsavedChanges)} changes since your last export. Your shortlist lives only in this browser: export it to keep a
            copy.
          </p>
          <div className="button-row">
            <button type="button" onClick={onExport}>
              Export CSV
            </button>
            <button type="button" onClick={onBackup}>
              Download backup
            </button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
