import { profileRefFromUrl, profileUrlFor } from '../platforms/profile-url';
import { jsonLdBlocks } from '../parse/embedded-json';
import { asArray, asObject, asString } from '../parse/json-path';

/** Kept here too: the CLI's modules name the profile a file points at with it. */
export { profileUrlFor };

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
