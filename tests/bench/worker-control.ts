import type { CDPSession, Page } from 'playwright-core';
import type { ExtensionBrowser } from '../e2e/browser';

interface VersionUpdate {
  versions: Array<{ scriptURL: string; runningStatus: string }>;
}

export interface WorkerControl {
  /** Stop the extension's service worker and wait until the browser says it has stopped. */
  stop(): Promise<void>;
  close(): Promise<void>;
}

/**
 * A CDP session on an inert extension page (its manifest), which runs no code of ours and so never
 * wakes the worker itself: CDP `ServiceWorker.stopAllWorkers` must come from an extension page, and
 * any other one would message the worker and keep it alive.
 */
export async function controlWorker(browser: ExtensionBrowser): Promise<WorkerControl> {
  const page: Page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/manifest.json`);
  const cdp: CDPSession = await browser.context.newCDPSession(page);
  const prefix = `chrome-extension://${browser.extensionId}/`;
  let status = 'unknown';
  const waiters: Array<() => void> = [];
  cdp.on('ServiceWorker.workerVersionUpdated', (event: VersionUpdate) => {
    for (const version of event.versions) {
      if (!version.scriptURL.startsWith(prefix)) continue;
      status = version.runningStatus;
      if (status === 'stopped') waiters.splice(0).forEach((wake) => wake());
    }
  });
  await cdp.send('ServiceWorker.enable');
  return {
    async stop() {
      if (status === 'stopped') return;
      const stopped = new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`service worker did not stop (last status: ${status})`)), 10_000);
        waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
      await cdp.send('ServiceWorker.stopAllWorkers');
      await stopped;
    },
    async close() {
      await cdp.detach().catch(() => undefined);
      await page.close();
    },
  };
}
