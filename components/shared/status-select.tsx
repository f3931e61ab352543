import { SHORTLIST_STATUSES, type ShortlistStatus } from '../../lib/contracts/shortlist-entry';
import { STATUS_LABELS } from '../../lib/shortlist-view/status-counts';

/** The pipeline, in order: shortlisted → contacted → negotiating → signed, or declined at any point. */
export function StatusSelect({
  value,
  label,
  disabled,
  onChange,
}: {
  value: ShortlistStatus;
  label: string;
  disabled?: boolean;
  onChange: (status: ShortlistStatus) => void;
}) {
  return (
    <select className={`status-select pill--${value}`} aria-label={label} value={value} disabled={disabled} onChange={(e) => onChange(e.target.value as ShortlistStatus)}>
      {SHORTLIST_STATUSES.map((s) => (
        <option key={s} value={s}>
          {STATUS_LABELS[s]}
        </option>
      ))}
    </select>
  );
}
