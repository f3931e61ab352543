import type { VettingReport } from '../../lib/contracts/report';
import { Figure, FigureList, PanelSection } from './figure-list';
import { HowDisclosure } from './how-disclosure';
import { postsById } from './report-posts';
import { SafeLink } from './safe-link';
import { formatCount, formatPercent, formatUsdRange } from '../../lib/format/format';

const VIEWS_SOURCE = { 'median-views': 'median views of the eligible posts', 'followers-x-view-rate': 'followers × typical view rate' } as const;

/** An estimated fee per post and what an interaction would cost at that fee. */
export function PriceSection({ report }: { report: VettingReport }) {
  const { price, metrics } = report;
  const posts = postsById(report);
  return (
    <PanelSection id="price" title="Price in detail">
      <FigureList>
        <Figure
          testId="figure-price"
          label="Per post"
          value={price.low === null || price.high === null ? <span className="muted">n/a — {price.reason ?? 'not computable'}</span> : formatUsdRange(price.low, price.high)}
          how={<HowDisclosure what="the price estimate" formula={price.formula} postIds={price.expectedViewsSource === 'median-views' ? metrics.eligiblePostIds : undefined} posts={posts} />}
        />
        {price.expectedViews !== null && (
          <Figure
            label="Expected views"
            value={`${formatCount(price.expectedViews)} (${price.expectedViewsSource ? VIEWS_SOURCE[price.expectedViewsSource] : 'estimated'}${price.viewRate !== null ? `, ${formatPercent(price.viewRate)}` : ''})`}
          />
        )}
        <Figure label="CPM" value={<SafeLink href={price.cpmSource}>{`${formatUsdRange(price.cpm.low, price.cpm.high)} per 1,000 views`}</SafeLink>} />
        <Figure
          testId="figure-cost-per-engagement"
          label="Cost per engagement"
          value={price.costPerEngagement ? formatUsdRange(price.costPerEngagement.low, price.costPerEngagement.high) : <span className="muted">n/a — no interactions shown</span>}
          how={<HowDisclosure what="the cost per engagement" formula={price.costPerEngagementFormula} postIds={metrics.engagement.postIds} posts={posts} />}
        />
      </FigureList>
    </PanelSection>
  );
}
