import { useMemo, useState } from 'react';
import { SHORTLIST_STATUSES, type ShortlistSummary } from '../../lib/contracts/shortlist-entry';
import { filterRows, NO_FILTERS } from '../../lib/shortlist-view/filter-sort';
import { countByStatus, STATUS_LABELS } from '../../lib/shortlist-view/status-counts';
import { toViewRow } from '../../lib/shortlist-view/view-row';
import { StatusPill } from '../shared/status-pill';
import { VerdictLine } from '../shared/verdict-line';
import { VirtualList } from '../shared/virtual-list';
import { formatFollowers, platformName } from '../../lib/format/format';

/** Name; @handle, platform and followers; the verdict line. */
const ROW_HEIGHT = 60;

/** The shortlist, most recently updated first (the store's order), with a search and the count per status. */
export function PopupList({ entries, onOpen }: { entries: readonly ShortlistSummary[]; onOpen: (key: string) => void }) {
  const [query, setQuery] = useState('');
  const rows = useMemo(() => entries.map(toViewRow), [entries]);
  const shown = useMemo(() => filterRows(rows, { ...NO_FILTERS, text: query }, 'identity'), [rows, query]);
  const counts = useMemo(() => countByStatus(entries), [entries]);
  return (
    <>
      <ul className="status-counts" aria-label="Creators per status">
        {SHORTLIST_STATUSES.map((s) => (
          <li key={s} data-status={s}>
            <span className="count">{counts[s]}</span> {STATUS_LABELS[s].toLowerCase()}
          </li>
        ))}
      </ul>
      <input
        type="search"
        className="search"
        data-testid="popup-search"
        aria-label="Search the shortlist by name or handle"
        placeholder="Search by name or @handle"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      {shown.length === 0 ? (
        <p className="muted" role="status">
          No creator on your shortlist matches “{query}”.
        </p>
      ) : (
        <VirtualList
          count={shown.length}
          rowHeight={ROW_HEIGHT}
          height={Math.min(shown.length * ROW_HEIGHT, 300)}
          role="list"
          label="Shortlist"
          className="popup-rows"
          renderRow={(i) => {
            const row = shown[i];
            if (!row) return null;
            return (
              <div key={row.key} role="listitem" className="popup-row" data-testid="popup-row" data-key={row.key} style={{ height: ROW_HEIGHT }}>
                <button type="button" className="row-button" onClick={() => onOpen(row.key)}>
                  {/* Named by what it shows (a screen reader hears the same words as the eyes read), with what it does first. */}
                  <span className="visually-hidden">Open in the dashboard: </span>
                  <span className="row-name">
                    <span className="name">{row.displayName || row.handle}</span>
                    <span className="muted">
                      @{row.handle} · {platformName(row.platform)} · {formatFollowers(row.followers)}
                    </span>
                    <VerdictLine verdict={row.fitVerdict} summary={row.fitSummary} testId="popup-row-verdict" />
                  </span>
                  <span className="row-side">
                    <StatusPill status={row.status} />
                  </span>
                </button>
              </div>
            );
          }}
        />
      )}
    </>
  );
}
