import { SyncIndicator } from '../../components/shared/sync-indicator';
import { useTeamSync } from '../../lib/runtime/use-team-sync';
import { useCallback, useEffect, useState } from 'react';
import type { VettingReport } from '../../lib/contracts/report';
import type { EntryChange, ShortlistStatus } from '../../lib/contracts/shortlist-entry';
import type { CurrentTab } from '../../lib/shortlist-view/current-tab';
import { exportCsv } from '../../lib/shortlist-view/export-csv';
import { errorText } from '../../lib/shortlist-view/error-text';
import { useShortlistStore } from '../../lib/runtime/use-shortlist-store';
import type { ShortlistPort } from '../../lib/contracts/shortlist-store';
import { normalizePromoCode, normalizeTrackingLink } from '../../lib/shortlist-view/tracking-input';
import { MessageList } from '../../components/shared/message-list';
import { useNotices } from '../../components/shared/use-notices';
import { CurrentCreator } from '../../components/popup/current-creator';
import { PopupList } from '../../components/popup/popup-list';
import type { PopupServices } from './popup-services';

/** The toolbar popup: the current tab's creator, then the shortlist, export and the way to the dashboard. */
export function PopupApp({ services }: { services: PopupServices }) {
  const teamSync = useTeamSync(services.teamSync);
  const [current, setCurrent] = useState<CurrentTab | null>(null);
  const [busy, setBusy] = useState(false);
  const { notices, report, dismiss } = useNotices();
  const onError = useCallback((message: string) => report('error', message), [report]);
  const { store, shortlist, entries, reloadEntries } = useShortlistStore(services, onError);

  useEffect(() => {
    let alive = true;
    services.currentTab().then(
      (tab) => alive && setCurrent(tab),
      (error: unknown) => alive && setCurrent({ kind: 'error', message: errorText(error) }),
    );
    return () => {
      alive = false;
    };
  }, [services]);

  /** Run a change; on failure say so and keep everything as it was (the store wrote nothing). */
  const change = async (run: (s: ShortlistPort) => Promise<unknown>): Promise<boolean> => {
    if (!shortlist) return false;
    setBusy(true);
    try {
      await run(shortlist);
      await reloadEntries();
      return true;
    } catch (error) {
      report('error', errorText(error));
      return false;
    } finally {
      setBusy(false);
    }
  };

  const currentKey = current?.kind === 'state' && current.state?.status === 'ready' ? current.state.report.key : null;
  const saved = (currentKey && entries?.find((e) => e.key === currentKey)) || null;

  /** An edit of the creator as shown; refused, with the current version shown, if it was written elsewhere since. */
  const edit = async (key: string, edited: EntryChange): Promise<boolean> => {
    let saved = false;
    const ran = await change(async (s) => {
      const shown = entries?.find((e) => e.key === key);
      if (!shown) return;
      const outcome = await s.edit(key, edited, { now: services.now(), ifUpdatedAt: shown.updatedAt });
      saved = outcome.kind === 'saved';
      if (outcome.kind === 'stale') report('error', `@${shown.handle} was changed elsewhere after the popup showed it, so your change was not saved. The current version is shown now.`);
      if (outcome.kind === 'missing') report('error', `@${shown.handle} is no longer on the shortlist (deleted in another tab?).`);
    });
    return ran && saved;
  };

  const exportFile = (format: 'csv' | 'xlsx') => void change((s) => exportCsv(s, { format, now: services.now(), download: services.download }));

  return (
    <main className="popup" data-testid="popup">
      <header className="popup-header">
        <h1>Vetted</h1>
        <SyncIndicator status={teamSync?.status ?? null} quietWhenOff />
      </header>
      <MessageList notices={notices} onDismiss={dismiss} />
      {store.kind === 'failed' ? (
        <p className="notice notice--error" role="alert" data-testid="popup-store-error">
          {store.message}
        </p>
      ) : null}
      <CurrentCreator
        current={current}
        saved={saved}
        busy={busy}
        storeReady={shortlist !== null && entries !== null}
        copyText={services.copyText}
        actions={{
          onSave: (r: VettingReport) => current?.kind === 'state' && void change(() => services.saveFromTab(current.tabId, r.key)),
          onRemove: (key) => void change((s) => s.remove(key)),
          onStatus: (key, status: ShortlistStatus) => void edit(key, { status }),
          onOpen: (key) => services.openDashboard(key),
          onTracking: (key, patch) =>
            edit(key, {
              ...(patch.promoCode !== undefined ? { promoCode: normalizePromoCode(patch.promoCode) } : {}),
              ...(patch.trackingLink !== undefined ? { trackingLink: normalizeTrackingLink(patch.trackingLink) } : {}),
            }),
        }}
      />
      <section className="shortlist" aria-labelledby="popup-shortlist-heading">
        <h2 id="popup-shortlist-heading">
          Shortlist {entries ? <span className="muted">({entries.length})</span> : null}
        </h2>
        {store.kind === 'failed' ? null : entries === null ? (
          <p className="muted">Loading…</p>
        ) : entries.length === 0 ? (
          <p data-testid="popup-empty">
            Your shortlist is empty. Open a creator's profile on Instagram, TikTok, YouTube or X: Vetted checks it in the corner of the page.
            Save the creators you like (there, or with “Save to shortlist” above) and they appear here, ready to export.
          </p>
        ) : (
          <PopupList entries={entries} onOpen={(key) => services.openDashboard(key)} />
        )}
      </section>
      <footer className="popup-footer">
        <button type="button" onClick={() => exportFile('csv')} disabled={!entries?.length || busy}>
          Export CSV
        </button>
        <button type="button" onClick={() => exportFile('xlsx')} disabled={!entries?.length || busy}>
          Export Excel (.xlsx)
        </button>
        <button type="button" className="primary" onClick={() => services.openDashboard(null)}>
          Open dashboard
        </button>
      </footer>
    </main>
  );
}
