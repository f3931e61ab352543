import { useCallback, useEffect, useRef, useState } from 'react';
import type { CampaignBrief } from '../../lib/contracts/brief';
import { errorText } from '../../lib/shortlist-view/error-text';
import type { ShortlistPort, ShortlistStats } from '../../lib/contracts/shortlist-store';
import { useShortlistStore, type ShortlistStore } from '../../lib/runtime/use-shortlist-store';
import type { StorageUse } from '../../components/dashboard/storage-status';
import type { DashboardServices } from './dashboard-services';

export interface ShortlistData extends ShortlistStore {
  briefs: CampaignBrief[];
  activeBriefId: string | null;
  stats: ShortlistStats | null;
  storage: StorageUse | null;
  reloadBriefs(): Promise<void>;
  reloadStats(): Promise<void>;
}

/** The shortlist as the popup has it (useShortlistStore), plus what only the dashboard shows: briefs and counts. */
export function useShortlistData(services: DashboardServices, onError: (message: string) => void): ShortlistData {
  const listing = useShortlistStore(services, onError);
  const { shortlist, firstListed, outsideChanges } = listing;
  const [briefs, setBriefs] = useState<CampaignBrief[]>([]);
  const [activeBriefId, setActiveBriefId] = useState<string | null>(null);
  const [stats, setStats] = useState<ShortlistStats | null>(null);
  const [storage, setStorage] = useState<StorageUse | null>(null);
  // A read still running when the page goes away (its store closed under it) has no one left to tell.
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const guarded = useCallback(
    async (run: (s: ShortlistPort) => Promise<void>) => {
      if (!shortlist) return;
      try {
        await run(shortlist);
      } catch (error) {
        if (mounted.current) onError(errorText(error));
      }
    },
    [shortlist, onError],
  );

  const reloadBriefs = useCallback(
    () =>
      guarded(async (s) => {
        const [{ briefs: list }, active] = await Promise.all([s.briefs.list(), s.briefs.getActive()]);
        if (!mounted.current) return;
        setBriefs(list);
        setActiveBriefId(active?.id ?? null);
      }),
    [guarded],
  );
  const reloadStats = useCallback(
    () =>
      guarded(async (s) => {
        const stats = await s.stats();
        if (!mounted.current) return;
        setStats(stats);
        const storage = await services.storageEstimate().catch(() => null);
        if (mounted.current) setStorage(storage);
      }),
    [guarded, services],
  );

  useEffect(() => {
    void reloadBriefs();
  }, [reloadBriefs]);

  // The counts read the creators' indexes: they wait until the table is on screen rather than compete with it.
  useEffect(() => {
    if (firstListed) void reloadStats();
  }, [firstListed, reloadStats]);

  // Another page wrote: its briefs and counts may have changed as well as the list.
  useEffect(() => {
    if (outsideChanges === 0) return;
    void reloadBriefs();
    void reloadStats();
  }, [outsideChanges, reloadBriefs, reloadStats]);

  return { ...listing, briefs, activeBriefId, stats, storage, reloadBriefs, reloadStats };
}
