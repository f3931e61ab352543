import { useCallback, useEffect, useRef, type RefObject } from 'react';
import type { FrameLink } from './frame-channel';
import { createSaveGate, type GateVerdict, type SaveGate } from './save-gate';

/** The save gate for this frame, armed while the panel shows the save control. */
export function useSaveGate(rootRef: RefObject<HTMLElement | null>, link: FrameLink | null, armed: boolean): () => Promise<GateVerdict> {
  const gate = useRef<SaveGate | null>(null);
  useEffect(() => {
    const root = rootRef.current;
    if (!root || !link) return;
    const created = createSaveGate(window, root, link);
    gate.current = created;
    return () => {
      created.stop();
      if (gate.current === created) gate.current = null;
    };
  }, [rootRef, link]);
  useEffect(() => {
    gate.current?.arm(armed);
  }, [armed, link]);
  return useCallback(async () => gate.current?.check() ?? { ok: false, reason: 'Vetted is not connected to this page yet' }, []);
}
