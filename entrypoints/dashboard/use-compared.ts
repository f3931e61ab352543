import { useEffect, useState } from 'react';
import type { ShortlistPort } from '../../lib/contracts/shortlist-store';
import type { StoredReading, ShortlistEntry } from '../../lib/contracts/shortlist-entry';
import { errorText } from '../../lib/shortlist-view/error-text';
import { COMPARE_MAX, COMPARE_MIN } from '../../components/dashboard/compare-view';

export interface Compared {
  /** Null while reading. */
  entries: ShortlistEntry[] | null;
  histories: ReadonlyMap<string, readonly StoredReading[]> | null;
}

/**
 * Compare shows report details (the tier band) that summaries leave out: the 2–4 selected creators'
 * full entries and follower histories, read while the compare section is open.
 */
export function useCompared(open: boolean, shortlist: ShortlistPort | null, selectedKeys: readonly string[], onError: (message: string) => void): Compared {
  const [histories, setHistories] = useState<ReadonlyMap<string, readonly StoredReading[]> | null>(null);
  const [entries, setEntries] = useState<ShortlistEntry[] | null>(null);
  const comparable = selectedKeys.length >= COMPARE_MIN && selectedKeys.length <= COMPARE_MAX;
  useEffect(() => {
    if (!open || !shortlist || !comparable) return;
    const keys = selectedKeys.slice(0, COMPARE_MAX);
    let alive = true;
    setHistories(null);
    setEntries(null);
    Promise.all(keys.map(async (k) => [k, await shortlist.get(k), await shortlist.history(k)] as const)).then(
      (read) => {
        if (!alive) return;
        setEntries(read.flatMap(([, entry]) => (entry ? [entry] : [])));
        setHistories(new Map(read.map(([k, , history]) => [k, history])));
      },
      (error: unknown) => {
        if (!alive) return;
        onError(errorText(error));
        setEntries([]);
        setHistories(new Map());
      },
    );
    return () => {
      alive = false;
    };
  }, [open, shortlist, selectedKeys, comparable, onError]);
  return { entries, histories };
}
