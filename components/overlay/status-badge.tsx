import type { TabState } from '../../lib/messages/protocol';
import { UNREADABLE_TEXT } from '../../lib/vetting/labels';

/** While the background has no report: loading, unreadable with its reason, or no connection. Never a number. */
export function StatusBadge({ state, error }: { state: Exclude<TabState, { status: 'ready' }> | null; error?: string }) {
  if (error !== undefined) {
    return (
      <section className="badge badge--error" data-testid="overlay-badge" data-state="error" role="status">
        <strong>Vetted</strong> couldn't reach its background: {error}
      </section>
    );
  }
  if (!state || state.status === 'loading') {
    return (
      <section className="badge" data-testid="overlay-badge" data-state="loading" role="status" aria-busy="true">
        <span className="spinner" aria-hidden="true" /> <strong>Vetted</strong> <span className="muted">reading this profile…</span>
      </section>
    );
  }
  return (
    <section
      className={state.reason === 'storage-full' ? 'badge badge--error' : 'badge badge--warn'}
      data-testid="overlay-badge"
      data-state="unreadable"
      data-reason={state.reason}
      role={state.reason === 'storage-full' ? 'alert' : 'status'}
    >
      <strong>Couldn't read this page.</strong> <span data-testid="overlay-reason">{UNREADABLE_TEXT[state.reason] ?? state.reason}</span>
    </section>
  );
}
