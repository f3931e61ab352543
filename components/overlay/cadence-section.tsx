import type { VettingReport } from '../../lib/contracts/report';
import { formatDays, formatDecimal, formatPercent } from '../../lib/metrics/format';
import { Figure, FigureList, PanelSection } from './figure-list';
import { HowDisclosure } from './how-disclosure';
import { datedPostIds, postsById } from './report-posts';

/** How often the creator posts and how recently. */
export function CadenceSection({ report }: { report: VettingReport }) {
  const { metrics } = report;
  const { cadence, formulas } = metrics;
  const posts = postsById(report);
  const dated = datedPostIds(report);
  return (
    <PanelSection id="cadence" title="Cadence">
      <FigureList>
        <Figure
          testId="figure-posts-per-week"
          label="Posts per week"
          value={cadence ? formatDecimal(cadence.postsPerWeek) : <span className="muted">n/a — {metrics.reasons.cadence ?? 'not computable'}</span>}
          how={<HowDisclosure what="posts per week" formula={formulas.postsPerWeek} postIds={dated} posts={posts} />}
        />
        <Figure
          testId="figure-days-since-last-post"
          label="Since the last post"
          value={metrics.daysSinceLastPost === null ? <span className="muted">n/a — {metrics.reasons.daysSinceLastPost ?? 'no dated post seen'}</span> : formatDays(metrics.daysSinceLastPost)}
          how={<HowDisclosure what="days since the last post" formula={formulas.daysSinceLastPost} postIds={dated.slice(0, 1)} posts={posts} />}
        />
        {cadence && (
          <>
            <Figure label="Median gap" value={formatDays(cadence.medianGapDays)} how={<HowDisclosure what="the median gap" formula={formulas.medianGapDays} postIds={dated} posts={posts} />} />
            <Figure
              label="Regularity"
              value={cadence.regularity === null ? <span className="muted">n/a — needs 2 gaps</span> : `${formatPercent(cadence.regularity)} variation`}
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
