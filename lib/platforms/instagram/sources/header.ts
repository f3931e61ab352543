/**
 * Rung 3: the rendered profile header (logged in), as page-collect.ts took it from the page. The
 * followers count is exact in `span[title]` even where the visible text says "1.1M".
 */
import { CAPS, capCount, capText } from '../../../contracts/caps';
import { extractEmails, extractLinks, normalizeLink } from '../../../parse/contact';
import { parseCount } from '../../../parse/count';
import { emptyParts, type CountReading, type SourceReading } from '../../source-ladder';
import type { HeaderCountExtract, HeaderExtract } from '../page-collect';
import { IG_DOM } from '../paths';

function countFrom(found: HeaderCountExtract | null, locale: string | undefined, via: string): CountReading | undefined {
  if (!found) return undefined;
  const parsed = found.title ? parseCount(found.title, locale) : null;
  if (parsed) {
    const value = capCount(parsed.value);
    if (value !== null) return { value, exact: parsed.exact, source: 'dom', via: `${via} span[title]` };
  }
  const fromText = parseCount(found.text, locale);
  const value = fromText ? capCount(fromText.value) : null;
  return fromText && value !== null ? { value, exact: fromText.exact, source: 'dom', via } : undefined;
}

export function readHeader(header: HeaderExtract | null, locale: string | undefined, tried: string[]): SourceReading | null {
  tried.push('dom:header');
  if (!header) return null;
  const parts = emptyParts();
  IG_DOM.countOrder.forEach((key, index) => {
    const found = header.counts[key];
    const reading = countFrom(found, locale, found?.viaLink ? `header a[href$="/${key}/"]` : `header section ul > li:nth-child(${index + 1})`);
    if (reading) parts.counts[key] = reading;
  });

  const name = capText(header.name, CAPS.displayName);
  if (name) parts.displayName = name;
  const bio = capText(header.bio, CAPS.bio);
  if (bio) parts.bio = bio;
  const category = capText(header.category, CAPS.category);
  if (category) parts.category = category;
  if (header.verified) parts.verified = true;

  const rawLinks = [...header.shimLinks];
  for (const buttonText of header.buttonTexts) {
    // "linktr.ee/gdg_rbu + 2": the first of several links, the rest behind a click.
    const text = buttonText.trim().replace(/\s*\+\s*\d+$/, '');
    if (/^(?:https?:\/\/)?(?:[\w-]+\.)+[a-z]{2,24}(?:\/\S*)?$/i.test(text)) rawLinks.push(text);
  }
  const normalized = rawLinks.map(normalizeLink).filter((l): l is string => l !== null);
  parts.links = [...new Set([...normalized, ...extractLinks(bio)])].slice(0, CAPS.listItems);
  parts.emails = extractEmails(bio);
  return { name: 'dom:header', parts, posts: [] };
}
