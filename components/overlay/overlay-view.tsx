import type { TabState } from '../../lib/messages/protocol';
import { formatCount } from '../format/format-count';

export type OverlayInput = { kind: 'connecting' } | { kind: 'state'; state: TabState | null } | { kind: 'error'; message: string };

const UNREADABLE_TEXT: Record<string, string> = {
  private: 'This account is private: Vetted can only read public profiles.',
  'not-ready': 'The profile has not finished loading yet.',
  'unsupported-layout': 'Vetted does not recognise this page layout yet, so it shows no numbers rather than wrong ones.',
  'invalid-data': 'The page gave data Vetted could not trust, so it shows no numbers.',
};

/** What the overlay shows for a tab's state. Props in, nothing else: testable without a browser. */
export function OverlayView({ loaded }: { loaded: OverlayInput }) {
  if (loaded.kind === 'error') {
    return (
      <section className="badge badge--error" data-testid="overlay-badge" data-state="error" role="status">
        <strong>Vetted</strong> couldn't reach its background: {loaded.message}
      </section>
    );
  }
  const state = loaded.kind === 'state' ? loaded.state : null;
  if (!state || state.status === 'loading') {
    return (
      <section className="badge" data-testid="overlay-badge" data-state="loading" role="status" aria-busy="true">
        <strong>Vetted</strong> <span className="muted">reading this profile…</span>
      </section>
    );
  }
  if (state.status === 'unreadable') {
    return (
      <section className="badge badge--warn" data-testid="overlay-badge" data-state="unreadable" role="status">
        <strong>Couldn't read this page.</strong> <span data-testid="overlay-reason">{UNREADABLE_TEXT[state.reason] ?? state.reason}</span>
      </section>
    );
  }
  const creator = state.report.snapshot.creator;
  const followers = creator.followers;
  const exact = creator.provenance.followers?.exact ?? false;
  return (
    <section className="badge" data-testid="overlay-badge" data-state="ready" data-key={state.report.key}>
      <strong data-testid="overlay-handle">@{creator.handle}</strong>{' '}
      <span data-testid="overlay-followers" data-value={followers ?? ''} title={followers === null ? 'not shown on the page' : exact ? 'exact count' : 'rounded on the page'}>
        {followers === null ? 'followers unknown' : `${formatCount(followers)} followers`}
      </span>
    </section>
  );
}
