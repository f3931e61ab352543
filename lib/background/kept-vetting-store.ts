import type { VettingStore } from './vet-snapshot';

/**
 * The vetting store opened once per worker and kept, instead of opened and closed for every
 * vetting: the open is a round trip through the browser process on the badge's clock (1–10 ms
 * while the page renders a switched profile, tests/bench/overlay-switch-timeline.ts). `open` gets a
 * callback for when the store can no longer be used (a newer database version asks for it); a
 * store whose call fails is also dropped (the browser may have closed it), so the next vetting
 * opens a fresh one. A failed open is not kept either. The stores handed out cannot close it.
 */
export function keptVettingStore(open: (onLost: () => void) => Promise<VettingStore>): () => Promise<VettingStore> {
  let kept: Promise<VettingStore> | null = null;

  const drop = (which: Promise<VettingStore>) => {
    if (kept !== which) return;
    kept = null;
    void which.then((store) => store.close?.(), () => undefined);
  };

  return async () => {
    if (kept === null) {
      let opening: Promise<VettingStore> | null = null;
      opening = open(() => opening && drop(opening));
      kept = opening;
      opening.catch(() => opening && drop(opening));
    }
    const current = kept;
    const store = await current;
    /** A call that fails drops the store for the calls after it, and fails as it did. */
    const guarded =
      <A extends unknown[], R>(call: (...args: A) => Promise<R>) =>
      async (...args: A): Promise<R> => {
        try {
          return await call(...args);
        } catch (error) {
          drop(current);
          throw error;
        }
      };
    return {
      recordReading: guarded(store.recordReading.bind(store)),
      readHistory: guarded(store.readHistory.bind(store)),
      activeBrief: guarded(store.activeBrief.bind(store)),
      ...(store.readEvidence ? { readEvidence: guarded(store.readEvidence.bind(store)) } : {}),
      ...(store.gather ? { gather: guarded(store.gather.bind(store)) } : {}),
      // Kept open for the next vetting: closed only when dropped.
      close: () => undefined,
    };
  };
}
