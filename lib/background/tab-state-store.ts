import { VettingReportSchema, type VettingReport } from '../contracts/report';
import { TabStateSchema, type TabState } from '../messages/protocol';
import { tabStateKey } from '../messages/tab-state-key';

/** The slice of browser.storage.session that the background needs; injected so handlers stay testable. */
export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string | string[]): Promise<void>;
}

/**
 * How many tabs keep a state. A report is ~40 KB and the session area holds 10 MB in Chrome: past
 * this many the oldest written states go (a tab that is still open gets a new one on its next
 * reading), well before the area fills up.
 */
export const TAB_STATE_CAP = 60;

/** The order tabs last wrote their state in, oldest first; its own key so that no report is read to find it. */
export const TAB_ORDER_KEY = 'tab-order';

/**
 * Reports of tabs that moved on to another page, newest first, one per creator: "the creator's last
 * vetting" must outlive the page that showed it, or a post opened from the profile in the same tab
 * would say the profile was never opened. Few, since a report is ~40 KB; a closed tab's report is
 * not kept (see clear).
 */
export const LEFT_REPORTS_KEY = 'left-reports';
export const LEFT_REPORTS_CAP = 10;

function readLeft(raw: unknown): VettingReport[] {
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((item) => {
    const parsed = VettingReportSchema.safeParse(item);
    return parsed.success ? [parsed.data] : [];
  });
}

/** The small state written when even a store emptied of other tabs refuses a tab's report. */
function storageFullState(state: TabState): TabState {
  const platform = state.status === 'ready' ? state.report.snapshot.creator.platform : state.status === 'unreadable' ? state.platform : null;
  return {
    status: 'unreadable',
    pageUrl: state.pageUrl,
    updatedAt: state.updatedAt,
    platform: platform ?? 'instagram',
    reason: 'storage-full',
    detail: "the browser's session storage for Vetted is full",
  };
}

function readOrder(raw: unknown): number[] {
  return Array.isArray(raw) ? raw.filter((id): id is number => Number.isInteger(id) && id >= 0) : [];
}

/**
 * Per-tab overlay state lives in session storage, not in worker globals: the browser may stop the
 * worker between any two messages, and the next one must still find the tab's report. The store is
 * bounded: a closed tab's state is removed (tabs.onRemoved → clear), at most TAB_STATE_CAP tabs keep
 * one (oldest written evicted), and when the area refuses a write the other tabs' states are
 * dropped and the write tried again; if it is still refused the tab gets a "storage full" state, so
 * that its badge says so instead of spinning forever.
 */
export function createTabStateStore(area: SessionArea, options: { cap?: number; log?: (line: string) => void } = {}) {
  const cap = options.cap ?? TAB_STATE_CAP;
  const log = options.log ?? (() => {});
  // Writes of the order key are read-modify-write: one at a time, or two tabs' writes lose one of them.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work, work);
    queue = next.catch(() => undefined);
    return next;
  };
  const order = async () => readOrder((await area.get(TAB_ORDER_KEY))[TAB_ORDER_KEY]);

  async function evict(tabIds: readonly number[]): Promise<void> {
    if (tabIds.length) await area.remove(tabIds.map(tabStateKey));
  }

  async function forget(tabId: number): Promise<void> {
    await area.remove(tabStateKey(tabId));
    const ids = await order();
    if (ids.includes(tabId)) await area.set({ [TAB_ORDER_KEY]: ids.filter((id) => id !== tabId) });
  }

  async function get(tabId: number): Promise<TabState | null> {
    const key = tabStateKey(tabId);
    const raw = (await area.get(key))[key];
    if (raw === undefined) return null;
    const parsed = TabStateSchema.safeParse(raw);
    return parsed.success ? parsed.data : null;
  }

  /** Write one tab's state: the caller holds the turn (serial). */
  async function write(tabId: number, state: TabState): Promise<void> {
    const ids = [...(await order()).filter((id) => id !== tabId), tabId];
    const evicted = ids.slice(0, Math.max(0, ids.length - cap));
    const kept = ids.slice(evicted.length);
    await evict(evicted);
    try {
      await area.set({ [tabStateKey(tabId)]: state, [TAB_ORDER_KEY]: kept });
      return;
    } catch (error) {
      log(`session storage refused tab ${tabId}'s state (${error instanceof Error ? error.message : String(error)}); dropping the other tabs' states`);
    }
    await evict(kept.filter((id) => id !== tabId));
    try {
      await area.set({ [tabStateKey(tabId)]: state, [TAB_ORDER_KEY]: [tabId] });
    } catch {
      await area.set({ [tabStateKey(tabId)]: storageFullState(state), [TAB_ORDER_KEY]: [tabId] });
    }
  }

  return {
    get,
    /** The newest report of this creator that any tab holds or left behind (a post page asks how its creator was vetted). */
    async latestReport(creatorKey: string): Promise<VettingReport | null> {
      let latest: VettingReport | null = readLeft((await area.get(LEFT_REPORTS_KEY))[LEFT_REPORTS_KEY]).find((report) => report.key === creatorKey) ?? null;
      for (const tabId of await order()) {
        const state = await get(tabId);
        if (state?.status !== 'ready' || state.report.key !== creatorKey) continue;
        if (!latest || state.report.computedAt > latest.computedAt) latest = state.report;
      }
      return latest;
    },
    /** The tabs whose current report is of this creator: their profile is on screen. */
    async tabsShowing(creatorKey: string): Promise<number[]> {
      const showing: number[] = [];
      for (const tabId of await order()) {
        const state = await get(tabId);
        if (state?.status === 'ready' && state.report.key === creatorKey) showing.push(tabId);
      }
      return showing;
    },
    set(tabId: number, state: TabState): Promise<void> {
      return serial(() => write(tabId, state));
    },
    /**
     * Write the tab's state unless the tab has moved on to another page by the writes asked for
     * before this one (a report that took longer to make than the user stayed): checked in the same
     * turn as the write, so that a "loading" of the next page asked for meanwhile is never undone.
     * Resolves to whether it was written.
     */
    setOnSamePage(tabId: number, state: TabState): Promise<boolean> {
      return serial(async () => {
        const raw = (await area.get(tabStateKey(tabId)))[tabStateKey(tabId)];
        // Only the page address is compared: the common case (the same page) parses no report.
        const elsewhere = typeof raw === 'object' && raw !== null && (raw as { pageUrl?: unknown }).pageUrl !== state.pageUrl;
        if (elsewhere && TabStateSchema.safeParse(raw).success) return false;
        await write(tabId, state);
        return true;
      });
    },
    /**
     * The tab moved on to another page: its state goes, as on clear, but a report it showed is kept
     * among the last few left behind. Kept only if the area has room: a full area keeps the tabs' states.
     */
    leave(tabId: number): Promise<void> {
      return serial(async () => {
        const state = await get(tabId);
        if (state?.status === 'ready') {
          const left = readLeft((await area.get(LEFT_REPORTS_KEY))[LEFT_REPORTS_KEY]).filter((report) => report.key !== state.report.key);
          await area.set({ [LEFT_REPORTS_KEY]: [state.report, ...left].slice(0, LEFT_REPORTS_CAP) }).catch((error: unknown) => {
            log(`session storage refused the left tab's report (${error instanceof Error ? error.message : String(error)})`);
          });
        }
        await forget(tabId);
      });
    },
    clear(tabId: number): Promise<void> {
      return serial(() => forget(tabId));
    },
  };
}
export type TabStateStore = ReturnType<typeof createTabStateStore>;
