import type { BrowserContext, Page } from 'playwright-core';
import type { TabState } from '../../lib/messages/protocol';
import type { WithChrome } from './chrome-api';

/**
 * An extension page (popup.html in a tab) used to look at the extension from the inside: tab ids,
 * the background's state of a tab (as the popup asks for it) and the shortlist's IndexedDB. It is
 * an extension page of the same origin as the worker, so it sees exactly what the product sees.
 */
export interface ExtensionProbe {
  page: Page;
  /** The id of the one tab showing `url` (host permissions let extension pages see platform URLs). */
  tabIdOf(url: string): Promise<number>;
  tabState(tabId: number): Promise<TabState | null>;
  /** Creators on the shortlist, own rows and imported ones, as stored; 0 when the database was never created. */
  creatorsCount(): Promise<number>;
  close(): Promise<void>;
}

export async function openProbe(context: BrowserContext, extensionId: string): Promise<ExtensionProbe> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  return {
    page,
    async tabIdOf(url) {
      const ids = await page.evaluate(async (wanted) => {
        const tabs = await (globalThis as WithChrome).chrome.tabs.query({});
        return tabs.filter((t) => t.url === wanted).map((t) => t.id);
      }, url);
      if (ids.length !== 1 || typeof ids[0] !== 'number') throw new Error(`expected one tab at ${url}, found ${ids.length}`);
      return ids[0];
    },
    async tabState(tabId) {
      const response = await page.evaluate((id) => (globalThis as WithChrome).chrome.runtime.sendMessage({ type: 'tab/state', tabId: id }), tabId);
      const r = response as { ok: boolean; state?: TabState | null; error?: { message: string } };
      if (!r.ok) throw new Error(`tab/state refused: ${r.error?.message ?? 'no reason'}`);
      return r.state ?? null;
    },
    async creatorsCount() {
      return page.evaluate(async () => {
        // Opening a database that does not exist would create it (at version 1) under the product's feet.
        if (!(await indexedDB.databases()).some((d) => d.name === 'vetted')) return 0;
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const request = indexedDB.open('vetted');
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        try {
          if (!db.objectStoreNames.contains('creators')) return 0;
          const count = (store: string) =>
            new Promise<number>((resolve, reject) => {
              if (!db.objectStoreNames.contains(store)) return resolve(0);
              // Own rows count one each; a bucket of imported creators (lib/shortlist/creator-rows.ts) its items.
              const request = store === 'creators' ? db.transaction(store).objectStore(store).count() : db.transaction(store).objectStore(store).getAll();
              request.onsuccess = () => resolve(typeof request.result === 'number' ? request.result : (request.result as unknown[][]).flat().length);
              request.onerror = () => reject(request.error);
            });
          return (await count('creators')) + (await count('importedCreators'));
        } finally {
          db.close();
        }
      });
    },
    close: () => page.close(),
  };
}
