import { useId } from 'react';
import { TIERS, type CampaignBrief } from '../../lib/contracts/brief';
import { PLATFORMS, type Platform } from '../../lib/contracts/creator';
import { SHORTLIST_STATUSES, type ShortlistStatus } from '../../lib/contracts/shortlist-entry';
import { VERDICT_WORDS } from '../../lib/scoring/fit-summary';
import { hasFilters, NO_FILTERS, VERDICT_ORDER, type ShortlistFilters } from '../../lib/shortlist-view/filter-sort';
import { STATUS_LABELS } from '../../lib/shortlist-view/status-counts';
import { formatCount, platformName } from '../../lib/format/format';

function scoreValue(text: string): number | null {
  if (text.trim() === '') return null;
  const n = Number(text);
  return Number.isFinite(n) ? Math.min(100, Math.max(0, n)) : null;
}

/** Search and filters over the table. Every control is labelled; "Any" leaves a filter off. */
export function FilterBar({
  filters,
  tags,
  briefs,
  shown,
  total,
  onChange,
}: {
  filters: ShortlistFilters;
  tags: readonly string[];
  briefs: readonly Pick<CampaignBrief, 'id' | 'name'>[];
  shown: number;
  total: number;
  onChange: (filters: ShortlistFilters) => void;
}) {
  const id = useId();
  const set = <K extends keyof ShortlistFilters>(key: K, value: ShortlistFilters[K]) => onChange({ ...filters, [key]: value });
  const select = (key: 'platform' | 'status' | 'tag' | 'tier' | 'verdict' | 'briefId', label: string, options: ReadonlyArray<readonly [string, string]>) => (
    <div className="filter">
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <select id={`${id}-${key}`} value={filters[key]} onChange={(e) => set(key, e.target.value as never)}>
        <option value="">Any</option>
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <div role="search" className="filter-bar" aria-label="Filter the shortlist">
      <div className="filter filter--search">
        <label htmlFor={`${id}-text`}>Search</label>
        <input
          id={`${id}-text`}
          type="search"
          data-testid="dashboard-search"
          placeholder="Name, @handle, tag or note"
          value={filters.text}
          onChange={(e) => set('text', e.target.value)}
        />
      </div>
      {select('platform', 'Platform', PLATFORMS.map((p: Platform) => [p, platformName(p)] as const))}
      {select('status', 'Status', SHORTLIST_STATUSES.map((s: ShortlistStatus) => [s, STATUS_LABELS[s]] as const))}
      {select('tag', 'Tag', tags.map((t) => [t, t] as const))}
      {select('tier', 'Tier', TIERS.map((t) => [t, t] as const))}
      {select('verdict', 'Verdict', VERDICT_ORDER.map((v) => [v, VERDICT_WORDS[v]] as const))}
      {select('briefId', 'Brief', briefs.map((b) => [b.id, b.name] as const))}
      <div className="filter filter--range">
        <label htmlFor={`${id}-min`}>Fit from</label>
        <input
          id={`${id}-min`}
          type="number"
          min={0}
          max={100}
          inputMode="numeric"
          value={filters.minScore ?? ''}
          onChange={(e) => set('minScore', scoreValue(e.target.value))}
        />
        <label htmlFor={`${id}-max`}>to</label>
        <input
          id={`${id}-max`}
          type="number"
          min={0}
          max={100}
          inputMode="numeric"
          value={filters.maxScore ?? ''}
          onChange={(e) => set('maxScore', scoreValue(e.target.value))}
        />
      </div>
      <button type="button" onClick={() => onChange(NO_FILTERS)} disabled={!hasFilters(filters)}>
        Clear filters
      </button>
      <p className="filter-count muted" role="status">
        Showing {formatCount(shown)} of {formatCount(total)} creators
      </p>
    </div>
  );
}
