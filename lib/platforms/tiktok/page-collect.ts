/**
 * What the TikTok profile reader needs of the page, collected as plain strings: the only part of the
 * reader that runs on the page's own thread. The reading itself (JSON, counts, dates, disclosures,
 * contact links) runs in the background worker on this extract (page-extract-reading.ts), so that
 * its code is neither compiled nor run on TikTok's thread; `tiktokReader.read(doc)` is the two in a
 * row, which every reader test goes through. Nothing is parsed here: the page's JSON travels as the
 * script's text, counts as the text shown.
 */
import { CAPS } from '../../contracts/caps';
import { DOM, SCRIPTS } from './paths';
import { pathOf, select, selectAll } from '../page-select';

/**
 * The bounds of an extract, so that the largest a forged page can make stays within what the
 * background takes as page data (2 million characters: lib/background/page-data-reading.ts), while
 * every real page reads as before (the saved pages' extracts are 9–650 thousand characters).
 * A text shown: twice the longest the reader keeps of one (CAPS: a caption 2,200, a bio 2,000),
 * since the reader drops control characters and spaces before it cuts.
 */
export const TIKTOK_RAW_TEXT = 2 * CAPS.caption;
/** A grid item's alt text, which holds its caption and then the sound's credit: the reader keeps 2,200 characters of it. */
export const TIKTOK_ALT_CHARS = 2_300;
/** A grid item's link, view count and badge. */
export const TIKTOK_ITEM_CHARS = 300;
/** The embedded JSON scripts, all together: TikTok's are 50–550 thousand characters (2021–2026 saved pages). */
export const TIKTOK_SCRIPT_CHARS = 1_000_000;
export const TIKTOK_JSONLD_BLOCKS = 10;
export const TIKTOK_JSONLD_CHARS = 20_000;

export interface TiktokGridItem {
  href: string;
  views: string;
  alt: string;
  badge: string;
}

export interface TiktokPageExtract {
  /** `<html lang>`, the UI language the counts are written in. */
  lang: string;
  /** The text of each of SCRIPTS' embedded JSON, in their order; null where the page has none. */
  scripts: Array<string | null>;
  /** The text of each JSON-LD block. */
  jsonLd: string[];
  /** The rendered profile (`data-e2e` hooks), as shown. */
  dom: {
    title: string;
    subtitle: string;
    followers: string;
    following: string;
    totalLikes: string;
    bio: string;
    /** The bio's link: its href (TikTok's redirect, the target in a parameter) and its text. */
    bioLink: { href: string; text: string } | null;
    items: TiktokGridItem[];
    /** Index of the active sort option among the options (0: latest); -1 when none is marked. */
    sortIndex: number;
    /** The profile page's shell is there (the app is still rendering it). */
    shell: boolean;
  };
}

const text = (el: Element | null | undefined, max = TIKTOK_RAW_TEXT): string => (el?.textContent ?? '').trim().slice(0, max);
const attr = (el: Element | null | undefined, name: string, max = TIKTOK_RAW_TEXT): string => (el?.getAttribute(name) ?? '').slice(0, max);

function gridItem(item: Element): TiktokGridItem {
  return {
    href: attr(select(item, DOM.postLink), 'href', TIKTOK_ITEM_CHARS),
    views: text(select(item, DOM.postViews), TIKTOK_ITEM_CHARS),
    alt: attr(select(item, DOM.postImage), 'alt', TIKTOK_ALT_CHARS),
    badge: text(select(item, DOM.postBadge), TIKTOK_ITEM_CHARS),
  };
}

/** The text of each of SCRIPTS, in their order, within one budget for all of them (null: absent). */
function scriptTexts(doc: Document): Array<string | null> {
  let left = TIKTOK_SCRIPT_CHARS;
  return SCRIPTS.map((script) => {
    const found = doc.querySelector(pathOf(script));
    if (!found) return null;
    const kept = (found.textContent ?? '').slice(0, left);
    left -= kept.length;
    return kept;
  });
}

export function collectTiktokPage(doc: Document): TiktokPageExtract {
  const link = select(doc, DOM.bioLink);
  const active = select(doc, DOM.sortActive);
  return {
    lang: (doc.documentElement?.getAttribute('lang') ?? '').slice(0, 64),
    scripts: scriptTexts(doc),
    jsonLd: Array.from(doc.querySelectorAll('script[type="application/ld+json"]'), (el) => (el.textContent ?? '').slice(0, TIKTOK_JSONLD_CHARS)).slice(0, TIKTOK_JSONLD_BLOCKS),
    dom: {
      title: text(select(doc, DOM.title)),
      subtitle: text(select(doc, DOM.subtitle)),
      followers: text(doc.querySelector(pathOf(DOM.followers))),
      following: text(doc.querySelector(pathOf(DOM.following))),
      totalLikes: text(doc.querySelector(pathOf(DOM.totalLikes))),
      bio: text(select(doc, DOM.bio)),
      bioLink: link ? { href: attr(link, 'href'), text: text(link) } : null,
      items: selectAll(doc, DOM.postItem).slice(0, CAPS.posts).map(gridItem),
      sortIndex: active ? selectAll(doc, DOM.sortOptions).indexOf(active) : -1,
      shell: select(doc, DOM.profileShell) !== null,
    },
  };
}
