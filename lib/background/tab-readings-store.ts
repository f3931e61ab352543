import { z } from '../contracts/zod-mini';
import type { Snapshot } from '../contracts/creator';
import { decideReading, NO_READINGS, startVisit, type TabReadings } from '../history/reading-budget';
import { TAB_STATE_CAP, type SessionArea } from './tab-state-store';

/** One session key for every tab's few bytes; a closed tab's entry goes with it, and at most TAB_STATE_CAP are kept. */
export const TAB_READINGS_KEY = 'tab-readings';

const TabReadingsSchema = z.object({
  visit: z.number().check(z.int(), z.minimum(0)),
  recordedVisit: z.nullable(z.number().check(z.int(), z.minimum(0))),
  times: z.array(z.iso.datetime({ offset: true })).check(z.maxLength(100)),
});

function readAll(raw: unknown): Map<string, TabReadings> {
  const all = new Map<string, TabReadings>();
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return all;
  for (const [tab, value] of Object.entries(raw)) {
    const parsed = TabReadingsSchema.safeParse(value);
    if (/^\d+$/.test(tab) && parsed.success) all.set(tab, parsed.data);
  }
  return all;
}

/**
 * Which follower readings each tab may still record (see lib/history/reading-budget.ts), kept in
 * session storage so that a worker stopped between two messages keeps counting. The worker is its
 * only writer: read once per worker, then decided in memory, in the order asked, and written in that
 * order without the next decision waiting for the write. Each write was a storage round trip on the
 * badge's clock (the visit's start and the claim, one after the other, 3–45 ms each on a loaded
 * 2-core machine). A write storage refuses is logged and the memory dropped: the next decision
 * reads what storage holds.
 */
export function createTabReadingsStore(area: SessionArea, log: (line: string) => void = () => {}) {
  let queue: Promise<unknown> = Promise.resolve();
  /** Every tab's readings as last decided; null: read storage first. */
  let memory: Map<string, TabReadings> | null = null;
  /** The last write asked for: the next one follows it, so storage ends as memory does. */
  let written: Promise<unknown> = Promise.resolve();
  const store = (all: Map<string, TabReadings>) => {
    const value = Object.fromEntries(all);
    written = written.then(() =>
      area.set({ [TAB_READINGS_KEY]: value }).catch((error: unknown) => {
        log(`session storage refused the tabs' follower-reading counts (${error instanceof Error ? error.message : String(error)})`);
        memory = null;
      }),
    );
  };
  const update = <T>(tabId: number, change: (readings: TabReadings) => { next: TabReadings | null; result: T }): Promise<T> => {
    const work = async () => {
      // Read after the writes asked for before: storage then holds what they wrote, unless it refused one.
      if (memory === null) {
        await written;
        memory = readAll((await area.get(TAB_READINGS_KEY))[TAB_READINGS_KEY]);
      }
      const all = memory;
      const tab = String(tabId);
      const { next, result } = change(all.get(tab) ?? NO_READINGS);
      all.delete(tab);
      if (next) all.set(tab, next);
      memory = new Map([...all].slice(-TAB_STATE_CAP));
      store(memory);
      return result;
    };
    const next = queue.then(work, work);
    queue = next.catch(() => undefined);
    return next;
  };
  return {
    /** The tab's content script started reading a profile: a new visit, which may record once. */
    startVisit: (tabId: number) => update(tabId, (readings) => ({ next: startVisit(readings), result: undefined })),
    /** Whether this snapshot's reading may be recorded; if so, it is counted now. */
    claim: (tabId: number, snapshot: Snapshot, now: Date) =>
      update(tabId, (readings) => {
        const decision = decideReading(readings, snapshot, now);
        return { next: decision.record ? decision.next : readings, result: decision.record };
      }),
    forget: (tabId: number) => update(tabId, () => ({ next: null, result: undefined })),
  };
}
export type TabReadingsStore = ReturnType<typeof createTabReadingsStore>;
