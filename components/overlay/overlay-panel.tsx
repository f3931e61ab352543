import { lazy, Suspense, useEffect, useRef } from 'react';
import type { FollowerReading, VettingReport } from '../../lib/contracts/report';
import { AuthenticitySection } from './authenticity-section';
import { BriefSection } from './brief-section';
import { CadenceSection } from './cadence-section';
import { ConfidenceSection } from './confidence-section';
import { ContactSection } from './contact-section';
import { DragHandle } from './drag-handle';
import { EngagementSection } from './engagement-section';
import { PanelSection } from './figure-list';
import { PostPagesNote } from './post-pages-note';
import { FitSection } from './fit-section';
import { KeyFigures } from './key-figures';
import { TIER_LABEL } from '../../lib/vetting/labels';
import type { BriefChoice, MoveControl, SaveControl } from './overlay-model';
import { PriceSection } from './price-section';
import { SaveSection } from './save-section';
import { SponsoredSection } from './sponsored-section';
import { VerdictBlock } from './verdict-block';
import { formatFollowers, platformName } from '../../lib/format/format';

// chart.js is most of the overlay's code and only the chart sections draw with it: load it when
// one is opened, so that the badge and the panel's first view start without it.
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
 * The expanded overlay, in the order a marketer reads it: who this is, the verdict with its
 * confidence, the brief it was scored against, four key figures, the shortlist button; then every
 * other section closed under its heading. Text from the page (names, bio) is rendered as text
 * only, and isolated with <bdi> so a right-to-left override in a bio cannot reorder the panel.
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
    // The open panel is the frame's main content, headed (level 1) by the creator's name.
    <main className={`panel verdict--${report.fit.verdict}`} data-testid="overlay-panel" data-key={report.key} aria-labelledby="panel-title">
      <header className="panel-head">
        <DragHandle move={move} />
        <div className="who">
          <h1 id="panel-title" ref={headingRef} tabIndex={-1}>
            <bdi data-testid="panel-name">{creator.displayName || creator.handle}</bdi>
          </h1>
          <span className="who-meta">
            <span data-testid="overlay-handle">@{creator.handle}</span> · {platformName(creator.platform)} · {report.metrics.tier ? TIER_LABEL[report.metrics.tier] : 'size unknown'} ·{' '}
            <span data-testid="overlay-followers" data-value={creator.followers ?? ''}>
              {creator.followers === null ? 'followers unknown' : `${formatFollowers(creator.followers)} followers`}
            </span>
          </span>
        </div>
        <button type="button" className="collapse" onClick={onCollapse} aria-label="Collapse the Vetted panel (Esc)" title="Collapse (Esc)" data-testid="overlay-collapse">
          <span aria-hidden="true">▾</span>
        </button>
      </header>
      <div className="panel-body">
        <VerdictBlock report={report} />
        <BriefSection report={report} briefs={briefs} />
        <KeyFigures report={report} />
        <SaveSection key={report.key} save={save} />
        {/* Under Save, not above it: at 1280x800 the note's two or three lines pushed Save out of the panel's first view. */}
        <PostPagesNote evidence={report.postEvidence} platform={report.snapshot.creator.platform} />
        <div className="sections">
          <FitSection report={report} />
          <EngagementSection report={report} />
          <PanelSection
            id="post-chart"
            title="Posts, oldest to newest"
            later={() => (
              <Suspense fallback={chartFallback}>
                <PostChart report={report} />
              </Suspense>
            )}
          />
          <CadenceSection report={report} />
          <AuthenticitySection report={report} />
          <SponsoredSection report={report} />
          <PriceSection report={report} />
          <ContactSection creator={creator} />
          <PanelSection
            id="follower-chart"
            title="Followers over time"
            later={() => (
              <Suspense fallback={chartFallback}>
                <FollowerChart history={history} />
              </Suspense>
            )}
          />
          <ConfidenceSection report={report} now={now} />
        </div>
      </div>
    </main>
  );
}
