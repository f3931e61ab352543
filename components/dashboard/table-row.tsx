import { memo } from 'react';
import type { ShortlistStatus } from '../../lib/contracts/shortlist-entry';
import { formatTagInput } from '../../lib/shortlist-view/tag-input';
import type { ViewRow } from '../../lib/shortlist-view/view-row';
import { StatusSelect } from '../shared/status-select';
import { TierBadge } from '../shared/tier-badge';
import { VerdictLine } from '../shared/verdict-line';
import { InlineText } from './inline-text';
import { GRID_TEMPLATE, ROW_HEIGHT } from './table-columns';
import { DASH, followersTitle, formatDate, formatFollowers, formatPercent, formatScore, formatUsdRange, platformName } from '../../lib/format/format';
import { httpUrl } from '../shared/http-url';

export interface RowActions {
  onSelect(key: string, selected: boolean): void;
  onStatus(key: string, status: ShortlistStatus): void;
  /** `startedFrom`: the tags as the editor opened with them; the edit is what changed from those. */
  onTags(key: string, text: string, startedFrom?: string): Promise<boolean>;
  onNotes(key: string, text: string): Promise<boolean>;
  onDetails(key: string): void;
}

/** One creator in the table. Memoised: scrolling re-renders only the rows that enter the window. */
export const TableRow = memo(function TableRow({
  row,
  index,
  selected,
  highlighted,
  briefName,
  actions,
}: {
  row: ViewRow;
  index: number;
  selected: boolean;
  highlighted: boolean;
  briefName: string | null;
  actions: RowActions;
}) {
  const who = `@${row.handle}`;
  const href = httpUrl(row.profileUrl);
  return (
    <div
      role="row"
      className={`table-row${highlighted ? ' table-row--highlight' : ''}${selected ? ' table-row--selected' : ''}`}
      style={{ gridTemplateColumns: GRID_TEMPLATE, height: ROW_HEIGHT }}
      data-testid="dashboard-row"
      data-key={row.key}
      aria-rowindex={index + 2}
      aria-selected={selected}
      aria-current={highlighted ? 'true' : undefined}
    >
      <div role="cell">
        <input type="checkbox" checked={selected} aria-label={`Select ${who}`} onChange={(e) => actions.onSelect(row.key, e.target.checked)} />
      </div>
      <div role="cell" className="cell-creator">
        <span className="name">{row.displayName || row.handle}</span>
        {href ? (
          <a className="muted" href={href} target="_blank" rel="noopener noreferrer" aria-label={`${who} on ${platformName(row.platform)} (opens a new tab)`}>
            {who}
          </a>
        ) : (
          <span className="muted">{who}</span>
        )}
      </div>
      <div role="cell">{platformName(row.platform)}</div>
      <div role="cell" className="num" title={followersTitle(row.followers)}>
        {formatFollowers(row.followers)}
      </div>
      <div role="cell">
        <TierBadge tier={row.tier} />
      </div>
      <div role="cell" className="num">
        {formatPercent(row.engagementRate)}
      </div>
      <div role="cell" className="num">
        {formatScore(row.authenticityScore)}
      </div>
      <div role="cell" className="num">
        {/* Outside the brief or too little to judge, the score is secondary: the verdict line leads. */}
        {row.fitVerdict === 'outside-brief' || row.fitVerdict === 'insufficient-evidence' ? (
          <span className="muted">{formatScore(row.fitScore)}</span>
        ) : (
          <strong>{formatScore(row.fitScore)}</strong>
        )}
      </div>
      <div role="cell" className="cell-text">
        <VerdictLine verdict={row.fitVerdict} summary={row.fitSummary} testId="dashboard-verdict" />
      </div>
      <div role="cell" className="num cell-price">
        {formatUsdRange(row.priceLow, row.priceHigh)}
      </div>
      <div role="cell">
        <StatusSelect value={row.status} label={`Status of ${who}`} onChange={(s) => actions.onStatus(row.key, s)} />
      </div>
      <div role="cell" className="cell-edit">
        <InlineText value={formatTagInput(row.tags)} label={`Tags of ${who}`} placeholder="Add tags" onCommit={(text, from) => actions.onTags(row.key, text, from)} />
      </div>
      <div role="cell" className="cell-edit">
        <InlineText value={row.notes} label={`Notes on ${who}`} placeholder="Add a note" multiline onCommit={(text) => actions.onNotes(row.key, text)} />
      </div>
      <div role="cell" className="cell-text" title={briefName ?? undefined}>
        {briefName ?? DASH}
      </div>
      <div role="cell" className="num">
        {formatDate(row.updatedAt)}
      </div>
      <div role="cell">
        <button type="button" className="link-button" onClick={() => actions.onDetails(row.key)} aria-label={`Details of ${who}`}>
          Details
        </button>
      </div>
    </div>
  );
});
