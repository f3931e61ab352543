import type { ReactNode } from 'react';
import type { VettingReport } from '../../lib/contracts/report';
import { TIER_LABEL } from '../../lib/vetting/labels';
import { POPULAR_POSTS_REASON } from '../../lib/metrics/cadence';
import { POPULAR_SAMPLE_NOTE } from '../../lib/metrics/evidence';
import { formatDays, formatPerWeek, formatPercent, formatUsdRange } from '../../lib/format/format';

const BAND_TEXT = { 'below-low': 'below the low mark', low: 'low', average: 'average', high: 'high', 'above-high': 'above the high mark' } as const;

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "today", "1 day ago", "12 days ago": how long since the last post, in whole days. */
export function sinceLastPost(days: number): string {
  const whole = Math.floor(days);
  return whole < 1 ? 'today' : `${formatDays(whole)} ago`;
}

/** "no warning signs", "1 warning, 2 risks": the authenticity checks that found something, in words. */
export function authenticityFindings(counts: VettingReport['authenticity']['counts']): string {
  const found = [counts.risk > 0 ? plural(counts.risk, 'risk', 'risks') : '', counts.warn > 0 ? plural(counts.warn, 'warning', 'warnings') : ''].filter(Boolean);
  const checked = counts.ok + counts.warn + counts.risk;
  // "no warning signs in 0 checks" would read as a clean bill: say that nothing could be checked.
  if (checked === 0) return 'no check could be run on this page';
  const head = found.length ? found.join(', ') : 'no warning signs';
  return `${head} in ${plural(checked, 'check', 'checks')}`;
}

function Card({ id, label, value, detail, muted }: { id: string; label: string; value: ReactNode; detail: string; muted?: boolean }) {
  return (
    <div className="card" data-testid={`card-${id}`}>
      <dt className="card-label">{label}</dt>
      <dd className={`card-value${muted ? ' card-value--none' : ''}`}>{value}</dd>
      <dd className="card-detail" title={detail}>
        {detail}
      </dd>
    </div>
  );
}

/**
 * The four figures a marketer asks for first, as cards: engagement against its size band, how
 * often and how lately the creator posts, what the authenticity checks found, and a price per post.
 * Each card says in a few words why a figure is missing; the sections below hold the detail.
 */
export function KeyFigures({ report }: { report: VettingReport }) {
  const { metrics, authenticity, price } = report;
  const { benchmark, cadence } = metrics;
  const band = benchmark?.position ? `${BAND_TEXT[benchmark.position]} for ${benchmark.tier ? TIER_LABEL[benchmark.tier] : 'its size'}` : null;
  // The verdict line right above may already give the reason ("Too little to judge · popular posts
  // only, not the latest"): the cards then point to it instead of saying it twice more.
  const gap = report.fit.evidenceGap;
  const note = metrics.evidence.engagement.note === gap ? null : metrics.evidence.engagement.note;
  const cadenceReason = metrics.reasons.cadence === POPULAR_POSTS_REASON && gap === POPULAR_SAMPLE_NOTE ? 'popular posts only, as the verdict says' : metrics.reasons.cadence;
  return (
    <dl className="cards" aria-label="Key figures" data-testid="key-figures">
      <Card
        id="engagement"
        label="Engagement"
        muted={metrics.engagementRate === null}
        value={metrics.engagementRate === null ? 'not measured' : formatPercent(metrics.engagementRate)}
        detail={metrics.engagementRate === null ? (metrics.reasons.engagementRate ?? 'no interactions shown') : [note, band].filter(Boolean).join(' · ') || `by ${metrics.engagementRateBasis}`}
      />
      <Card
        id="cadence"
        label="Posting"
        muted={cadence === null && metrics.daysSinceLastPost === null}
        value={cadence ? `${formatPerWeek(cadence.postsPerWeek)} a week` : 'not measured'}
        detail={metrics.daysSinceLastPost === null ? (cadenceReason ?? metrics.reasons.daysSinceLastPost ?? 'no dated post seen') : `last post ${sinceLastPost(metrics.daysSinceLastPost)}`}
      />
      <Card id="authenticity" label="Authenticity" value={`${authenticity.score}/100`} detail={authenticityFindings(authenticity.counts)} />
      <Card
        id="price"
        label="Price per post"
        muted={price.low === null || price.high === null}
        value={price.low === null || price.high === null ? 'no estimate' : formatUsdRange(price.low, price.high)}
        detail={price.low === null || price.high === null ? (price.reason ?? 'not computable') : 'estimate from views and CPM'}
      />
    </dl>
  );
}
