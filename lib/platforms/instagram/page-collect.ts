/**
 * The Instagram profile page as the reader needs it, taken on the page's own thread: DOM access
 * only, no number, date, text or JSON parsing. The result is plain JSON (the raw strings
 * the reader interprets, and the answers to the questions about elements that only the DOM can
 * answer, as booleans), which the background reads with page-extract-reading.ts. Everything is
 * bounded: a hostile page can put anything in its DOM, but not more than EXTRACT_CAPS into the
 * extract.
 */
import { CAPS } from '../../contracts/caps';
import type { Selector } from '../page-path';
import { anyOf, pathOf, select, selectAll } from '../page-select';
import { IG_DOM, IG_EMBEDDED, IG_GRID, IG_JSONLD, IG_META } from './paths';
import { instagramProfileRef } from './profile-url';

/**
 * Limits of the extract. Raw text is kept longer than what the reader keeps of it (CAPS), with room
 * for what the reader strips first (spaces, control characters, entities encoded twice), so that
 * reading the extract gives what reading the page gave. Count texts keep exactly the first 300
 * characters, all that the count parser ever looks at (lib/parse/count.ts). In all, an extract
 * holds at most ~1.9 million characters, within what the background takes as page data.
 */
export const EXTRACT_CAPS = {
  lang: 64,
  /**
   * All embedded scripts together, in page order; a script over what is left is left out whole (cut
   * JSON would not parse anyway). The saved profile pages' largest script is 0.58 million characters;
   * the hostile pages' (a post's 1 MB caption) 1.1 million, and their posts are still read.
   */
  scriptChars: 1_500_000,
  sharedDataScripts: 4,
  sjsScripts: 4,
  jsonLdScripts: 8,
  jsonLdChars: 100_000,
  metaChars: 8_000,
  countText: 300,
  name: CAPS.displayName * 2,
  bio: CAPS.bio * 2,
  category: CAPS.category * 2,
  link: CAPS.url + 64,
  links: CAPS.listItems,
  tiles: CAPS.posts,
  tileCode: 64,
  alt: CAPS.caption + 400,
} as const;

/** One header count: the element it is read from, as the reader reads it (exact `span[title]` first, else the text). */
export interface HeaderCountExtract {
  /** Read from the profile's own followers/following link (else from the header's list item at that position). */
  viaLink: boolean;
  /** `title` of the first `span[title]` inside, or null. */
  title: string | null;
  /** Text of the first `span` inside (else of the element). */
  text: string;
}

/** The rendered header of this profile (logged in), present only when it names the handle of the URL. */
export interface HeaderExtract {
  counts: { postsCount: HeaderCountExtract | null; followers: HeaderCountExtract | null; following: HeaderCountExtract | null };
  name: string;
  /** With `<br>` as line breaks. */
  bio: string;
  /** The short single line beside the name outside buttons and links, '' when none. */
  category: string;
  verified: boolean;
  /** `href`s of the links through Instagram's redirector. */
  shimLinks: string[];
  /** Texts of the header's buttons (one may be "linktr.ee/name + 2"). */
  buttonTexts: string[];
}

/** One grid tile of this profile, first seen first, one per post code. */
export interface GridTileExtract {
  code: string;
  route: 'p' | 'reel' | 'tv';
  /** The image's alt text as the attribute holds it. */
  alt: string;
  /** A clip icon (asked only of `/p/` tiles; other routes are videos anyway). */
  clip: boolean;
  carousel: boolean;
  pinned: boolean;
  /** The hover overlay's two texts (likes, comments), or null when it does not have exactly two. */
  overlay: [string, string] | null;
}

/** The SEO meta tags' `content` as the attribute holds it, '' when absent. */
export interface MetaExtract {
  ogUrl: string;
  ogDescription: string;
  description: string;
  ogTitle: string;
}

export interface InstagramPageExtract {
  /** The handle in the URL the page was collected at (null: not a profile, nothing else collected). */
  handle: string | null;
  /** `<html lang>`, '' when absent. */
  lang: string;
  /** Texts of the page's code scripts that mention `window._sharedData`, in page order. */
  sharedData: string[];
  /** Texts of the `data-sjs` JSON scripts that mention the user or timeline key, in page order. */
  sjs: string[];
  /** Texts of the JSON-LD scripts, in page order. */
  jsonLd: string[];
  meta: MetaExtract;
  header: HeaderExtract | null;
  grid: GridTileExtract[];
  /** The English private-account notice is in `<main>`. */
  privateNotice: boolean;
}

function clip(text: string, max: number): string {
  return text.length > max ? text.slice(0, max) : text;
}

/**
 * Embedded script texts, in page order: only those the reader would parse (`wanted`, a cheap
 * `includes` of the reader's own markers), since a page embeds megabytes of scripts it never reads.
 * `budget` is what is left of EXTRACT_CAPS.scriptChars.
 */
export function scriptTexts(scripts: readonly Element[], wanted: (text: string) => boolean, max: number, maxChars: number, budget: { left: number }): string[] {
  const out: string[] = [];
  for (const script of scripts) {
    if (out.length >= max) break;
    const text = script.textContent ?? '';
    if (text.length > maxChars || text.length > budget.left || !wanted(text)) continue;
    budget.left -= text.length;
    out.push(text);
  }
  return out;
}

/** Text with `<br>` kept as line breaks (bios are written on several lines), up to `max` characters. */
function textWithBreaks(node: Node, max: number, out = { text: '' }): string {
  for (const child of Array.from(node.childNodes)) {
    if (out.text.length >= max) break;
    if (child.nodeType === 3) out.text += child.nodeValue ?? '';
    else if (child.nodeName === 'BR') out.text += '\n';
    else textWithBreaks(child, max, out);
  }
  return clip(out.text, max);
}

/** The header showing this handle's profile, or null (not rendered yet, or still the previous profile's). */
function headerFor(doc: Document, handle: string): Element | null {
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

function headerCount(el: Element | null | undefined, viaLink: boolean): HeaderCountExtract | null {
  if (!el) return null;
  const title = select(el, IG_DOM.exactTitle)?.getAttribute('title');
  return {
    viaLink,
    title: title === null || title === undefined ? null : clip(title, EXTRACT_CAPS.countText),
    text: clip((el.querySelector('span') ?? el).textContent ?? '', EXTRACT_CAPS.countText),
  };
}

function collectHeader(doc: Document, header: Element, handle: string): HeaderExtract {
  // The links are looked for in the whole page, as the reader always has.
  const followersLink = doc.querySelector(pathOf(IG_DOM.followersLink)(handle));
  const followingLink = doc.querySelector(pathOf(IG_DOM.followingLink)(handle));
  const list =
    (followersLink ?? followingLink)?.closest('ul') ??
    selectAll(header, IG_DOM.countItems).find((li) => li.parentElement?.children.length === 3)?.parentElement;
  const items = list && list.children.length === 3 ? Array.from(list.children) : [];
  const links: Record<string, Element | null> = { followers: followersLink, following: followingLink };
  const count = (key: (typeof IG_DOM.countOrder)[number]) => {
    const link = links[key];
    return link ? headerCount(link, true) : headerCount(items[IG_DOM.countOrder.indexOf(key)], false);
  };

  const nameEl = selectAll(header, IG_DOM.displayName).find(
    (el) => outsideChrome(el) && !select(el, IG_DOM.displayName) && !el.parentElement?.closest(pathOf(IG_DOM.displayName)),
  );
  const bioEl = select(header, IG_DOM.bio);
  // Which element is the category is a question about the element: a short single line, since
  // longer text in that spot is something else ("Followed by …").
  const categoryEl = Array.from(nameEl?.closest('section')?.querySelectorAll(pathOf(IG_DOM.category)) ?? []).find(
    (el) => outsideChrome(el) && !el.closest(pathOf(IG_DOM.displayName)) && IG_DOM.categoryText.test(el.textContent?.trim() ?? ''),
  );
  return {
    counts: { postsCount: count('postsCount'), followers: count('followers'), following: count('following') },
    name: clip((nameEl ?? select(header, IG_DOM.displayNameOld))?.textContent ?? '', EXTRACT_CAPS.name),
    bio: bioEl ? textWithBreaks(bioEl, EXTRACT_CAPS.bio) : '',
    category: clip(categoryEl?.textContent ?? '', EXTRACT_CAPS.category),
    verified: select(header, IG_DOM.verifiedBadge) !== null,
    shimLinks: selectAll(header, IG_DOM.shimLink)
      .slice(0, EXTRACT_CAPS.links)
      .map((a) => clip((a.getAttribute('href') ?? '').trim(), EXTRACT_CAPS.link)),
    buttonTexts: selectAll(header, IG_DOM.linkButton)
      .slice(0, EXTRACT_CAPS.links)
      .map((button) => clip(((select(button, IG_DOM.linkButtonText) ?? button).textContent ?? '').trim(), EXTRACT_CAPS.link)),
  };
}

const CLIP_ICON = anyOf(IG_GRID.clipIcon);
const PINNED_ICON = anyOf(IG_GRID.pinnedIcon);

/**
 * This profile's tiles. Whose a tile is, is an identity question answered here: tiles linked as
 * `/<user>/p/…` say whose they are; bare `/p/…` tiles (older grids) are this profile's only under
 * its header, since the previous profile's grid can linger after navigation.
 */
function collectGrid(doc: Document, handle: string, trustBare: boolean): GridTileExtract[] {
  const root = select(doc, IG_GRID.root) ?? doc.body;
  if (!root) return [];
  const tiles: GridTileExtract[] = [];
  const seen = new Set<string>();
  for (const tile of selectAll(root, IG_GRID.links)) {
    if (tile.closest('header')) continue;
    const href = (tile.getAttribute('href') ?? '').replace(/^https:\/\/www\.instagram\.com/, '');
    const m = IG_GRID.href.exec(href);
    if (!m?.[2] || !m[3] || (m[1] ? m[1].toLowerCase() !== handle : !trustBare) || seen.has(m[3])) continue;
    seen.add(m[3]);
    const route = m[2] as GridTileExtract['route'];
    const items = selectAll(tile, IG_GRID.overlayItems);
    tiles.push({
      code: m[3],
      route,
      alt: clip(tile.querySelector('img')?.getAttribute('alt') ?? '', EXTRACT_CAPS.alt),
      clip: route === 'p' && tile.querySelector(CLIP_ICON) !== null,
      carousel: route === 'p' && select(tile, IG_GRID.carouselIcon) !== null,
      pinned: tile.querySelector(PINNED_ICON) !== null,
      overlay: items.length === 2 ? [clip(items[0]?.textContent ?? '', EXTRACT_CAPS.countText), clip(items[1]?.textContent ?? '', EXTRACT_CAPS.countText)] : null,
    });
    if (tiles.length >= EXTRACT_CAPS.tiles) break;
  }
  return tiles;
}

export function metaContent(doc: Document, entry: Selector): string {
  return clip(select(doc, entry)?.getAttribute('content') ?? '', EXTRACT_CAPS.metaChars);
}

const EMPTY_META: MetaExtract = { ogUrl: '', ogDescription: '', description: '', ogTitle: '' };

/** What the profile reader reads of `doc`, the profile page at `url`. */
export function collectInstagramPage(doc: Document, url: URL): InstagramPageExtract {
  const handle = instagramProfileRef(url)?.handle ?? null;
  if (!handle) return { handle: null, lang: '', sharedData: [], sjs: [], jsonLd: [], meta: EMPTY_META, header: null, grid: [], privateNotice: false };
  const tab = url.pathname.split('/')[2] ?? '';
  const budget = { left: EXTRACT_CAPS.scriptChars };
  const userKey = pathOf(IG_EMBEDDED.sjsUserKey)[0];
  const timelineKey = pathOf(IG_EMBEDDED.timelineKey)[0];
  const header = headerFor(doc, handle);
  return {
    handle,
    lang: clip(doc.documentElement?.getAttribute('lang') ?? '', EXTRACT_CAPS.lang),
    sharedData: scriptTexts(selectAll(doc, IG_EMBEDDED.sharedDataScripts), (text) => text.includes(IG_EMBEDDED.sharedDataMarker), EXTRACT_CAPS.sharedDataScripts, EXTRACT_CAPS.scriptChars, budget),
    sjs: scriptTexts(selectAll(doc, IG_EMBEDDED.sjsScripts), (text) => text.includes(userKey) || text.includes(timelineKey), EXTRACT_CAPS.sjsScripts, EXTRACT_CAPS.scriptChars, budget),
    jsonLd: scriptTexts(selectAll(doc, IG_JSONLD.scripts), () => true, EXTRACT_CAPS.jsonLdScripts, EXTRACT_CAPS.jsonLdChars, budget),
    meta: {
      ogUrl: metaContent(doc, IG_META.ogUrl),
      ogDescription: metaContent(doc, IG_META.ogDescription),
      description: metaContent(doc, IG_META.description),
      ogTitle: metaContent(doc, IG_META.ogTitle),
    },
    header: header ? collectHeader(doc, header, handle) : null,
    grid: IG_GRID.foreignTabs.has(tab) ? [] : collectGrid(doc, handle, header !== null),
    privateNotice: IG_DOM.privateNotice.test(select(doc, IG_GRID.root)?.textContent ?? ''),
  };
}
