import type { VettingReport } from '../../lib/contracts/report';
import { VERDICT_LABEL, verdictShowsScore } from '../../lib/vetting/labels';

const CONFIDENCE_TEXT = { high: 'High confidence', medium: 'Medium confidence', low: 'Low confidence' } as const;

/**
 * The verdict line first, with how far to trust it beside it: a coloured circle holds the score
 * (or a mark when the score is not the verdict), the words stay in the text colour for contrast.
 */
export function VerdictBlock({ report }: { report: VettingReport }) {
  const { fit, confidence } = report;
  // With no post to measure engagement from, the first reason says so: the Engagement card right
  // below already says why it is not measured, so the line gives the next reason instead.
  const reason = confidence.postsUsed === 0 && report.metrics.engagementRate === null ? confidence.reasons[1] : confidence.reasons[0];
  return (
    <div className="verdict-block" data-testid="panel-verdict">
      {verdictShowsScore(fit.verdict) && fit.score !== null ? (
        <span className="score" title={`${VERDICT_LABEL[fit.verdict]}: fit score ${fit.score} of 100`} data-testid="panel-score">
          {fit.score}
        </span>
      ) : (
        <span className="score score--mark" aria-hidden="true" data-testid="panel-mark">
          {fit.verdict === 'outside-brief' ? '✕' : '?'}
        </span>
      )}
      <div className="verdict-words">
        <p className="verdict-summary" data-testid="fit-summary">
          {fit.summary}
        </p>
        <p className="confidence-line">
          <span className={`confidence confidence--${confidence.level}`} data-testid="confidence-level" data-level={confidence.level}>
            {CONFIDENCE_TEXT[confidence.level]} ({confidence.score}/100)
          </span>
          {reason && <span className="muted"> · {reason}</span>}
        </p>
      </div>
    </div>
  );
}
