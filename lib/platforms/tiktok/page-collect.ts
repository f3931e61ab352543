/**
 * What the TikTok profile reader needs of the page, collected as plain strings: the only part of the
 * reader that runs on the page's own thread. The reading itself (JSON, counts, dates, disclosures,
 * contact links) runs in the background worker on this extract (page-extract-reading.ts), so that
 * its code is neither compiled nor run on TikTok's thread; `tiktokReader.read(doc)` is the two in a
 * row, which every reader test goes through. Nothing is parsed here: the page's JSON travels as the
 * script's text, counts as the text shown.
 */
import { CAPS } from '../../contracts/caps';
import { memberText } from '../../parse/json-slice';
import { DOM, JSON_PATHS, SCRIPTS } from './paths';
import { pathOf, select, selectAll } from '../page-select';

/**
 * The bounds of an extract, so that the largest a forged page can make stays within what the
 * background takes as page data (3 million characters: lib/background/page-data-reading.ts), while
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
/** The profile's slice of the rehydration data: 2.5 KB on the saved pages. */
export const TIKTOK_USER_DETAIL_CHARS = 100_000;
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
  /**
   * The text of each of SCRIPTS' embedded JSON, in their order; null where the page has none. The
   * rehydration data (the first) is left out when its profile's slice is found (`userDetail`).
   */
  scripts: Array<string | null>;
  /** The text of the rehydration data's `webapp.user-detail` object when it holds the user; else null. */
  userDetail: string | null;
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

const [, USER_DETAIL = ''] = pathOf(JSON_PATHS.universalUserInfo);

/**
 * The rehydration data's profile slice, when it holds the user: the data is ~250 KB of app state and
 * translations, the profile 2.5 KB near its end, and only the slice need travel to the background
 * (and be compared, on every re-read of the page). Cut from the text without parsing it (json-slice.ts).
 */
function userDetailOf(text: string): string | null {
  const member = memberText(text, USER_DETAIL);
  return member !== undefined && member.length <= TIKTOK_USER_DETAIL_CHARS && member.includes('"userInfo"') ? member : null;
}

/** The text of each of SCRIPTS, in their order, within one budget for all of them (null: absent), and the rehydration data's profile slice. */
function scriptTexts(doc: Document): Pick<TiktokPageExtract, 'scripts' | 'userDetail'> {
  let left = TIKTOK_SCRIPT_CHARS;
  let userDetail: string | null = null;
  const scripts = SCRIPTS.map((script, index) => {
    const found = doc.querySelector(pathOf(script));
    if (!found) return null;
    const text = found.textContent ?? '';
    if (index === 0) {
      userDetail = userDetailOf(text);
      if (userDetail !== null) return null;
    }
    const kept = text.slice(0, left);
    left -= kept.length;
    return kept;
  });
  return { scripts, userDetail };
}

export function collectTiktokPage(doc: Document): TiktokPageExtract {
  const link = select(doc, DOM.bioLink);
  const active = select(doc, DOM.sortActive);
  return {
    lang: (doc.documentElement?.getAttribute('lang') ?? '').slice(0, 64),
    ...scriptTexts(doc),
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
