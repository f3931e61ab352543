import type { ReactNode } from 'react';
import type { MedianMean, VettingReport } from '../../lib/contracts/report';
import { Figure, FigureList, PanelSection } from './figure-list';
import { HowDisclosure } from './how-disclosure';
import { notAvailableOnce } from './not-available';
import { TIER_LABEL } from '../../lib/vetting/labels';
import { byViewsPostIds, likePostIds, postsById, viewPostIds } from './report-posts';
import { SafeLink } from './safe-link';
import { formatCount, formatPercent, formatPostsUsed } from '../../lib/format/format';

const medianMean = (value: MedianMean | null, missing: () => ReactNode) => (value ? `median ${formatPercent(value.median)}, mean ${formatPercent(value.mean)}` : missing());

const postCount = (n: number) => `${formatCount(n)} ${n === 1 ? 'post' : 'posts'}`;

const POSITION_TEXT = { 'below-low': 'below the low mark', low: 'low', average: 'average', high: 'high', 'above-high': 'above the high mark' } as const;

/**
 * Engagement by followers and by views, the posts they rest on, and where the creator sits in its
 * size band. A rate from too few posts is shown with a mark saying so (it does not count in the
 * fit); the band is held against its source's own statistic, shown beside Vetted's per-post median.
 */
export function EngagementSection({ report }: { report: VettingReport }) {
  const { metrics } = report;
  const { engagement, benchmark } = metrics;
  const note = metrics.evidence.engagement.note;
  const posts = postsById(report);
  const byViewsIds = byViewsPostIds(report);
  const headlineIds = metrics.engagementRateBasis === 'views' ? byViewsIds : engagement.postIds;
  const na = notAvailableOnce();
  return (
    <PanelSection id="engagement" title="Engagement in detail" aside={benchmark?.position ? `${POSITION_TEXT[benchmark.position]} for its size` : undefined}>
      <FigureList>
        <Figure
          testId="figure-engagement-rate"
          label={`Engagement rate (by ${metrics.engagementRateBasis})`}
          value={
            metrics.engagementRate === null ? (
              na(metrics.reasons.engagementRate)
            ) : (
              <>
                {formatPercent(metrics.engagementRate)}
                {note && (
                  <>
                    {' '}
                    <span className="evidence-note" data-testid="engagement-note">
                      {note}
                    </span>
                  </>
                )}
              </>
            )
          }
          how={<HowDisclosure what="the engagement rate" formula={metrics.formulas.engagementRate} postIds={headlineIds} posts={posts} />}
        />
        <Figure
          testId="figure-by-followers"
          label="By followers"
          value={medianMean(engagement.byFollowers, () => na(engagement.reasons.byFollowers))}
          how={<HowDisclosure what="engagement by followers" formula={engagement.formulas.byFollowers} postIds={engagement.postIds} posts={posts} />}
        />
        <Figure
          testId="figure-by-views"
          label="By views"
          value={medianMean(engagement.byViews, () => na(engagement.reasons.byViews))}
          how={<HowDisclosure what="engagement by views" formula={engagement.formulas.byViews} postIds={byViewsIds} posts={posts} />}
        />
        <Figure
          testId="figure-posts-used"
          label="Posts with likes or comments"
          value={formatPostsUsed(engagement.postsUsed, metrics.eligiblePostIds.length, engagement.postsUsedByViews)}
          how={<HowDisclosure what="the eligible posts" formula={metrics.formulas.eligiblePosts} postIds={metrics.eligiblePostIds} posts={posts} />}
        />
        <Figure
          label="View rate"
          value={metrics.viewRate ? `median ${formatPercent(metrics.viewRate.median)}, mean ${formatPercent(metrics.viewRate.mean)}` : na(metrics.reasons.viewRate)}
          how={<HowDisclosure what="the view rate" formula={metrics.formulas.viewRate} postIds={viewPostIds(report)} posts={posts} />}
        />
        {metrics.medianViews !== null && <Figure testId="figure-median-views" label="Median views" value={`${formatCount(metrics.medianViews)} over ${postCount(viewPostIds(report).length)}`} />}
        {metrics.medianLikes !== null && <Figure testId="figure-median-likes" label="Median likes" value={`${formatCount(metrics.medianLikes)} over ${postCount(likePostIds(report).length)}`} />}
        {benchmark && (
          <>
            <Figure
              testId="figure-band-statistic"
              label="Band's statistic"
              value={
                benchmark.value === null ? (
                  na(benchmark.valueReason)
                ) : (
                  `${formatPercent(benchmark.value)} over ${benchmark.postsUsed} posts`
                )
              }
              how={<HowDisclosure what="the band's statistic" formula={`${benchmark.statistic}: what ${benchmark.source} measured its bands with, so the creator is placed by the same figure`} />}
            />
            <Figure
              testId="figure-per-post-median"
              label="Vetted's per-post median"
              value={benchmark.perPostMedian === null ? <span className="muted">n/a</span> : `${formatPercent(benchmark.perPostMedian)} (by ${benchmark.basis}, eligible posts)`}
            />
          </>
        )}
        <Figure
          testId="figure-benchmark"
          label="Size band"
          value={
            benchmark ? (
              <>
                {benchmark.tier ? `${TIER_LABEL[benchmark.tier]}, ` : ''}
                {benchmark.bracket} followers: low &lt; {formatPercent(benchmark.low)}, average {formatPercent(benchmark.averageLow)}–{formatPercent(benchmark.averageHigh)}, high &gt;{' '}
                {formatPercent(benchmark.high)} (by {benchmark.basis}) —{' '}
                <strong>{benchmark.position ? POSITION_TEXT[benchmark.position] : 'position unknown'}</strong>
              </>
            ) : (
              <span className="muted">{metrics.reasons.benchmark ?? 'no benchmark'}</span>
            )
          }
          how={
            benchmark ? (
              <details className="how">
                <summary aria-label="Where does the size band come from?">source</summary>
                <div className="how-body">
                  <SafeLink href={benchmark.sourceUrl}>{benchmark.source}</SafeLink>
                </div>
              </details>
            ) : undefined
          }
        />
      </FigureList>
    </PanelSection>
  );
}
