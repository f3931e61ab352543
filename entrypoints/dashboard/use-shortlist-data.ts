import { useCallback, useEffect, useState } from 'react';
import type { CampaignBrief } from '../../lib/contracts/brief';
import type { ShortlistSummary } from '../../lib/contracts/shortlist-entry';
import { errorText } from '../../lib/shortlist-view/error-text';
import type { ShortlistStore, ShortlistStats } from '../../lib/contracts/shortlist-store';
import { listInTwoSteps } from '../../lib/shortlist-view/two-step-listing';
import { onShortlistChange } from '../../lib/runtime/shortlist-changes';
import type { StorageUse } from '../../components/dashboard/storage-status';
import type { DashboardServices } from './dashboard-services';

export type StoreState = { kind: 'opening' } | { kind: 'open'; shortlist: ShortlistStore } | { kind: 'failed'; message: string };

export interface ShortlistData {
  store: StoreState;
  /** What the table needs of every creator; full entries are read one by one where needed (compare). */
  entries: ShortlistSummary[] | null;
  briefs: CampaignBrief[];
  activeBriefId: string | null;
  stats: ShortlistStats | null;
  storage: StorageUse | null;
  /** Rows the store had to repair or skip, so the user knows some data is damaged. */
  problems: number;
  reloadEntries(): Promise<void>;
  reloadBriefs(): Promise<void>;
  reloadStats(): Promise<void>;
  /** Put one changed creator in place without reading all 10,000 back. */
  replaceEntry(summary: ShortlistSummary): void;
}

/** Opens the shortlist once and keeps what the dashboard shows from it. Failures go to `onError`. */
export function useShortlistData(services: DashboardServices, onError: (message: string) => void): ShortlistData {
  const [store, setStore] = useState<StoreState>({ kind: 'opening' });
  const [entries, setEntries] = useState<ShortlistSummary[] | null>(null);
  const [problems, setProblems] = useState(0);
  const [briefs, setBriefs] = useState<CampaignBrief[]>([]);
  const [activeBriefId, setActiveBriefId] = useState<string | null>(null);
  const [stats, setStats] = useState<ShortlistStats | null>(null);
  const [storage, setStorage] = useState<StorageUse | null>(null);

  useEffect(() => {
    let alive = true;
    let opened: ShortlistStore | null = null;
    services.openShortlist().then(
      (shortlist) => {
        if (!alive) return shortlist.close();
        opened = shortlist;
        setStore({ kind: 'open', shortlist });
      },
      (error: unknown) => alive && setStore({ kind: 'failed', message: errorText(error) }),
    );
    return () => {
      alive = false;
      opened?.close();
    };
  }, [services]);

  const shortlist = store.kind === 'open' ? store.shortlist : null;

  const guarded = useCallback(
    async (run: (s: ShortlistStore) => Promise<void>) => {
      if (!shortlist) return;
      try {
        await run(shortlist);
      } catch (error) {
        onError(errorText(error));
      }
    },
    [shortlist, onError],
  );

  const show = useCallback((result: { summaries: ShortlistSummary[]; problems: readonly unknown[] }) => {
    setEntries(result.summaries);
    setProblems(result.problems.length);
  }, []);
  const reloadEntries = useCallback(() => guarded(async (s) => show(await s.listSummaries())), [guarded, show]);
  const reloadBriefs = useCallback(
    () =>
      guarded(async (s) => {
        const [{ briefs: list }, active] = await Promise.all([s.briefs.list(), s.briefs.getActive()]);
        setBriefs(list);
        setActiveBriefId(active?.id ?? null);
      }),
    [guarded],
  );
  const reloadStats = useCallback(
    () =>
      guarded(async (s) => {
        setStats(await s.stats());
        setStorage(await services.storageEstimate().catch(() => null));
      }),
    [guarded, services],
  );

  // The table first: the quick listing goes on screen at once (listInTwoSteps), and the counts,
  // which read the creators' indexes, wait until it is there rather than compete with it.
  useEffect(() => {
    if (!shortlist) return;
    let statsAsked = false;
    const askStats = () => {
      if (statsAsked) return;
      statsAsked = true;
      void reloadStats();
    };
    void guarded((s) => listInTwoSteps(s, show, askStats)).finally(askStats);
    void reloadBriefs();
  }, [shortlist, guarded, show, reloadBriefs, reloadStats]);

  // Written elsewhere (a teammate's change arriving through team sync, another Vetted page): show it.
  useEffect(() => {
    if (!shortlist) return;
    return onShortlistChange(() => {
      void reloadEntries();
      void reloadBriefs();
      void reloadStats();
    });
  }, [shortlist, reloadEntries, reloadBriefs, reloadStats]);

  const replaceEntry = useCallback((summary: ShortlistSummary) => {
    setEntries((current) => current && current.map((e) => (e.key === summary.key ? summary : e)));
  }, []);

  return { store, entries, briefs, activeBriefId, stats, storage, problems, reloadEntries, reloadBriefs, reloadStats, replaceEntry };
}
