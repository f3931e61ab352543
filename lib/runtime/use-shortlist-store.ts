import { useCallback, useEffect, useState } from 'react';
import type { ShortlistSummary } from '../contracts/shortlist-entry';
import { errorText } from '../shortlist-view/error-text';
import type { ShortlistPort } from '../contracts/shortlist-store';
import { listInTwoSteps } from '../shortlist-view/two-step-listing';

export type StoreState = { kind: 'opening' } | { kind: 'open'; shortlist: ShortlistPort } | { kind: 'failed'; message: string };

/** What a page passes in: the popup's and the dashboard's services both fit. */
export interface ShortlistSource {
  /** Fails with the store's error (private mode, blocked, …). */
  openShortlist(): Promise<ShortlistPort>;
  /**
   * Calls `listener` when another page or the worker wrote the shortlist (lib/runtime/shortlist-changes);
   * returns the way to stop. Absent in tests that do not need it.
   */
  onShortlistChange?(listener: () => void): () => void;
  /** Called once the list is on screen (the pages use it to mark their first useful paint). */
  onListShown?(): void;
}

export interface ShortlistStore {
  store: StoreState;
  shortlist: ShortlistPort | null;
  /** What the lists need of every creator; null until the first listing. */
  entries: ShortlistSummary[] | null;
  /** Rows the store had to repair or skip, so the user knows some data is damaged. */
  problems: number;
  /** The first listing is on screen (or failed): what was waiting for it may start. */
  firstListed: boolean;
  /** How many writes by other pages have been heard: what shows more than the list reloads on it. */
  outsideChanges: number;
  reloadEntries(): Promise<void>;
  /** Put one changed creator in place without reading all 10,000 back. */
  replaceEntry(summary: ShortlistSummary): void;
}

/**
 * The popup's and the dashboard's shortlist: opened once, listed in two steps (listInTwoSteps), and
 * listed again whenever another page writes (the overlay saves, a dashboard in another tab edits,
 * team sync stores a teammate's change), so that nothing on screen is older than the store for long.
 */
export function useShortlistStore(source: ShortlistSource, onError: (message: string) => void): ShortlistStore {
  const [store, setStore] = useState<StoreState>({ kind: 'opening' });
  const [entries, setEntries] = useState<ShortlistSummary[] | null>(null);
  const [problems, setProblems] = useState(0);
  const [firstListed, setFirstListed] = useState(false);
  const [outsideChanges, setOutsideChanges] = useState(0);

  useEffect(() => {
    let alive = true;
    let opened: ShortlistPort | null = null;
    source.openShortlist().then(
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
  }, [source]);

  const shortlist = store.kind === 'open' ? store.shortlist : null;

  const show = useCallback((result: { summaries: ShortlistSummary[]; problems: readonly unknown[] }) => {
    setEntries(result.summaries);
    setProblems(result.problems.length);
  }, []);

  const reloadEntries = useCallback(async () => {
    if (!shortlist) return;
    try {
      show(await shortlist.listSummaries());
    } catch (error) {
      onError(errorText(error));
    }
  }, [shortlist, show, onError]);

  // First the quick listing, so the list is on screen within the pages' budgets.
  useEffect(() => {
    if (!shortlist) return;
    let alive = true;
    listInTwoSteps(shortlist, (result) => alive && show(result), () => alive && setFirstListed(true))
      .catch((error: unknown) => alive && onError(errorText(error)))
      .finally(() => alive && setFirstListed(true));
    return () => {
      alive = false;
    };
  }, [shortlist, show, onError]);

  const listShown = entries !== null;
  useEffect(() => {
    if (listShown) source.onListShown?.();
  }, [listShown, source]);

  // Written elsewhere: list again. Announcements that arrive during a reload make one more, not one each.
  useEffect(() => {
    if (!shortlist || !source.onShortlistChange) return;
    let running = false;
    let again = false;
    const reload = async () => {
      if (running) {
        again = true;
        return;
      }
      running = true;
      do {
        again = false;
        await reloadEntries();
      } while (again);
      running = false;
    };
    return source.onShortlistChange(() => {
      setOutsideChanges((n) => n + 1);
      void reload();
    });
  }, [shortlist, source, reloadEntries]);

  const replaceEntry = useCallback((summary: ShortlistSummary) => {
    setEntries((current) => current && current.map((e) => (e.key === summary.key ? summary : e)));
  }, []);

  return { store, shortlist, entries, problems, firstListed, outsideChanges, reloadEntries, replaceEntry };
}
