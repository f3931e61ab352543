import type { IDBFactory } from 'fake-indexeddb';
import { createHandlers } from '../../../lib/background/handlers';
import { createMountStore } from '../../../lib/background/mount-store';
import { createOverlayShortlistStore } from '../../../lib/background/overlay-shortlist-store';
import { createPostDeps } from '../../../lib/background/post-evidence-deps';
import { openShortlistVettingStore } from '../../../lib/background/shortlist-vetting-store';
import { createTabPostStore } from '../../../lib/background/tab-post-store';
import { createTabStateStore } from '../../../lib/background/tab-state-store';
import { createVetSnapshot } from '../../../lib/background/vet-snapshot';
import { createRouter } from '../../../lib/messages/router';
import type { SenderInfo } from '../../../lib/messages/sender';
import { openShortlist } from '../../../lib/shortlist/repository';
import { memorySession } from './memory-session';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}`;

/** The background as the extension composes it (lib/background/create-background.ts), on a fake IndexedDB and session area. */
export function backgroundOn(factory: IDBFactory, now: Date) {
  const session = memorySession();
  const tabs = createTabStateStore(session.area);
  const tabPosts = createTabPostStore(session.area);
  const mounts = createMountStore(session.area);
  const open = () => openShortlist(undefined, { idbFactory: factory, log: () => undefined });
  const handlers = createHandlers({
    tabs,
    mounts,
    now: () => now,
    vet: createVetSnapshot(() => openShortlistVettingStore(factory)),
    shortlist: createOverlayShortlistStore(open),
    posts: createPostDeps({ tabs, tabPosts, open, log: () => undefined }),
  });
  const route = createRouter(handlers, { extensionId: ID, extensionOrigin: ORIGIN, overlayMounted: mounts.verify });
  const contentOn = (url: string, tabId: number): SenderInfo => ({ id: ID, url, tab: { id: tabId, url }, frameId: 0 });
  return { route, tabs, open, contentOn };
}

