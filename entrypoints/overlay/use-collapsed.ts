import { useCallback, useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { readCollapsed, writeCollapsed } from './overlay-settings';

/** Badge or panel, remembered across profiles and visits (the badge until the user opens the panel). */
export function useCollapsed(initial?: boolean): [boolean, (collapsed: boolean) => void] {
  const [collapsed, setState] = useState(initial ?? true);
  useEffect(() => {
    // Given by the first badge, which has read (and may just have written) the stored choice.
    if (initial !== undefined) return;
    let alive = true;
    void readCollapsed(browser.storage.local)
      .then((stored) => {
        if (alive) setState(stored);
      })
      .catch(() => {});
    return () => {
      alive = false;
    };
  }, [initial]);
  const set = useCallback((next: boolean) => {
    setState(next);
    void writeCollapsed(browser.storage.local, next).catch(() => {});
  }, []);
  return [collapsed, set];
}
