import type { Precision, VettingReport } from '../../lib/contracts/report';
import { formatDecimal } from '../../lib/metrics/format';
import { formatAgo, formatDateTime } from '../format/format-age';
import { Figure, FigureList, PanelSection } from './figure-list';

const PRECISION_TEXT: Record<Precision, string> = { exact: 'exact', rounded: 'rounded', mixed: 'some rounded', unknown: 'not shown' };
const COUNTS = ['followers', 'following', 'postsCount', 'likes', 'comments', 'shares', 'views'] as const;
const COUNT_LABEL: Record<(typeof COUNTS)[number], string> = {
  followers: 'followers',
  following: 'following',
  postsCount: 'post count',
  likes: 'likes',
  comments: 'comments',
  shares: 'shares',
  views: 'views',
};

/** What the numbers rest on: how many posts, which counts were exact, and when the page was read. */
export function ConfidenceSection({ report, now }: { report: VettingReport; now: Date }) {
  const { confidence, snapshot } = report;
  return (
    <PanelSection
      id="confidence"
      title="Confidence"
      aside={
        <span className="aside" data-testid="confidence-level">
          {confidence.level} ({confidence.score}/100)
        </span>
      }
    >
      {confidence.reasons.length > 0 && (
        <ul className="reasons">
          {confidence.reasons.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      )}
      <FigureList>
        <Figure label="Posts used" value={String(confidence.postsUsed)} />
        <Figure
          label="Counts"
          value={
            <span className="counts">
              {COUNTS.map((c) => `${COUNT_LABEL[c]} ${PRECISION_TEXT[confidence.exactCounts[c]]}`).join(' · ')}
            </span>
          }
        />
        <Figure
          testId="figure-captured"
          label="Page read"
          value={
            <time dateTime={snapshot.creator.capturedAt} title={formatDateTime(snapshot.creator.capturedAt)}>
              {formatAgo(snapshot.creator.capturedAt, now)} ({formatDecimal(confidence.snapshotAgeHours)} h before scoring)
            </time>
          }
        />
        <Figure label="Scored" value={<time dateTime={report.computedAt}>{formatDateTime(report.computedAt)}</time>} />
        <Figure label="Read from" value={snapshot.sources.join(', ') || 'unknown'} />
      </FigureList>
    </PanelSection>
  );
}
