import { useEffect, useState } from 'react';
import type { VettingReport } from '../../lib/contracts/report';
import type { ShortlistPort } from '../../lib/contracts/shortlist-store';

/**
 * The saved report of the creator whose details are open: summaries carry only the figures the
 * list needs, so the full entry is read when Details opens, and again when the entry changes.
 */
export function useDetailsReport(shortlist: ShortlistPort | null, key: string | null, updatedAt: string | null): VettingReport | null {
  const [report, setReport] = useState<VettingReport | null>(null);
  useEffect(() => {
    setReport(null);
    if (!shortlist || key === null) return;
    let alive = true;
    shortlist.get(key).then(
      (entry) => alive && setReport(entry?.report ?? null),
      () => undefined,
    );
    return () => {
      alive = false;
    };
  }, [shortlist, key, updatedAt]);
  return report;
}
