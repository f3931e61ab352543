import { useCallback, useEffect, useRef, useState } from 'react';
import { askShortlistView, type Saved, type ShortlistView } from './background-store';

export interface ShortlistViewState {
  /** For the creator on screen; null while asking (or when there is no creator). */
  view: ShortlistView | null;
  error: string | null;
  /** Record a save without asking again. */
  markSaved(key: string, entry: Saved): void;
}

/**
 * The shortlist's view of the creator on screen, asked for while the panel is open and again with
 * each new report (the background records a follower reading before it vets). Answers about a
 * creator the tab has left are dropped.
 */
export function useShortlistView(token: string | null, key: string | null, computedAt: string | null, enabled: boolean): ShortlistViewState {
  const [state, setState] = useState<{ key: string; view: ShortlistView | null; error: string | null } | null>(null);
  const currentKey = useRef(key);
  currentKey.current = key;

  useEffect(() => {
    if (!enabled || key === null || token === null) return;
    let alive = true;
    void askShortlistView(token, key).then((result) => {
      if (!alive) return;
      setState(result.ok ? { key, view: result.value, error: null } : { key, view: null, error: result.message });
    });
    return () => {
      alive = false;
    };
  }, [token, key, computedAt, enabled]);

  const markSaved = useCallback((forKey: string, entry: Saved) => {
    setState((previous) => (previous && previous.key === forKey && previous.view ? { ...previous, view: { ...previous.view, entry } } : previous));
  }, []);

  const mine = state && state.key === key ? state : null;
  return { view: mine?.view ?? null, error: mine?.error ?? null, markSaved };
}
