import { useMemo, type ReactNode } from 'react';
import type { StoredReading, ShortlistEntry } from '../../lib/contracts/shortlist-entry';
import { STATUS_LABELS } from '../../lib/shortlist-view/status-counts';
import { toViewRow, type ViewRow } from '../../lib/shortlist-view/view-row';
import { TierBadge } from '../shared/tier-badge';
import { EngagementBand } from './engagement-band';
import { FollowerChart } from './follower-chart';
import { VerdictLine } from '../shared/verdict-line';
import { DASH, formatDecimal, formatFollowers, formatPerWeek, formatPercent, formatScore, formatUsdRange, platformName } from '../../lib/format/format';

export const COMPARE_MIN = 2;
export const COMPARE_MAX = 4;

/** The table row and the full entry: the band and the figures below need the report itself. */
type CompareRow = ViewRow & { entry: ShortlistEntry };

interface MetricRow {
  label: string;
  cell(row: CompareRow): ReactNode;
}

const METRICS: readonly MetricRow[] = [
  { label: 'Platform', cell: (r) => platformName(r.platform) },
  { label: 'Followers', cell: (r) => formatFollowers(r.followers) },
  { label: 'Tier', cell: (r) => <TierBadge tier={r.tier} /> },
  { label: 'Engagement rate', cell: (r) => formatPercent(r.engagementRate) },
  {
    label: 'Against the tier band',
    cell: (r) => <EngagementBand benchmark={r.entry.report?.metrics.benchmark ?? null} reason={r.entry.report?.metrics.reasons.benchmark ?? null} />,
  },
  { label: 'Posts per week', cell: (r) => formatPerWeek(r.entry.report?.metrics.cadence?.postsPerWeek ?? r.entry.imported?.postsPerWeek ?? null) },
  {
    label: 'Days since last post',
    cell: (r) => formatDecimal(r.entry.report?.metrics.daysSinceLastPost ?? r.entry.imported?.daysSinceLastPost ?? null),
  },
  { label: 'Sponsored posts', cell: (r) => formatPercent(r.entry.report?.metrics.sponsoredShare ?? r.entry.imported?.sponsoredShare ?? null) },
  { label: 'Authenticity', cell: (r) => formatScore(r.authenticityScore) },
  { label: 'Verdict', cell: (r) => <VerdictLine verdict={r.fitVerdict} summary={r.fitSummary} /> },
  { label: 'Fit score', cell: (r) => (r.fitScore === null ? DASH : formatScore(r.fitScore)) },
  { label: 'Estimated price per post', cell: (r) => formatUsdRange(r.priceLow, r.priceHigh) },
  { label: 'Brief', cell: (r) => r.briefName ?? DASH },
  { label: 'Status', cell: (r) => STATUS_LABELS[r.status] },
];

/** 2–4 creators side by side: their figures, engagement against their tier's band, and follower history. */
export function CompareView({
  selected,
  entries,
  histories,
  onClose,
}: {
  /** How many creators are selected in the table. */
  selected: number;
  /** Their full entries, read when 2 to 4 are selected; null while loading. */
  entries: readonly ShortlistEntry[] | null;
  /** null while loading. */
  histories: ReadonlyMap<string, readonly StoredReading[]> | null;
  onClose: () => void;
}) {
  const rows = useMemo(() => (entries ?? []).map((entry): CompareRow => ({ ...toViewRow(entry), entry })), [entries]);
  // One array per data change, so that the chart is drawn again only when its data changes.
  const series = useMemo(() => rows.map((r) => ({ label: `@${r.handle}`, points: histories?.get(r.key) ?? [] })), [rows, histories]);
  if (selected < COMPARE_MIN || selected > COMPARE_MAX) {
    return (
      <section className="compare" aria-label="Compare creators" data-testid="compare">
        <p role="status">
          Select {COMPARE_MIN} to {COMPARE_MAX} creators in the table (with their checkboxes) to compare them. {selected} selected.
        </p>
      </section>
    );
  }
  if (entries === null) {
    return (
      <section className="compare" aria-label="Compare creators" data-testid="compare">
        <p className="muted" role="status">
          Loading the creators…
        </p>
      </section>
    );
  }
  return (
    <section className="compare" aria-label="Compare creators" data-testid="compare">
      <div className="compare-head">
        <h2>Comparing {rows.length} creators</h2>
        <button type="button" onClick={onClose}>
          Back to the table
        </button>
      </div>
      <table className="plain-table compare-table" data-testid="compare-table">
        <colgroup>
          <col className="compare-label-col" />
          {rows.map((r) => (
            <col key={r.key} />
          ))}
        </colgroup>
        <thead>
          <tr>
            <td />
            {rows.map((r) => (
              <th scope="col" key={r.key} data-key={r.key}>
                {r.displayName || r.handle}
                <span className="muted"> @{r.handle}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {METRICS.map((m) => (
            <tr key={m.label}>
              <th scope="row">{m.label}</th>
              {rows.map((r) => (
                <td key={r.key}>{m.cell(r)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {histories === null ? (
        <p className="muted">Loading follower history…</p>
      ) : (
        <FollowerChart series={series} />
      )}
    </section>
  );
}
