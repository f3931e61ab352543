import type { Ref } from 'react';
import type { VettingReport } from '../../lib/contracts/report';
import { DragHandle } from './drag-handle';
import { TIER_LABEL, verdictShowsScore } from '../../lib/vetting/labels';
import type { MoveControl } from './overlay-model';
import { formatCount, formatFollowers } from '../../lib/format/format';

/**
 * The collapsed overlay: the verdict line in the verdict's colour ("Strong fit · 82", "Outside
 * brief · 1.1M followers > 100k", "Too little to judge · engagement from 1 post"), tier and
 * followers. The score sits in the circle only when it is the verdict; outside the brief or with
 * too little to judge, the circle holds a mark and the number stays in the panel. One click opens it.
 */
export function FitBadge({ report, onExpand, move, buttonRef }: { report: VettingReport; onExpand(): void; move: MoveControl; buttonRef?: Ref<HTMLButtonElement> }) {
  const { fit, metrics } = report;
  const creator = report.snapshot.creator;
  const followers = creator.followers;
  const exact = creator.provenance.followers?.exact ?? false;
  const showScore = verdictShowsScore(fit.verdict) && fit.score !== null;
  return (
    <section className={`badge badge--ready verdict--${fit.verdict}`} data-testid="overlay-badge" data-state="ready" data-key={report.key}>
      <DragHandle move={move} />
      <button type="button" ref={buttonRef} className="badge-open" onClick={onExpand} aria-expanded={false} data-testid="overlay-expand" title="Open the Vetted panel">
        {showScore ? (
          <span className="score" data-testid="overlay-score" data-value={fit.score}>
            {fit.score}
          </span>
        ) : (
          <span className="score score--mark" aria-hidden="true" data-testid="overlay-mark">
            {fit.verdict === 'outside-brief' ? '✕' : '?'}
          </span>
        )}
        <span className="badge-text">
          <strong className="verdict" data-testid="overlay-verdict" data-verdict={fit.verdict}>
            {fit.summary}
          </strong>
          <span className="badge-meta">
            <span data-testid="overlay-handle">@{creator.handle}</span>
            {' · '}
            <span data-testid="overlay-tier">{metrics.tier ? TIER_LABEL[metrics.tier] : 'tier unknown'}</span>
            {' · '}
            <span data-testid="overlay-followers" data-value={followers ?? ''} title={followers === null ? 'not shown on the page' : `${formatCount(followers)} (${exact ? 'exact count' : 'rounded on the page'})`}>
              {followers === null ? 'followers unknown' : `${formatFollowers(followers)} followers`}
            </span>
          </span>
        </span>
      </button>
    </section>
  );
}
