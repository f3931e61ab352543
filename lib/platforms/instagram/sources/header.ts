/**
 * Rung 3: the rendered profile header (logged in). The followers count is exact in `span[title]`
 * even where the visible text says "1.1M".
 */
import { CAPS, capCount, capText } from '../../../contracts/caps';
import type { CreatorCount } from '../../../contracts/creator';
import { extractEmails, extractLinks, normalizeLink } from '../../../parse/contact';
import { parseCount } from '../../../parse/count';
import { emptyParts, type CountReading, type SourceReading } from '../../source-ladder';
import { IG_DOM } from '../paths';
import { pathOf, select, selectAll } from '../../page-path';

/** Text with `<br>` kept as line breaks (bios are written on several lines). */
function textWithBreaks(node: Node): string {
  let out = '';
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === 3) out += child.nodeValue ?? '';
    else if (child.nodeName === 'BR') out += '\n';
    else out += textWithBreaks(child);
  }
  return out;
}

function countFrom(el: Element | null | undefined, locale: string | undefined, via: string): CountReading | undefined {
  if (!el) return undefined;
  const titled = select(el, IG_DOM.exactTitle);
  const title = titled?.getAttribute('title');
  const parsed = title ? parseCount(title, locale) : null;
  if (parsed) {
    const value = capCount(parsed.value);
    if (value !== null) return { value, exact: parsed.exact, source: 'dom', via: `${via} span[title]` };
  }
  const text = (el.querySelector('span') ?? el).textContent ?? '';
  const fromText = parseCount(text, locale);
  const value = fromText ? capCount(fromText.value) : null;
  return fromText && value !== null ? { value, exact: fromText.exact, source: 'dom', via } : undefined;
}

/** The header showing this handle's profile, or null (not rendered yet, or still the previous profile's). */
export function headerFor(doc: Document, handle: string): Element | null {
  for (const header of selectAll(doc, IG_DOM.header)) {
    if (header.querySelector(`${pathOf(IG_DOM.selfLink)(handle)}, ${pathOf(IG_DOM.followersLink)(handle)}`)) return header;
    const heading = select(header, IG_DOM.handleHeading)?.textContent?.trim().toLowerCase();
    if (heading === handle) return header;
  }
  return null;
}

function outsideChrome(el: Element): boolean {
  return !el.closest('button, a, [role="menu"]');
}

export function readHeader(doc: Document, header: Element | null, handle: string, locale: string | undefined, tried: string[]): SourceReading | null {
  tried.push('dom:header');
  if (!header) return null;
  const parts = emptyParts();
  const followersLink = doc.querySelector(pathOf(IG_DOM.followersLink)(handle));
  const followingLink = doc.querySelector(pathOf(IG_DOM.followingLink)(handle));
  const list =
    (followersLink ?? followingLink)?.closest('ul') ??
    selectAll(header, IG_DOM.countItems).find((li) => li.parentElement?.children.length === 3)?.parentElement;
  const items = list && list.children.length === 3 ? Array.from(list.children) : [];
  const links: Partial<Record<CreatorCount, Element | null>> = { followers: followersLink, following: followingLink };
  IG_DOM.countOrder.forEach((key, index) => {
    const viaLink = links[key];
    const reading = viaLink
      ? countFrom(viaLink, locale, `header a[href$="/${key}/"]`)
      : countFrom(items[index], locale, `header section ul > li:nth-child(${index + 1})`);
    if (reading) parts.counts[key] = reading;
  });

  const nameEl = selectAll(header, IG_DOM.displayName).find(
    (el) => outsideChrome(el) && !select(el, IG_DOM.displayName) && !el.parentElement?.closest(pathOf(IG_DOM.displayName)),
  );
  const name = capText((nameEl ?? select(header, IG_DOM.displayNameOld))?.textContent ?? '', CAPS.displayName);
  if (name) parts.displayName = name;
  const bioEl = select(header, IG_DOM.bio);
  const bio = bioEl ? capText(textWithBreaks(bioEl), CAPS.bio) : '';
  if (bio) parts.bio = bio;
  // A short single line: longer text in that spot is something else ("Followed by …").
  const categoryEl = Array.from(nameEl?.closest('section')?.querySelectorAll(pathOf(IG_DOM.category)) ?? []).find(
    (el) => outsideChrome(el) && !el.closest(pathOf(IG_DOM.displayName)) && /^[^\n]{1,60}$/.test(el.textContent?.trim() ?? ''),
  );
  const category = capText(categoryEl?.textContent ?? '', CAPS.category);
  if (category) parts.category = category;
  if (select(header, IG_DOM.verifiedBadge)) parts.verified = true;

  const rawLinks = selectAll(header, IG_DOM.shimLink).map((a) => a.getAttribute('href') ?? '');
  for (const button of selectAll(header, IG_DOM.linkButton)) {
    // "linktr.ee/gdg_rbu + 2": the first of several links, the rest behind a click.
    const text = ((select(button, IG_DOM.linkButtonText) ?? button).textContent ?? '').trim().replace(/\s*\+\s*\d+$/, '');
    if (/^(?:https?:\/\/)?(?:[\w-]+\.)+[a-z]{2,24}(?:\/\S*)?$/i.test(text)) rawLinks.push(text);
  }
  const normalized = rawLinks.map(normalizeLink).filter((l): l is string => l !== null);
  parts.links = [...new Set([...normalized, ...extractLinks(bio)])].slice(0, CAPS.listItems);
  parts.emails = extractEmails(bio);
  return { name: 'dom:header', parts, posts: [] };
}
