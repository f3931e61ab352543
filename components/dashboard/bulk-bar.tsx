import { useId, useState } from 'react';
import { SHORTLIST_STATUSES, type ShortlistStatus } from '../../lib/contracts/shortlist-entry';
import { STATUS_LABELS } from '../../lib/shortlist-view/status-counts';
import { formatCount } from '../../lib/format/format';

export interface BulkActions {
  onStatus(status: ShortlistStatus): void;
  onAddTag(tag: string): void;
  onRemoveTag(tag: string): void;
  onDelete(): void;
  onCompare(): void;
  onClear(): void;
}

/** What to do with the selected creators. Each change can be undone from the bar below the table. */
export function BulkBar({ count, busy, actions }: { count: number; busy: boolean; actions: BulkActions }) {
  const id = useId();
  const [status, setStatus] = useState<ShortlistStatus>('contacted');
  const [tag, setTag] = useState('');
  if (count === 0) return null;
  const canCompare = count >= 2 && count <= 4;
  return (
    <div className="bulk-bar" role="region" aria-label="Selected creators">
      <strong>{formatCount(count)} selected</strong>
      <span className="bulk-group">
        <label htmlFor={`${id}-status`}>Status</label>
        <select id={`${id}-status`} value={status} onChange={(e) => setStatus(e.target.value as ShortlistStatus)}>
          {SHORTLIST_STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABELS[s]}
            </option>
          ))}
        </select>
        <button type="button" disabled={busy} onClick={() => actions.onStatus(status)}>
          Set status
        </button>
      </span>
      <span className="bulk-group">
        <label htmlFor={`${id}-tag`}>Tag</label>
        <input id={`${id}-tag`} value={tag} onChange={(e) => setTag(e.target.value)} size={12} />
        <button type="button" disabled={busy || !tag.trim()} onClick={() => actions.onAddTag(tag.trim())}>
          Add tag
        </button>
        <button type="button" disabled={busy || !tag.trim()} onClick={() => actions.onRemoveTag(tag.trim())}>
          Remove tag
        </button>
      </span>
      <button type="button" disabled={!canCompare} onClick={actions.onCompare} title={canCompare ? undefined : 'Select 2 to 4 creators to compare'}>
        Compare
      </button>
      <button type="button" className="danger" disabled={busy} onClick={actions.onDelete}>
        Delete
      </button>
      <button type="button" className="link-button" onClick={actions.onClear}>
        Clear selection
      </button>
    </div>
  );
}
