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
 * Far above what any reader keeps of a text (CAPS: a bio 2,000, a caption 2,200 characters) and
 * below what a forged page could make the worker copy: the reading of any real page is the same.
 */
export const TIKTOK_RAW_TEXT = 20_000;
/** One embedded JSON script: TikTok's are 60 KB–800 KB (2021–2026 saved pages). */
export const TIKTOK_SCRIPT_CHARS = 1_500_000;
export const TIKTOK_JSONLD_BLOCKS = 20;
export const TIKTOK_JSONLD_CHARS = 100_000;

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

const text = (el: Element | null | undefined): string => (el?.textContent ?? '').trim().slice(0, TIKTOK_RAW_TEXT);
const attr = (el: Element | null | undefined, name: string): string => (el?.getAttribute(name) ?? '').slice(0, TIKTOK_RAW_TEXT);

function gridItem(item: Element): TiktokGridItem {
  return { href: attr(select(item, DOM.postLink), 'href'), views: text(select(item, DOM.postViews)), alt: attr(select(item, DOM.postImage), 'alt'), badge: text(select(item, DOM.postBadge)) };
}

export function collectTiktokPage(doc: Document): TiktokPageExtract {
  const link = select(doc, DOM.bioLink);
  const active = select(doc, DOM.sortActive);
  return {
    lang: (doc.documentElement?.getAttribute('lang') ?? '').slice(0, 64),
    scripts: SCRIPTS.map((script) => {
      const found = doc.querySelector(pathOf(script));
      return found ? (found.textContent ?? '').slice(0, TIKTOK_SCRIPT_CHARS) : null;
    }),
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
