import { TabStateSchema, type TabState } from '../messages/protocol';
import { tabStateKey } from '../messages/tab-state-key';

/** The slice of browser.storage.session that the background needs; injected so handlers stay testable. */
export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}


/**
 * Per-tab overlay state lives in session storage, not in worker globals: the browser may stop the
 * worker between any two messages, and the next one must still find the tab's report.
 */
export function createTabStateStore(area: SessionArea) {
  return {
    async get(tabId: number): Promise<TabState | null> {
      const key = tabStateKey(tabId);
      const raw = (await area.get(key))[key];
      if (raw === undefined) return null;
      const parsed = TabStateSchema.safeParse(raw);
      return parsed.success ? parsed.data : null;
    },
    async set(tabId: number, state: TabState): Promise<void> {
      await area.set({ [tabStateKey(tabId)]: state });
    },
    async clear(tabId: number): Promise<void> {
      await area.remove(tabStateKey(tabId));
    },
  };
}
export type TabStateStore = ReturnType<typeof createTabStateStore>;
