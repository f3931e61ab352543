import { browser } from 'wxt/browser';
import type { PopupServices } from './popup-services';
import { openPageShortlist } from '../../lib/runtime/open-page-shortlist';
import { pageDownload } from '../../lib/runtime/page-download';
import { earlyShortlist } from '../../lib/shortlist-view/early-shortlist';
import { hashForKey } from '../../lib/shortlist-view/key-hash';
import { readCurrentTab } from './read-current-tab';
import { askBackground } from '../../lib/runtime/ask-background';
import { teamSyncPort } from '../../lib/runtime/team-sync-port';
import { onShortlistChange } from '../../lib/runtime/shortlist-changes';

/** The popup's services on the real browser. */
export function createPopupServices(): PopupServices {
  return {
    openShortlist: earlyShortlist(() => openPageShortlist()),
    currentTab: () => readCurrentTab(location.search),
    async saveFromTab(tabId, key) {
      const answer = await askBackground({ type: 'tab/save', tabId, key });
      if (!answer.ok) throw new Error(answer.message);
    },
    openDashboard(key) {
      // tabs.create needs no permission; the popup closes itself once the tab opens.
      const url = browser.runtime.getURL('/dashboard.html') + (key ? hashForKey(key) : '');
      void browser.tabs.create({ url }).then(() => window.close());
    },
    download: pageDownload,
    copyText: (text) => navigator.clipboard.writeText(text),
    now: () => new Date(),
    // Its own writes the page shows as it makes them.
    onShortlistChange: (listener) => onShortlistChange(listener, { othersOnly: true }),
    onListShown: () => performance.mark('vetted-list-shown'),
    teamSync: teamSyncPort,
  };
}
