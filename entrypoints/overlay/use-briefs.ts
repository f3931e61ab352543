import { useCallback, useEffect, useState } from 'react';
import type { BriefChoice } from '../../components/overlay/overlay-model';
import { chooseBrief } from './background-store';

/**
 * Switching briefs: the background makes the chosen one active and vets the tab again; the switch
 * is over when the report on screen is scored against it.
 */
export function useBriefs(token: string | null, options: BriefChoice['options'], reportBriefId: string | null, loadError: string | null): BriefChoice {
  const [pending, setPending] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (pending !== null && pending === reportBriefId) setPending(null);
  }, [pending, reportBriefId]);

  const onSwitch = useCallback(
    (id: string) => {
      if (id === reportBriefId || token === null) return;
      setPending(id);
      setError(null);
      void chooseBrief(token, id).then((result) => {
        if (result.ok) return;
        setPending(null);
        setError(`Could not switch brief: ${result.message}`);
      });
    },
    [token, reportBriefId],
  );

  return { options, switching: pending !== null, error: error ?? (loadError ? `Your briefs and shortlist could not be read: ${loadError}` : null), onSwitch };
}
