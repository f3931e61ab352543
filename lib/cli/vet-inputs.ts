import type { Platform } from '../contracts/creator';
import { profileRefFromUrl } from '../platforms/profile-url';
import { HOSTS_BY_PLATFORM } from '../platforms/hosts';
import { jsonLdBlocks } from '../parse/embedded-json';
import { asArray, asObject, asString } from '../parse/json-path';

/** Where a saved page says it came from: canonical link, og:url, then JSON-LD. */
export function urlFromDocument(doc: Document): URL | null {
  const candidates = [
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href'),
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content'),
    ...jsonLdBlocks(doc).flatMap((block) => asArray(block).concat(block)).flatMap((block) => {
      const o = asObject(block);
      return [asString(o?.url), asString(asObject(o?.mainEntity)?.url)];
    }),
  ];
  for (const candidate of candidates) {
    if (!candidate) continue;
    try {
      const url = new URL(candidate);
      if (profileRefFromUrl(url)) return url;
    } catch {
      // try the next one
    }
  }
  return null;
}

/** A profile URL for a platform and handle, for captures that name their creator. */
export function profileUrlFor(platform: Platform, handle: string): URL {
  const host = HOSTS_BY_PLATFORM[platform][0] ?? '';
  const path = platform === 'tiktok' || platform === 'youtube' ? `/@${handle}` : platform === 'instagram' ? `/${handle}/` : `/${handle}`;
  return new URL(`https://${host}${path}`);
}
