import { useEffect, useRef, useState } from 'react';
import type { ShortlistSummary } from '../../lib/contracts/shortlist-entry';
import type { ViewRow } from '../../lib/shortlist-view/view-row';
import type { RevealRequest } from '../../components/shared/virtual-list';

/**
 * `#key=…` in the URL: show that creator (`show` opens the table on it, even if the current filters
 * hide it), then scroll the table to its row once the row is in the sorted list, and highlight it.
 */
export function useFocusCreator(
  focusKey: string | null,
  entries: ShortlistSummary[] | null,
  sorted: readonly ViewRow[],
  show: (entry: ShortlistSummary) => void,
  notFound: (key: string) => void,
): { highlightKey: string | null; reveal: RevealRequest | null } {
  const [highlightKey, setHighlightKey] = useState<string | null>(null);
  const [reveal, setReveal] = useState<RevealRequest | null>(null);
  const pendingReveal = useRef<string | null>(null);
  /** The key already shown: once per key, when the list has arrived, not again on every edit of the list. */
  const handled = useRef<string | null>(null);

  useEffect(() => {
    if (!focusKey || entries === null || handled.current === focusKey) return;
    handled.current = focusKey;
    const entry = entries.find((e) => e.key === focusKey);
    if (!entry) return notFound(focusKey);
    show(entry);
    setHighlightKey(focusKey);
    pendingReveal.current = focusKey;
  }, [focusKey, entries, show, notFound]);

  useEffect(() => {
    const key = pendingReveal.current;
    if (!key) return;
    const index = sorted.findIndex((r) => r.key === key);
    if (index === -1) return;
    pendingReveal.current = null;
    setReveal({ index, token: Date.now() });
  }, [sorted]);

  return { highlightKey, reveal };
}
