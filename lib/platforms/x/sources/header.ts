/** Rung 2 of the rendered profile: the header, read only while it shows this handle. */
import { CAPS, capCount, capText } from '../../../contracts/caps';
import { extractEmails, extractLinks, normalizeLink } from '../../../parse/contact';
import { parseCount } from '../../../parse/count';
import type { Selector } from '../../page-path';
import { emptyParts, type CountReading, type SourceReading } from '../../source-ladder';
import { linkPath } from '../dom-text';
import { isShortener, URL_LIKE } from '../links';
import type { XCountLink, XHeaderExtract } from '../page-collect';
import { X_COUNT_LINKS, X_JOINED_TEXT, X_POSTS_TEXT } from '../paths';
import { pathOf } from '../../page-select';

const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** The rendered header, when it shows this handle ("@badlogicgames"); null while it shows another. */
export function currentHeader(header: XHeaderExtract | null, handle: string): XHeaderExtract | null {
  // `handle` is [a-z0-9_] (xProfileRef), safe in a pattern; an "@" in the display name is not it.
  return header && new RegExp(`@${handle}(?![a-z0-9_])`, 'i').test(header.text) ? header : null;
}

/**
 * A header count link of this handle (`/<handle>/following`), first rung that has one. `found`:
 * per rung of `ladder`, the links its selector matched.
 */
function linkCount(found: readonly XCountLink[][], handle: string, ladder: readonly Selector[], locale: string | undefined): CountReading | undefined {
  for (const [rung, entry] of ladder.entries()) {
    const path = pathOf(entry);
    const link = (found[rung] ?? []).find((a) => {
      const segments = (linkPath(a.href) ?? '').split('/');
      return segments.length === 3 && segments[1] === handle;
    });
    const parsed = link ? parseCount(link.text, locale) : null;
    const value = capCount(parsed?.value);
    if (parsed && value !== null) return { value, exact: parsed.exact, source: 'dom', via: `dom:${path}` };
  }
  return undefined;
}

/** `texts`: the leaf texts of the primary column that may say "97K posts", in page order. */
function postsText(texts: readonly string[], locale: string | undefined): CountReading | undefined {
  for (const text of texts) {
    const m = X_POSTS_TEXT.exec(text);
    const parsed = m?.[1] ? parseCount(m[1], locale) : null;
    const value = capCount(parsed?.value);
    if (parsed && value !== null) return { value, exact: parsed.exact, source: 'dom', via: 'dom:"N posts"' };
  }
  return undefined;
}

function joinedFromText(text: string): string | undefined {
  const m = X_JOINED_TEXT.exec(text);
  if (!m?.[1] || !m[2]) return undefined;
  const month = MONTH_NAMES.indexOf(m[1].toLowerCase());
  return month < 0 ? undefined : new Date(Date.UTC(Number(m[2]), month, 1)).toISOString();
}

export function readHeader(header: XHeaderExtract | null, handle: string, locale: string | undefined): SourceReading | null {
  if (!header) return null;
  const parts = emptyParts();
  // The DOM below the header belongs to whichever profile the header shows.
  const counts = { followers: linkCount(header.followers, handle, X_COUNT_LINKS.followers, locale), following: linkCount(header.following, handle, X_COUNT_LINKS.following, locale), postsCount: postsText(header.postsTexts, locale) };
  for (const [key, reading] of Object.entries(counts)) if (reading) parts.counts[key as keyof typeof counts] = reading;

  // The rendered bio shows links expanded (JSON-LD's has t.co redirects).
  const bio = capText(header.description?.text ?? '', CAPS.bio);
  if (bio) parts.bio = bio;
  const name = capText(header.name, CAPS.displayName);
  if (name) parts.displayName = name;

  const linkTexts = [header.userUrl, ...(header.description?.links ?? [])].map((t) => t.trim());
  parts.links = [...linkTexts.filter((t) => URL_LIKE.test(t)).map(normalizeLink), ...extractLinks(bio)].filter((l): l is string => l !== null && !isShortener(l));
  parts.emails = extractEmails(bio);
  parts.verified = header.verified;
  parts.joinedAt = header.joinDate ? joinedFromText(header.joinDate) : undefined;
  return { name: 'dom:UserName', parts, posts: [] };
}
