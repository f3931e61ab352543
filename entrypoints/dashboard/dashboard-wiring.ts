import type { DashboardServices } from './dashboard-services';
import { openPageShortlist } from '../../lib/runtime/open-page-shortlist';
import { backupDownload } from '../../lib/shortlist-view/backup-download';
import { pageDownload } from '../../lib/runtime/page-download';
import { earlyShortlist } from '../../lib/shortlist-view/early-shortlist';
import { importFile } from '../../lib/shortlist-view/import-file';
import { teamSyncPort } from '../../lib/runtime/team-sync-port';
import { onShortlistChange } from '../../lib/runtime/shortlist-changes';

/** The dashboard's services on the real browser. */
export function createDashboardServices(): DashboardServices {
  return {
    openShortlist: earlyShortlist(() => openPageShortlist()),
    importFile,
    backup: backupDownload,
    async storageEstimate() {
      const estimate = await navigator.storage?.estimate?.();
      return estimate && typeof estimate.usage === 'number' && typeof estimate.quota === 'number' ? { usage: estimate.usage, quota: estimate.quota } : null;
    },
    download: pageDownload,
    copyText: (text) => navigator.clipboard.writeText(text),
    now: () => new Date(),
    newId: () => `brief-${crypto.randomUUID()}`,
    // Its own writes the page shows as it makes them.
    onShortlistChange: (listener) => onShortlistChange(listener, { othersOnly: true }),
    onListShown: () => performance.mark('vetted-list-shown'),
    teamSync: teamSyncPort,
  };
}
