import { platformOfHost } from '../platforms/hosts';
import { profileRefFromUrl } from '../platforms/profile-url';
import { jsonLdBlocks } from '../parse/embedded-json';
import { asArray, asObject, asString } from '../parse/json-path';
import { platformName } from '../format/format';

/**
 * What `vet` checks about its input files before reading them, so that each failure says what
 * happened ("empty", "binary", "a post page", "two creators") instead of a generic "cannot tell
 * which creator".
 */

/** The file's text, or why it is not a text file vet can read. */
export function textOf(file: string, bytes: Uint8Array): { ok: true; text: string } | { ok: false; message: string } {
  if (bytes.length === 0) return { ok: false, message: `${file} is empty (0 bytes): nothing to read` };
  const head = bytes.subarray(0, 8192);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = '';
  }
  if (head.includes(0) || text === '') return { ok: false, message: `${file} is binary data, not a saved page (.html) or a captured response (.json) as text` };
  if (text.trim() === '') return { ok: false, message: `${file} holds only white space: nothing to read` };
  return { ok: true, text };
}

/** A warning when a saved page stops before its end (a download cut short): what follows the cut is missing. */
export function truncationWarning(file: string, html: string): string | null {
  const tail = html.slice(-2048).replace(/<!--[\s\S]*?-->/g, '').trimEnd();
  return /<\/html>$/i.test(tail) ? null : `${file} looks truncated (it does not end with </html>): anything after the cut, counts or posts, is missing`;
}

/** Every address a saved page gives for itself: canonical link, og:url, JSON-LD url. */
function selfUrls(doc: Document): URL[] {
  const candidates = [
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href'),
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content'),
    ...jsonLdBlocks(doc)
      .flatMap((block) => asArray(block).concat(block))
      .flatMap((block) => {
        const o = asObject(block);
        return [asString(o?.url), asString(asObject(o?.mainEntity)?.url)];
      }),
  ];
  const urls: URL[] = [];
  for (const candidate of candidates) {
    if (!candidate) continue;
    try {
      urls.push(new URL(candidate));
    } catch {
      // not an address
    }
  }
  return urls;
}

/** "a post page (https://www.instagram.com/p/…)": a page on a platform that names itself with an address that is not a profile. */
export function nonProfilePage(doc: Document): { platform: string; url: string } | null {
  const urls = selfUrls(doc);
  if (urls.some((u) => profileRefFromUrl(u))) return null;
  for (const url of urls) {
    const platform = platformOfHost(url.hostname);
    if (platform) return { platform: platformName(platform), url: url.href };
  }
  return null;
}

/** The creator a saved page says it is about, as "platform:handle", when it says so. */
export function creatorOfPage(doc: Document): { key: string; label: string } | null {
  for (const url of selfUrls(doc)) {
    const ref = profileRefFromUrl(url);
    if (ref) return { key: ref.key.toLowerCase(), label: `${ref.handle ? `@${ref.handle}` : ref.key} on ${platformName(ref.platform)}` };
  }
  return null;
}
