import { useEffect, useState } from 'react';
import type { TeamSyncPort, TeamSyncView } from './team-sync-port';

/** The team sync settings and status, kept current; null until first read (or without a port, in tests). */
export function useTeamSync(port: TeamSyncPort | undefined): TeamSyncView | null {
  const [view, setView] = useState<TeamSyncView | null>(null);
  useEffect(() => {
    if (!port) return;
    let alive = true;
    void port.read().then((v) => alive && setView(v));
    const stop = port.subscribe((v) => alive && setView(v));
    return () => {
      alive = false;
      stop();
    };
  }, [port]);
  return view;
}
