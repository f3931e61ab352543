import { CAPS, capText } from '../contracts/caps';

// A bio is capped at 2 000 characters and a YouTube description at 5 000; this bounds the regex work
// a hostile page can cause without losing anything real.
const MAX_SCAN = 20_000;
const MAX_EMAIL = 254;

// Spelled-out separators people use to dodge scrapers: "name [at] domain [dot] com", "name(at)domain.com",
// "name {at} domain.com". Only the bracketed forms: a bare " at " is ordinary English.
const OBFUSCATED_AT = /\s*[[({<]\s*(?:at|@|arroba)\s*[\])}>]\s*/gi;
const OBFUSCATED_DOT = /\s*[[({<]\s*(?:dot|punto|point|punkt|\.)\s*[\])}>]\s*/gi;

// The local part may not start with a dot; the domain is labels of letters, digits and inner hyphens.
const EMAIL = /(?<![\w.%+-])[\w%+-][\w.%+-]{0,63}@(?:[a-z\d](?:[a-z\d-]{0,61}[a-z\d])?\.){1,8}[a-z]{2,24}(?![\w-])/gi;

// "logo@2x.png" is a retina image name, not an address.
const FILE_EXTENSIONS = new Set(['png', 'jpg', 'jpeg', 'gif', 'webp', 'svg', 'avif', 'heic', 'mp4', 'mov']);

/**
 * E-mail addresses written in a bio or description, lower-cased, de-duplicated, capped. Reads the
 * common bracketed obfuscations ("name [at] domain [dot] com") and the full-width "＠".
 */
export function extractEmails(text: string): string[] {
  if (typeof text !== 'string') return [];
  const plain = text
    .slice(0, MAX_SCAN)
    .replace(/＠/g, '@')
    .replace(OBFUSCATED_AT, '@')
    .replace(OBFUSCATED_DOT, '.');
  const found: string[] = [];
  for (const match of plain.match(EMAIL) ?? []) {
    const email = match.toLowerCase();
    const [local = '', domain = ''] = email.split('@');
    if (email.length > MAX_EMAIL || local.endsWith('.') || local.includes('..')) continue;
    if (FILE_EXTENSIONS.has(domain.slice(domain.lastIndexOf('.') + 1))) continue;
    if (!found.includes(email)) found.push(email);
    if (found.length === CAPS.listItems) break;
  }
  return found;
}

/**
 * Link wrappers that platforms put around outbound links, and the query parameter holding the target.
 * Only these hosts are unwrapped: an arbitrary `?u=` is the target site's own business.
 */
const REDIRECTORS: Record<string, { paths: RegExp; params: string[] }> = {
  'l.instagram.com': { paths: /^\/$/, params: ['u'] },
  'l.facebook.com': { paths: /^\/l\.php$/, params: ['u'] },
  'lm.facebook.com': { paths: /^\/l\.php$/, params: ['u'] },
  'l.threads.net': { paths: /^\/$/, params: ['u'] },
  'www.youtube.com': { paths: /^\/redirect$/, params: ['q'] },
  'youtube.com': { paths: /^\/redirect$/, params: ['q'] },
  'm.youtube.com': { paths: /^\/redirect$/, params: ['q'] },
  'www.google.com': { paths: /^\/url$/, params: ['q', 'url'] },
  'www.tiktok.com': { paths: /^\/link\/v2$/, params: ['target'] },
};

// Click-tracking parameters that identify the visitor or campaign, never the page.
const TRACKING_PARAM = /^(?:utm_\w+|fbclid|gclid|dclid|msclkid|igshid|igsh|mc_cid|mc_eid|_hsenc|_hsmi)$/i;

/**
 * Normalise a link a page shows ("twitch.tv/illojuan", "https://l.instagram.com/?u=…",
 * "https://www.youtube.com/redirect?q=…") to an absolute http(s) URL: known redirectors unwrapped
 * (up to three deep), tracking parameters and credentials removed. Null for anything that is not
 * http(s) (javascript:, data:, mailto:, …), has no dotted host name, or is longer than CAPS.url.
 */
export function normalizeLink(raw: string): string | null {
  return normalizeWithin(raw, 3);
}

function normalizeWithin(raw: string, depth: number): string | null {
  const text = capText(raw, CAPS.url + 1);
  if (!text || text.length > CAPS.url || /\s/.test(text)) return null;
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z\d+.-]*:/i.test(text) ? text : `https://${text.replace(/^\/\//, '')}`);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (!/^[a-z\d-]+(?:\.[a-z\d-]+)+$/i.test(url.hostname) && !/^\[[\da-f:.]+\]$/i.test(url.hostname)) return null;

  const redirector = REDIRECTORS[url.hostname];
  if (redirector?.paths.test(url.pathname)) {
    const target = redirector.params.map((p) => url.searchParams.get(p)).find((t) => t);
    // A wrapper without a usable target is still only a wrapper: nothing to show.
    return target && depth > 0 ? normalizeWithin(target, depth - 1) : null;
  }

  // Each setter re-serialises the URL: only when there is something to remove (an import checks thousands of links).
  if (url.username) url.username = '';
  if (url.password) url.password = '';
  // Not searchParams.keys(): Firefox content scripts see DOM iterators through Xray wrappers that
  // lack [Symbol.iterator], so spreading keys() throws there; the URLSearchParams itself iterates.
  if (url.search) for (const [key] of [...url.searchParams]) if (TRACKING_PARAM.test(key)) url.searchParams.delete(key);
  const href = url.href;
  return href.length <= CAPS.url ? href : null;
}

// Bare domains in bios ("curiositybox.com", "linktr.ee/name"): only with a TLD that link-in-bio
// services and creator sites use, so that "e.g." or "Node.js" is not a link, and never the domain
// of an e-mail address (preceded or followed by "@").
const LINK =
  /(?:\bhttps?:\/\/|\bwww\.|(?<![\w.@/-])(?=[a-z\d-]+(?:\.[a-z\d-]+)*\.(?:com|net|org|tv|ee|gg|io|co|me|ly|link|bio|page|shop|store|app|art|blog|de|fr|es|it|uk|nl|pl|br|in|jp|kr|id|tr|ru|mx|ar|ca|au|us)\b(?![\w.-]*@)))[^\s<>"'`]+/gi;

/** Punctuation that ends a sentence rather than a URL. */
function trimTrailing(candidate: string): string {
  let url = candidate.replace(/[.,;:!?»”’]+$/, '');
  // "(see example.com/a)" — a closing bracket without an opening one belongs to the prose.
  while (/[)\]}]$/.test(url)) {
    const close = url.slice(-1);
    const open = close === ')' ? '(' : close === ']' ? '[' : '{';
    if (url.split(open).length >= url.split(close).length) break;
    url = url.slice(0, -1).replace(/[.,;:!?]+$/, '');
  }
  return url;
}

/** URLs written in free text (bio, description), normalised, de-duplicated, capped. */
export function extractLinks(text: string): string[] {
  if (typeof text !== 'string') return [];
  const links: string[] = [];
  for (const match of text.slice(0, MAX_SCAN).match(LINK) ?? []) {
    const link = normalizeLink(trimTrailing(match));
    if (link && !links.includes(link)) links.push(link);
    if (links.length === CAPS.listItems) break;
  }
  return links;
}
