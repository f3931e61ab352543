import type { SyncStatus } from '../../lib/sync/sync-settings';
import { formatDateTime } from '../../lib/format/format';

const LABELS: Record<SyncStatus['state'], string> = {
  off: 'Team sync off',
  syncing: 'Syncing…',
  'up-to-date': 'Up to date',
  offline: 'Offline, retrying',
  error: 'Sync error',
};

/** Team sync's state in a few words, for the dashboard header and the popup. Nothing when sync is off and `quietWhenOff`. */
export function SyncIndicator({ status, quietWhenOff = false }: { status: SyncStatus | null; quietWhenOff?: boolean }) {
  if (!status || (quietWhenOff && status.state === 'off')) return null;
  const last = status.lastSyncAt ? ` · last synced ${formatDateTime(status.lastSyncAt)}` : '';
  return (
    <p className={`sync-indicator sync-indicator--${status.state}`} role="status" data-testid="sync-indicator" data-state={status.state}>
      <span className="sync-indicator-dot" aria-hidden="true" />
      {LABELS[status.state]}
      {status.reason && (status.state === 'error' || status.state === 'offline') ? `: ${status.reason}` : ''}
      {status.state !== 'off' ? last : ''}
    </p>
  );
}
