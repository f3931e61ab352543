import type { Platform } from '../contracts/creator';
import type { ProfileRef } from '../platforms/profile-ref';
import { profileRefFromUrl } from '../platforms/profile-url';

/**
 * The reader `table` holds for the platform of the profile at `pageUrl`, with that address and
 * profile; a `detail` saying why not when the address is no URL or its platform has no reader there.
 * What the background reads for a content script (page data, captured responses) starts here.
 */
export function pagePlatformReader<R>(pageUrl: string, table: Partial<Record<Platform, R>>, none: string): { ok: true; url: URL; ref: ProfileRef; read: R } | { ok: false; detail: string } {
  let url: URL;
  try {
    url = new URL(pageUrl);
  } catch {
    return { ok: false, detail: 'the page address is not a URL' };
  }
  const ref = profileRefFromUrl(url);
  const read = ref ? table[ref.platform] : undefined;
  return ref && read ? { ok: true, url, ref, read } : { ok: false, detail: none };
}
