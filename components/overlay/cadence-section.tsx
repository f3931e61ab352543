import type { VettingReport } from '../../lib/contracts/report';
import { Figure, FigureList, PanelSection } from './figure-list';
import { HowDisclosure } from './how-disclosure';
import { sinceLastPost } from './key-figures';
import { notAvailableOnce } from './not-available';
import { datedPostIds, postsById } from './report-posts';
import { formatDays, formatPerWeek, formatPercent } from '../../lib/format/format';

/** How even the gaps between posts are, from their variation (standard deviation over mean). */
export function regularityText(variation: number): string {
  const word = variation < 0.35 ? 'steady' : variation < 0.75 ? 'somewhat uneven' : 'uneven';
  return `${word} (gaps vary by ${formatPercent(variation)} around the typical gap)`;
}

/** How often the creator posts and how recently. */
export function CadenceSection({ report }: { report: VettingReport }) {
  const { metrics } = report;
  const { cadence, formulas } = metrics;
  const posts = postsById(report);
  const dated = datedPostIds(report);
  const na = notAvailableOnce();
  return (
    <PanelSection id="cadence" title="Posting rhythm" aside={cadence ? `${formatPerWeek(cadence.postsPerWeek)} a week` : undefined}>
      <FigureList>
        <Figure
          testId="figure-posts-per-week"
          label="Posts per week"
          value={cadence ? formatPerWeek(cadence.postsPerWeek) : na(metrics.reasons.cadence)}
          how={<HowDisclosure what="posts per week" formula={formulas.postsPerWeek} postIds={dated} posts={posts} />}
        />
        <Figure
          testId="figure-days-since-last-post"
          label="Last post"
          value={metrics.daysSinceLastPost === null ? na(metrics.reasons.daysSinceLastPost, 'no dated post seen') : sinceLastPost(metrics.daysSinceLastPost)}
          how={<HowDisclosure what="days since the last post" formula={formulas.daysSinceLastPost} postIds={dated.slice(0, 1)} posts={posts} />}
        />
        {cadence && (
          <>
            <Figure label="Typical gap" value={formatDays(cadence.medianGapDays)} how={<HowDisclosure what="the median gap" formula={formulas.medianGapDays} postIds={dated} posts={posts} />} />
            <Figure
              label="Gaps between posts"
              value={cadence.regularity === null ? <span className="muted">n/a — needs 2 gaps</span> : regularityText(cadence.regularity)}
              how={<HowDisclosure what="regularity" formula={formulas.regularity} />}
            />
            <Figure
              testId="figure-posts-in-span"
              label="Posts in the span"
              value={`${cadence.postsInSpan} over ${formatDays(cadence.spanDays)} (${cadence.datedPosts} dated${cadence.postsInSpan > cadence.datedPosts ? `, ${cadence.postsInSpan - cadence.datedPosts} between them undated` : ''})`}
            />
          </>
        )}
      </FigureList>
    </PanelSection>
  );
}
