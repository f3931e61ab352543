/** Rung 2 of the rendered profile: the header, read only while it shows this handle. */
import { CAPS, capCount, capText } from '../../../contracts/caps';
import { extractEmails, extractLinks, normalizeLink } from '../../../parse/contact';
import { parseCount } from '../../../parse/count';
import type { Selector } from '../../page-path';
import { emptyParts, type CountReading, type SourceReading } from '../../source-ladder';
import { linkPath, visibleText } from '../dom-text';
import { isShortener, URL_LIKE } from '../links';
import { X_COUNT_LINKS, X_DOM, X_JOINED_TEXT, X_POSTS_TEXT } from '../paths';
import { pathOf, select } from '../../page-path';

const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** The rendered header, when it shows this handle ("@badlogicgames"); null while it shows another. */
export function currentHeader(doc: Document, handle: string): Element | null {
  const header = select(doc, X_DOM.userName);
  // `handle` is [a-z0-9_] (xProfileRef), safe in a pattern; an "@" in the display name is not it.
  return header && new RegExp(`@${handle}(?![a-z0-9_])`, 'i').test(header.textContent ?? '') ? header : null;
}

/** A header count link of this handle (`/<handle>/following`), first rung that has one. */
function linkCount(doc: Document, handle: string, ladder: readonly Selector[], locale: string | undefined): CountReading | undefined {
  for (const entry of ladder) {
    const path = pathOf(entry);
    const link = Array.from(doc.querySelectorAll(path)).find((a) => {
      const segments = (linkPath(a.getAttribute('href')) ?? '').split('/');
      return segments.length === 3 && segments[1] === handle;
    });
    const parsed = link ? parseCount(visibleText(link), locale) : null;
    const value = capCount(parsed?.value);
    if (parsed && value !== null) return { value, exact: parsed.exact, source: 'dom', via: `dom:${path}` };
  }
  return undefined;
}

function postsText(doc: Document, locale: string | undefined): CountReading | undefined {
  const column = select(doc, X_DOM.primaryColumn) ?? doc.body;
  if (!column) return undefined;
  for (const el of Array.from(column.querySelectorAll('div, span'))) {
    if (el.childElementCount) continue;
    const m = X_POSTS_TEXT.exec(el.textContent ?? '');
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

export function readHeader(doc: Document, header: Element | null, handle: string, locale: string | undefined): SourceReading | null {
  if (!header) return null;
  const parts = emptyParts();
  // The DOM below the header belongs to whichever profile the header shows.
  const counts = { followers: linkCount(doc, handle, X_COUNT_LINKS.followers, locale), following: linkCount(doc, handle, X_COUNT_LINKS.following, locale), postsCount: postsText(doc, locale) };
  for (const [key, reading] of Object.entries(counts)) if (reading) parts.counts[key as keyof typeof counts] = reading;

  const description = select(doc, X_DOM.description);
  // The rendered bio shows links expanded (JSON-LD's has t.co redirects).
  const bio = capText(description ? visibleText(description) : '', CAPS.bio);
  if (bio) parts.bio = bio;
  const nameSpan = Array.from(header.querySelectorAll('span')).find((s) => {
    const text = visibleText(s).trim();
    return text && !text.startsWith('@');
  });
  const name = capText(nameSpan ? visibleText(nameSpan) : '', CAPS.displayName);
  if (name) parts.displayName = name;

  const userUrl = select(doc, X_DOM.userUrl);
  const linkTexts = [userUrl ? visibleText(userUrl) : '', ...Array.from(description?.querySelectorAll('a') ?? []).map((a) => visibleText(a))].map((t) => t.trim());
  parts.links = [...linkTexts.filter((t) => URL_LIKE.test(t)).map(normalizeLink), ...extractLinks(bio)].filter((l): l is string => l !== null && !isShortener(l));
  parts.emails = extractEmails(bio);
  parts.verified = select(header, X_DOM.verifiedIcon) !== null;
  const joinDate = select(doc, X_DOM.joinDate);
  parts.joinedAt = joinDate ? joinedFromText(joinDate.textContent ?? '') : undefined;
  return { name: 'dom:UserName', parts, posts: [] };
}
