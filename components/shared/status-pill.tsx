import type { ShortlistStatus } from '../../lib/contracts/shortlist-entry';
import { STATUS_LABELS } from '../../lib/shortlist-view/status-counts';

export function StatusPill({ status }: { status: ShortlistStatus }) {
  return <span className={`pill pill--${status}`}>{STATUS_LABELS[status]}</span>;
}
