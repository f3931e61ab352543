import { browser } from 'wxt/browser';
import { createRouter } from '../messages/router';
import { openShortlist } from '../shortlist/repository';
import { createHandlers } from './handlers';
import { createMountStore } from './mount-store';
import { createOverlayShortlistStore } from './overlay-shortlist-store';
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
  const mounts = createMountStore(browser.storage.session);
  const handlers = createHandlers({
    tabs: createTabStateStore(browser.storage.session),
    mounts,
    now: () => new Date(),
    vet: createVetSnapshot(openShortlistVettingStore, log),
    shortlist: createOverlayShortlistStore(() => openShortlist(undefined, { log })),
  });
  return createRouter(handlers, { extensionId: browser.runtime.id, extensionOrigin, overlayMounted: (tabId, frameId, token) => mounts.verify(tabId, frameId, token) }, log);
}
