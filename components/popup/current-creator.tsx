import type { ReactNode } from 'react';
import type { VettingReport } from '../../lib/contracts/report';
import type { ShortlistStatus, ShortlistSummary } from '../../lib/contracts/shortlist-entry';
import type { CurrentTab } from '../../lib/shortlist-view/current-tab';
import { PROMO_CODE_MAX } from '../../lib/shortlist-view/tracking-input';
import { CopyField, type CopyText } from '../shared/copy-field';
import { StatusSelect } from '../shared/status-select';
import { TierBadge } from '../shared/tier-badge';
import { VerdictLine } from '../shared/verdict-line';
import { followersTitle, formatFollowers, formatPercent, formatScore, platformName } from '../../lib/format/format';

const UNREADABLE_TEXT: Record<string, string> = {
  private: 'This account is private: Vetted can only read public profiles.',
  'not-ready': 'The profile has not finished loading yet. Wait a moment and open Vetted again.',
  'unsupported-layout': 'Vetted does not recognise this page layout yet, so it shows no numbers rather than wrong ones.',
  'invalid-data': 'The page gave data Vetted could not trust, so it shows no numbers.',
  'storage-full': "Vetted's session storage is full, so it could not keep this profile's report. Close some tabs, then reload the page.",
};

export interface CurrentCreatorActions {
  onSave(report: VettingReport): void;
  onRemove(key: string): void;
  onStatus(key: string, status: ShortlistStatus): void;
  onOpen(key: string): void;
  onTracking(key: string, patch: { promoCode?: string; trackingLink?: string }): Promise<boolean>;
}

/** The creator of the tab the popup was opened on: their check, and whether they are on the shortlist. */
export function CurrentCreator({
  current,
  saved,
  busy,
  storeReady,
  copyText,
  actions,
}: {
  current: CurrentTab | null;
  saved: ShortlistSummary | null;
  busy: boolean;
  /** False when the shortlist could not be opened: the check is shown, saving is not offered. */
  storeReady: boolean;
  copyText: CopyText;
  actions: CurrentCreatorActions;
}) {
  const box = (state: string, children: ReactNode) => (
    <section className="current" data-testid="popup-current" data-state={state} aria-label="This tab">
      {children}
    </section>
  );
  if (current === null) return box('loading', <p className="muted">Checking this tab…</p>);
  if (current.kind === 'error') return box('error', <p>Vetted could not reach its background: {current.message}</p>);
  const state = current.kind === 'state' ? current.state : null;
  if (state === null) {
    return box('none', <p className="muted">This tab is not a creator's profile. Open one on Instagram, TikTok, YouTube or X to check it here.</p>);
  }
  if (state.status === 'loading') return box('loading', <p className="muted">Reading this profile…</p>);
  if (state.status === 'unreadable') return box('unreadable', <p>{UNREADABLE_TEXT[state.reason] ?? 'Vetted could not read this page.'}</p>);

  const report = state.report;
  const creator = report.snapshot.creator;
  // Outside the brief or with too little to judge, the line leads and the number is not shown.
  const scoreIsVerdict = report.fit.score !== null && report.fit.verdict !== 'outside-brief' && report.fit.verdict !== 'insufficient-evidence';
  return box(
    'ready',
    <>
      <div className="current-head">
        <div>
          <strong className="current-name">{creator.displayName || creator.handle}</strong>{' '}
          <span className="muted">
            @{creator.handle} · {platformName(creator.platform)}
          </span>
        </div>
        {scoreIsVerdict && (
          <div className="fit" title={`Fit against "${report.briefName}"`}>
            <span className="fit-score">{formatScore(report.fit.score)}</span>
            <span className="fit-of">/100</span>
          </div>
        )}
      </div>
      <p className="current-verdict" title={`Against "${report.briefName}"`}>
        <VerdictLine verdict={report.fit.verdict} summary={report.fit.summary} testId="popup-verdict" />
      </p>
      <dl className="figures">
        <div>
          <dt>Followers</dt>
          <dd title={followersTitle(creator.followers)}>{formatFollowers(creator.followers)}</dd>
        </div>
        <div>
          <dt>Tier</dt>
          <dd>
            <TierBadge tier={report.metrics.tier} />
          </dd>
        </div>
        <div>
          <dt>Engagement</dt>
          <dd>{formatPercent(report.metrics.engagementRate)}</dd>
        </div>
        <div>
          <dt>Authenticity</dt>
          <dd>{formatScore(report.authenticity.score)}</dd>
        </div>
      </dl>
      {!storeReady ? null : saved ? (
        <>
          <div className="current-actions">
            <StatusSelect value={saved.status} label={`Status of @${saved.handle}`} disabled={busy} onChange={(s) => actions.onStatus(saved.key, s)} />
            <button type="button" onClick={() => actions.onOpen(saved.key)}>
              Open in dashboard
            </button>
            <button type="button" className="danger" disabled={busy} onClick={() => actions.onRemove(saved.key)}>
              Remove from shortlist
            </button>
          </div>
          <div className="tracking">
            <CopyField
              label="Promo code"
              value={saved.promoCode ?? ''}
              maxLength={PROMO_CODE_MAX}
              copyText={copyText}
              onSave={(promoCode) => actions.onTracking(saved.key, { promoCode })}
            />
            <CopyField
              label="Tracking link"
              value={saved.trackingLink ?? ''}
              placeholder="Set a landing page in your brief"
              copyText={copyText}
              onSave={(trackingLink) => actions.onTracking(saved.key, { trackingLink })}
            />
          </div>
        </>
      ) : (
        <div className="current-actions">
          <button type="button" className="primary" disabled={busy} onClick={() => actions.onSave(report)}>
            Save to shortlist
          </button>
        </div>
      )}
    </>,
  );
}
