import type { VettingReport } from '../../lib/contracts/report';
import { Figure, FigureList, PanelSection } from './figure-list';
import { HowDisclosure } from './how-disclosure';
import { postsById } from './report-posts';
import { SafeLink } from './safe-link';
import { formatPercent, formatPercentRange } from '../../lib/format/format';

const POSITION_TEXT = { below: 'below the norm', within: 'within the norm', above: 'above the norm' } as const;

/** How much of the feed is paid, for which brands, and whether competitors of the brief appear. */
export function SponsoredSection({ report }: { report: VettingReport }) {
  const { sponsored, metrics } = report;
  const posts = postsById(report);
  return (
    <PanelSection id="sponsored" title="Sponsored posts" aside={sponsored.share === null ? undefined : `${formatPercent(sponsored.share)} of posts`}>
      <FigureList>
        <Figure
          testId="figure-sponsored-share"
          label="Sponsored share"
          value={
            sponsored.share === null ? (
              <span className="muted">n/a — {sponsored.reason ?? 'not computable'}</span>
            ) : (
              `${formatPercent(sponsored.share)} (${sponsored.sponsoredPosts} of ${sponsored.postsSeen} posts)${sponsored.position ? `, ${POSITION_TEXT[sponsored.position]}` : ''}`
            )
          }
          how={<HowDisclosure what="the sponsored share" formula={metrics.formulas.sponsoredShare} postIds={sponsored.sponsoredPostIds} posts={posts} />}
        />
        {sponsored.norm && (
          <Figure label="Norm for this size" value={<SafeLink href={sponsored.norm.source}>{formatPercentRange(sponsored.norm.low, sponsored.norm.high)}</SafeLink>} />
        )}
        <Figure label="Brands in paid posts" value={sponsored.brands.length ? sponsored.brands.map((b) => `@${b}`).join(', ') : <span className="muted">none named</span>} />
        <Figure
          testId="figure-competitors"
          label="Competitor mentions"
          value={
            sponsored.competitorMentions.length ? (
              <ul className="plain">
                {sponsored.competitorMentions.map((m) => (
                  <li key={m.competitor}>
                    {m.competitor}: {m.postIds.length} {m.postIds.length === 1 ? 'post' : 'posts'}{' '}
                    <HowDisclosure what={`mentions of ${m.competitor}`} formula="posts whose caption names the competitor (case-insensitive, whole words)" postIds={m.postIds} posts={posts} />
                  </li>
                ))}
              </ul>
            ) : (
              <span className="muted">none found</span>
            )
          }
        />
      </FigureList>
    </PanelSection>
  );
}
