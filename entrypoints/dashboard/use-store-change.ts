import { useCallback, useState } from 'react';
import type { ShortlistPort } from '../../lib/contracts/shortlist-store';
import { errorText } from '../../lib/shortlist-view/error-text';

export type ChangeResult<T> = { ok: true; value: T } | { ok: false };
/** Run a change against the store; a failure is shown and nothing else happens (the store wrote nothing). */
export type Change = <T>(run: (s: ShortlistPort) => Promise<T>) => Promise<ChangeResult<T>>;

/** The dashboard's one way to change the store, and whether a change is running (controls wait for it). */
export function useStoreChange(shortlist: ShortlistPort | null, onError: (message: string) => void): { busy: boolean; change: Change } {
  const [busy, setBusy] = useState(false);
  const change = useCallback(
    async <T,>(run: (s: ShortlistPort) => Promise<T>): Promise<ChangeResult<T>> => {
      if (!shortlist) return { ok: false };
      setBusy(true);
      try {
        return { ok: true, value: await run(shortlist) };
      } catch (error) {
        onError(errorText(error));
        return { ok: false };
      } finally {
        setBusy(false);
      }
    },
    [shortlist, onError],
  );
  return { busy, change };
}
