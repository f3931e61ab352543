import type { Precision, VettingReport } from '../../lib/contracts/report';
import { Figure, FigureList, PanelSection } from './figure-list';
import { formatAgo, formatCount, formatDateTime, formatDecimal } from '../../lib/format/format';

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

const SOURCE_KIND: Record<string, string> = { dom: 'the page as shown', json: "the page's own data", capture: 'data the page loaded while you browsed' };

/** "dom:header, json:ytInitialData" → "the page as shown, the page's own data": where the figures came from, in words. */
export function sourcesText(sources: readonly string[]): string {
  const kinds = [...new Set(sources.map((s) => SOURCE_KIND[s.split(':')[0] ?? ''] ?? 'the page'))];
  return kinds.join(', ') || 'unknown';
}

/** What the numbers rest on: how many posts, which counts were exact, and when the page was read. */
export function ConfidenceSection({ report, now }: { report: VettingReport; now: Date }) {
  const { confidence, snapshot } = report;
  return (
    <PanelSection id="confidence" title="How sure is this" aside={`${confidence.level}, ${confidence.score}/100`}>
      {confidence.reasons.length > 0 && (
        <ul className="reasons">
          {confidence.reasons.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      )}
      <FigureList>
        <Figure label="Posts with interactions" value={formatCount(confidence.postsUsed)} />
        <Figure
          label="Counts on the page"
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
        <Figure label="Read from" value={sourcesText(snapshot.sources)} />
      </FigureList>
    </PanelSection>
  );
}
