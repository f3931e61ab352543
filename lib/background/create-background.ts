import { browser } from 'wxt/browser';
import { createRouter } from '../messages/router';
import { announcingShortlist } from '../runtime/shortlist-changes';
import { openShortlist } from '../shortlist/repository';
import { createHandlers } from './handlers';
import { createMountStore } from './mount-store';
import { createPostDeps } from './post-evidence-deps';
import { createTabPostStore } from './tab-post-store';
import { createOverlayShortlistStore } from './overlay-shortlist-store';
import { createTabReadingsStore } from './tab-readings-store';
import { createTabStateStore } from './tab-state-store';
import { sessionBriefCache } from './session-brief-cache';
import { mirroredSessionArea } from './session-mirror';
import { keptVettingStore } from './kept-vetting-store';
import { openShortlistVettingStore } from './shortlist-vetting-store';
import { createVetSnapshot } from './vet-snapshot';
import type { FieldStamp } from '../sync/sync-doc';

/**
 * Compose the background from its parts. Everything it remembers lives in storage, so a worker the
 * browser stopped between two messages answers the next one exactly as a warm one would.
 */
export function createBackground(options: { statusStamp?: (key: string) => Promise<FieldStamp | null> } = {}) {
  const extensionOrigin = new URL(browser.runtime.getURL('/')).origin;
  const log = (line: string) => console.warn(`[vetted] ${line}`);
  // One memory of the session keys for every store: the worker is their only writer.
  const session = mirroredSessionArea(browser.storage.session);
  const mounts = createMountStore(session);
  const tabs = createTabStateStore(session, { log });
  const readings = createTabReadingsStore(session, log);
  const tabPosts = createTabPostStore(session);
  // A closed tab's report goes with it. onRemoved needs no "tabs" permission (the manifest test holds that).
  browser.tabs.onRemoved.addListener((tabId) => {
    const failed = (error: unknown) => log(`could not clear tab ${tabId}: ${String(error)}`);
    void tabs.clear(tabId).catch(failed);
    void readings.forget(tabId).catch(failed);
    void mounts.clear(tabId).catch(failed);
    void tabPosts.clear(tabId).catch(failed);
  });
  const handlers = createHandlers({
    tabs,
    readings,
    mounts,
    now: () => new Date(),
    vet: createVetSnapshot(
      keptVettingStore((onLost) => openShortlistVettingStore(undefined, onLost)),
      log,
      sessionBriefCache(session),
    ),
    shortlist: createOverlayShortlistStore(async () => announcingShortlist(await openShortlist(undefined, { log }))),
    posts: createPostDeps({ tabs, tabPosts, open: () => openShortlist(undefined, { log }), log }),
    ...(options.statusStamp ? { statusStamp: options.statusStamp } : {}),
  });
  return createRouter(handlers, { extensionId: browser.runtime.id, extensionOrigin, overlayMounted: (tabId, frameId, token) => mounts.verify(tabId, frameId, token) }, log);
}
