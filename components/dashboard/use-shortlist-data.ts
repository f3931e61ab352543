import { useCallback, useEffect, useState } from 'react';
import type { CampaignBrief } from '../../lib/contracts/brief';
import type { ShortlistEntry } from '../../lib/contracts/shortlist-entry';
import { errorText } from '../../lib/shortlist-view/error-text';
import type { ShortlistPort, ShortlistStats } from '../../lib/shortlist-view/shortlist-port';
import type { DashboardServices, StorageUse } from './dashboard-services';

export type StoreState = { kind: 'opening' } | { kind: 'open'; shortlist: ShortlistPort } | { kind: 'failed'; message: string };

export interface ShortlistData {
  store: StoreState;
  entries: ShortlistEntry[] | null;
  briefs: CampaignBrief[];
  activeBriefId: string | null;
  stats: ShortlistStats | null;
  storage: StorageUse | null;
  /** Rows the store had to repair or skip, so the user knows some data is damaged. */
  problems: number;
  reloadEntries(): Promise<void>;
  reloadBriefs(): Promise<void>;
  reloadStats(): Promise<void>;
  /** Put one changed entry in place without reading all 10,000 back. */
  replaceEntry(entry: ShortlistEntry): void;
}

/** Opens the shortlist once and keeps what the dashboard shows from it. Failures go to `onError`. */
export function useShortlistData(services: DashboardServices, onError: (message: string) => void): ShortlistData {
  const [store, setStore] = useState<StoreState>({ kind: 'opening' });
  const [entries, setEntries] = useState<ShortlistEntry[] | null>(null);
  const [problems, setProblems] = useState(0);
  const [briefs, setBriefs] = useState<CampaignBrief[]>([]);
  const [activeBriefId, setActiveBriefId] = useState<string | null>(null);
  const [stats, setStats] = useState<ShortlistStats | null>(null);
  const [storage, setStorage] = useState<StorageUse | null>(null);

  useEffect(() => {
    let alive = true;
    let opened: ShortlistPort | null = null;
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
    async (run: (s: ShortlistPort) => Promise<void>) => {
      if (!shortlist) return;
      try {
        await run(shortlist);
      } catch (error) {
        onError(errorText(error));
      }
    },
    [shortlist, onError],
  );

  const reloadEntries = useCallback(
    () =>
      guarded(async (s) => {
        const result = await s.list();
        setEntries(result.entries);
        setProblems(result.problems.length);
      }),
    [guarded],
  );
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

  useEffect(() => {
    if (!shortlist) return;
    void reloadEntries();
    void reloadBriefs();
    void reloadStats();
  }, [shortlist, reloadEntries, reloadBriefs, reloadStats]);

  const replaceEntry = useCallback((entry: ShortlistEntry) => {
    setEntries((current) => current && current.map((e) => (e.key === entry.key ? entry : e)));
  }, []);

  return { store, entries, briefs, activeBriefId, stats, storage, problems, reloadEntries, reloadBriefs, reloadStats, replaceEntry };
}
