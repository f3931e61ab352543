import { createHandlers } from '../../../lib/background/handlers';
import { createMountStore } from '../../../lib/background/mount-store';
import { createOverlayShortlistStore } from '../../../lib/background/overlay-shortlist-store';
import { createTabStateStore } from '../../../lib/background/tab-state-store';
import { createRouter } from '../../../lib/messages/router';
import { parseResponse } from '../../../lib/messages/protocol';
import type { SenderInfo } from '../../../lib/messages/sender';
import type { CurrentTab } from '../../../lib/shortlist-view/current-tab';
import { openShortlist, type Shortlist } from '../../../lib/shortlist/repository';
import { NOW } from '../../lib/shortlist/factory';
import { memorySession } from '../../lib/background/memory-session';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}`;
const POPUP: SenderInfo = { id: ID, url: `${ORIGIN}/popup.html` };

/**
 * The background as the popup reaches it, on the popup's database: the real handlers and router,
 * with the tab's state as `current` says. Only the browser's message passing is left out.
 */
export async function popupBackground(name: string, current: CurrentTab, open: () => Promise<Shortlist> = () => openShortlist(name, { log: () => undefined })) {
  const session = memorySession().area;
  const tabs = createTabStateStore(session);
  if (current.kind === 'state' && current.state) await tabs.set(current.tabId, current.state);
  const route = createRouter(
    createHandlers({ tabs, mounts: createMountStore(session), now: () => NOW, vet: () => Promise.reject(new Error('not in these tests')), shortlist: createOverlayShortlistStore(open) }),
    { extensionId: ID, extensionOrigin: ORIGIN, overlayMounted: async () => false },
  );
  /** What entrypoints/popup/popup-wiring.ts does with askBackground. */
  return async function saveFromTab(tabId: number, key: string): Promise<void> {
    const answer = parseResponse('tab/save', await route({ type: 'tab/save', tabId, key }, POPUP));
    if (!answer?.ok) throw new Error(answer?.error.message ?? 'unreadable answer');
  };
}
