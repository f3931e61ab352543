import { useEffect, useState } from 'react';
import type { FieldStamp } from '../sync/sync-doc';
import type { TeamSyncPort } from './team-sync-port';

/**
 * Who changed this creator's status last on the team, asked of the worker while sync is on and
 * asked again whenever the creator's entry changes (a teammate's change arrives as a new updatedAt).
 */
export function useStatusStamp(port: TeamSyncPort | undefined, syncOn: boolean, key: string | null, updatedAt: string | null): FieldStamp | null {
  const [stamp, setStamp] = useState<FieldStamp | null>(null);
  useEffect(() => {
    setStamp(null);
    if (!port || !syncOn || key === null) return;
    let alive = true;
    void port.statusStamp(key).then((s) => alive && setStamp(s), () => undefined);
    return () => {
      alive = false;
    };
  }, [port, syncOn, key, updatedAt]);
  return stamp;
}
