import { browser } from 'wxt/browser';
import { createRouter } from '../messages/router';
import { createHandlers } from './handlers';
import { createTabStateStore } from './tab-state-store';
import { openShortlistVettingStore } from './shortlist-vetting-store';
import { createVetSnapshot } from './vet-snapshot';

/**
 * Compose the background from its parts. Everything it remembers lives in storage, so a worker the
 * browser stopped between two messages answers the next one exactly as a warm one would.
 */
export function createBackground() {
  const extensionOrigin = new URL(browser.runtime.getURL('/')).origin;
  const log = (line: string) => console.warn(`[vetted] ${line}`);
  const handlers = createHandlers({
    tabs: createTabStateStore(browser.storage.session),
    now: () => new Date(),
    vet: createVetSnapshot(openShortlistVettingStore, log),
  });
  return createRouter(handlers, { extensionId: browser.runtime.id, extensionOrigin }, log);
}
