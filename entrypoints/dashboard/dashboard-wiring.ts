import type { DashboardServices } from './dashboard-services';
import { openPageShortlist } from '../../lib/runtime/open-page-shortlist';
import { backupDownload } from '../../lib/runtime/backup-download';
import { pageDownload } from '../../lib/runtime/page-download';
import { earlyShortlist } from '../../lib/shortlist-view/early-shortlist';
import { importFile } from '../../lib/runtime/import-file';
import { teamSyncPort } from '../../lib/runtime/team-sync-port';
import { onShortlistChange } from '../../lib/runtime/shortlist-changes';
import type { Shortlist } from '../../lib/shortlist/repository';

/** The dashboard's services on the real browser. */
export function createDashboardServices(): DashboardServices {
  const open = earlyShortlist(() => openPageShortlist());
  // The page sees the narrow ShortlistPort; import and backup need the whole store it opened.
  let opened: Promise<Shortlist> | null = null;
  const current = () => (opened ??= open());
  return {
    openShortlist: () => (opened = open()),
    importFile: async (file, options) => importFile(await current(), file, options),
    backup: async (now) => backupDownload(await current(), now),
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
