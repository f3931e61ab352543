/**
 * Rung 6, the lowest: the SEO meta tags, the only counts a logged-out page has since 2023. Rounded
 * ("1M") and server-rendered for the first page of a session, so they are checked against the handle.
 */
import { CAPS, capCount, capText } from '../../../contracts/caps';
import { extractEmails, extractLinks } from '../../../parse/contact';
import { parseCount } from '../../../parse/count';
import type { Selector } from '../../page-path';
import { instagramProfileRef } from '../profile-url';
import { emptyParts, type SourceReading } from '../../source-ladder';
import { cleanHandle } from '../handle';
import type { MetaExtract } from '../page-collect';
import { IG_META } from '../paths';
import { decodeEntities } from '../text';
import { select } from '../../page-path';

export function metaContent(doc: Document, selector: Selector): string {
  return decodeEntities(select(doc, selector)?.getAttribute('content') ?? '');
}

/** Numbers before the first " - ", by position ("2,362 Followers, 136 Following, 224 Posts - …"). */
export function countsBeforeDash<K extends string>(text: string, keys: readonly K[], locale: string | undefined): Partial<Record<K, { value: number; exact: boolean }>> {
  const dash = text.indexOf(' - ');
  if (dash < 0) return {};
  const pieces = text.slice(0, dash).split(/,\s+|、|，\s*/);
  const out: Partial<Record<K, { value: number; exact: boolean }>> = {};
  if (pieces.length !== keys.length) return out;
  keys.forEach((key, i) => {
    const parsed = parseCount(pieces[i] ?? '', locale);
    const value = parsed ? capCount(parsed.value) : null;
    if (parsed && value !== null) out[key] = { value, exact: parsed.exact };
  });
  return out;
}

/** `meta`: the tags' `content` as the page holds them (page-collect.ts). */
export function readMeta(meta: MetaExtract, handle: string, locale: string | undefined, tried: string[]): SourceReading | null {
  tried.push('meta:og:description');
  const ogUrl = decodeEntities(meta.ogUrl);
  const og = decodeEntities(meta.ogDescription);
  const description = decodeEntities(meta.description);
  const text = og || description;
  if (!text) return null;
  // Meta tags are server-rendered for the first page: after in-app navigation they describe someone else.
  let owner: string | null | undefined;
  try {
    owner = ogUrl ? (instagramProfileRef(new URL(ogUrl))?.handle ?? null) : cleanHandle(/\(@([A-Za-z0-9._]{1,64})\)/.exec(text)?.[1]);
  } catch {
    owner = null;
  }
  if (owner !== handle) return null;
  const parts = emptyParts();
  const counts = countsBeforeDash(text, IG_META.countOrder, locale);
  for (const key of IG_META.countOrder) {
    const found = counts[key];
    if (found) parts.counts[key] = { ...found, source: 'meta', via: og ? 'meta og:description' : 'meta description' };
  }
  const marker = description.toLowerCase().indexOf(`(@${handle})`);
  if (marker >= 0) {
    const rest = description.slice(marker);
    const open = rest.indexOf('"');
    const close = rest.lastIndexOf('"');
    const bio = open >= 0 && close > open ? capText(rest.slice(open + 1, close), CAPS.bio) : '';
    if (bio) {
      parts.bio = bio;
      parts.emails = extractEmails(bio);
      parts.links = extractLinks(bio);
    }
  }
  const title = decodeEntities(meta.ogTitle);
  const nameEnd = title.toLowerCase().indexOf(` (@${handle})`);
  const name = nameEnd > 0 ? capText(title.slice(0, nameEnd), CAPS.displayName) : '';
  if (name) parts.displayName = name;
  return { name: og ? 'meta:og:description' : 'meta:description', parts, posts: [] };
}
