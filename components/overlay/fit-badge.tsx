import type { Ref } from 'react';
import type { VettingReport } from '../../lib/contracts/report';
import { formatCount, formatExact } from '../format/format-count';
import { DragHandle } from './drag-handle';
import { TIER_LABEL, VERDICT_LABEL } from './labels';
import type { MoveControl } from './overlay-model';

/** The collapsed overlay: fit score in the verdict's colour and word, tier and followers. One click opens the panel. */
export function FitBadge({ report, onExpand, move, buttonRef }: { report: VettingReport; onExpand(): void; move: MoveControl; buttonRef?: Ref<HTMLButtonElement> }) {
  const { fit, metrics } = report;
  const creator = report.snapshot.creator;
  const followers = creator.followers;
  const exact = creator.provenance.followers?.exact ?? false;
  return (
    <section className={`badge badge--ready verdict--${fit.verdict}`} data-testid="overlay-badge" data-state="ready" data-key={report.key}>
      <DragHandle move={move} />
      <button type="button" ref={buttonRef} className="badge-open" onClick={onExpand} aria-expanded={false} data-testid="overlay-expand" title="Open the Vetted panel">
        <span className="score" data-testid="overlay-score" data-value={fit.score}>
          {fit.score}
        </span>
        <span className="badge-text">
          <strong className="verdict" data-testid="overlay-verdict" data-verdict={fit.verdict}>
            {VERDICT_LABEL[fit.verdict]}
          </strong>
          <span className="badge-meta">
            <span data-testid="overlay-handle">@{creator.handle}</span>
            {' · '}
            <span data-testid="overlay-tier">{metrics.tier ? TIER_LABEL[metrics.tier] : 'tier unknown'}</span>
            {' · '}
            <span data-testid="overlay-followers" data-value={followers ?? ''} title={followers === null ? 'not shown on the page' : `${formatExact(followers)} (${exact ? 'exact count' : 'rounded on the page'})`}>
              {followers === null ? 'followers unknown' : `${formatCount(followers)} followers`}
            </span>
          </span>
        </span>
      </button>
    </section>
  );
}
