import { lazy, Suspense, useEffect, useRef } from 'react';
import type { VettingReport } from '../../lib/contracts/report';
import { platformName } from '../../lib/metrics/format';
import { formatCount } from '../format/format-count';
import { AuthenticitySection } from './authenticity-section';
import { BriefSection } from './brief-section';
import { CadenceSection } from './cadence-section';
import { ConfidenceSection } from './confidence-section';
import { ContactSection } from './contact-section';
import { DragHandle } from './drag-handle';
import { EngagementSection } from './engagement-section';
import { FitSection } from './fit-section';
import { TIER_LABEL, VERDICT_LABEL, verdictShowsScore } from '../../lib/vetting/labels';
import type { BriefChoice, FollowerReading, MoveControl, SaveControl } from './overlay-model';
import { PriceSection } from './price-section';
import { SaveSection } from './save-section';
import { SponsoredSection } from './sponsored-section';

// chart.js is most of the overlay's code and only the panel draws charts: load it when the panel
// opens, so that the badge, which every profile visit shows, starts without it.
const PostChart = lazy(() => import('./charts/post-chart').then((m) => ({ default: m.PostChart })));
const FollowerChart = lazy(() => import('./charts/follower-chart').then((m) => ({ default: m.FollowerChart })));
const chartFallback = <p className="muted">Loading the chart…</p>;

export interface PanelProps {
  report: VettingReport;
  onCollapse(): void;
  move: MoveControl;
  briefs: BriefChoice;
  save: SaveControl;
  history: readonly FollowerReading[] | null;
  now: Date;
}

/**
 * The expanded overlay: who this is, the brief, the fit taken apart, the shortlist button, then
 * every figure with its "how?". Text from the page (names, bio) is rendered as text only, and
 * isolated with <bdi> so a right-to-left override in a bio cannot reorder the panel around it.
 */
export function OverlayPanel({ report, onCollapse, move, briefs, save, history, now }: PanelProps) {
  const creator = report.snapshot.creator;
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Opened from the badge, focus lands on what the user asked for. A panel that reopens by itself
  // on the next profile (left open last time) must not take the keyboard from the page: only
  // move focus while the overlay already has it.
  useEffect(() => {
    if (document.hasFocus()) headingRef.current?.focus();
  }, []);
  return (
    <section className={`panel verdict--${report.fit.verdict}`} data-testid="overlay-panel" data-key={report.key} aria-labelledby="panel-title">
      <header className="panel-head">
        <DragHandle move={move} />
        <div className="who">
          <h2 id="panel-title" ref={headingRef} tabIndex={-1}>
            <bdi data-testid="panel-name">{creator.displayName || creator.handle}</bdi>
          </h2>
          <span className="muted">
            <span data-testid="overlay-handle">@{creator.handle}</span> on {platformName(creator.platform)} · {report.metrics.tier ? TIER_LABEL[report.metrics.tier] : 'tier unknown'} ·{' '}
            <span data-testid="overlay-followers" data-value={creator.followers ?? ''}>
              {creator.followers === null ? 'followers unknown' : `${formatCount(creator.followers)} followers`}
            </span>
          </span>
        </div>
        {verdictShowsScore(report.fit.verdict) && report.fit.score !== null ? (
          <span className="score score--small" title={VERDICT_LABEL[report.fit.verdict]} data-testid="panel-score">
            {report.fit.score}
          </span>
        ) : (
          <span className="score score--small score--mark" title={report.fit.summary} aria-hidden="true" data-testid="panel-mark">
            {report.fit.verdict === 'outside-brief' ? '✕' : '?'}
          </span>
        )}
        <button type="button" className="collapse" onClick={onCollapse} aria-label="Collapse the Vetted panel (Esc)" title="Collapse (Esc)" data-testid="overlay-collapse">
          <span aria-hidden="true">▾</span>
        </button>
      </header>
      <div className="panel-body">
        {creator.bio && (
          <p className="bio" data-testid="panel-bio">
            <bdi>{creator.bio}</bdi>
          </p>
        )}
        <BriefSection report={report} briefs={briefs} />
        <FitSection report={report} />
        <SaveSection key={report.key} save={save} />
        <EngagementSection report={report} />
        <Suspense fallback={chartFallback}>
          <PostChart report={report} />
        </Suspense>
        <CadenceSection report={report} />
        <AuthenticitySection report={report} />
        <SponsoredSection report={report} />
        <PriceSection report={report} />
        <ContactSection creator={creator} />
        <Suspense fallback={chartFallback}>
          <FollowerChart history={history} />
        </Suspense>
        <ConfidenceSection report={report} now={now} />
      </div>
    </section>
  );
}
