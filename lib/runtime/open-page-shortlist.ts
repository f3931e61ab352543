import { requestPersistence } from '../shortlist/persistence';
import { openShortlist, type Shortlist } from '../shortlist/repository';
import { announcingShortlist } from './shortlist-changes';

/**
 * Open the shortlist from an extension page (popup, dashboard, overlay). These pages share the
 * extension's origin, so they reach the same IndexedDB as the worker. Asking for persistent
 * storage here means the browser will not evict the shortlist under storage pressure.
 */
export async function openPageShortlist(log: (line: string) => void = (line) => console.warn(`[vetted] ${line}`)): Promise<Shortlist> {
  const shortlist = await openShortlist(undefined, { log });
  void requestPersistence(globalThis.navigator?.storage);
  // Team sync (and other open pages) hear of every write.
  return announcingShortlist(shortlist);
}
