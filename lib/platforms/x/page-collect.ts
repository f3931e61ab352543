/**
 * What the X profile reader needs of the rendered page, collected as plain strings: the only part
 * of the reader that runs on the page's own thread. The reading itself (JSON-LD, counts, dates,
 * disclosures, contact links) runs in the background worker on this extract
 * (page-extract-reading.ts), so its code is neither compiled nor run on X's thread; `xReader.read`
 * is the two in a row, which every reader test goes through.
 *
 * DOM access only: nothing here parses a count, a date, a URL or JSON, and nothing reaches lib/parse
 * (tests/lib/platforms/x-page-extract.test.ts walks the imports). What depends on which element is
 * which (the tagged JSON-LD block, a post quoted inside a post, a link around the "Pinned" line) is
 * settled here, since the worker only sees strings. Every string and list is cut to a bound well
 * above what the reader keeps of a real page, so a forged page cannot make the extract large.
 */
import { CAPS } from '../../contracts/caps';
import type { Selector } from '../page-path';
import { anyOf, pathOf, select } from '../page-select';
import { own, visibleText } from './dom-text';
import { X_COUNT_LINKS, X_DOM, X_POST_BUTTONS, type GroupMetric } from './paths';
import { xProfileRef } from './profile-url';

/**
 * Longest text kept: twice the longest cap the reader applies (a caption's, 2,200), since the
 * reader strips control characters and spaces before it cuts; also far longer than any name,
 * handle line or link X shows.
 */
export const X_TEXT_CHARS = 2 * CAPS.caption;
/** Longest label kept (an action bar's "202 replies, 225 reposts, …", a button's "6522 Likes. Like", a date). */
export const X_LABEL_CHARS = 500;
/** `<html lang>`, as the message that carries it bounds it. */
export const X_LANG_CHARS = 64;
/** One JSON-LD block: the saved profile's is 1.2 KB. */
export const X_JSONLD_CHARS = 100_000;
export const X_JSONLD_BLOCKS = 10;
/** Links one count-link selector matches: the header has one each. */
export const X_COUNT_LINKS_MAX = 20;
/** Leaf texts ending in "posts": the top bar's "97K posts" is the first. */
export const X_POSTS_TEXTS_MAX = 20;
/** Posts on screen: X renders a few dozen at a time; the reader keeps CAPS.posts. */
export const X_ARTICLES_MAX = CAPS.posts;

/** A link one of the header's count selectors matches (`/badlogicgames/following`) and its visible text ("979 Following"). */
export interface XCountLink {
  href: string;
  text: string;
}

export interface XHeaderExtract {
  /** The text of `[data-testid="UserName"]`, which names the handle it shows ("Mario Zechner@badlogicgames"). */
  text: string;
  /** The first of its spans with visible text not starting with "@": the display name. */
  name: string;
  /** It shows the verified icon. */
  verified: boolean;
  /** Per rung of X_COUNT_LINKS, the links that rung's selector matches, in page order. */
  followers: XCountLink[][];
  following: XCountLink[][];
  /** Texts of leaf `div`/`span` in the primary column that end in "post(s)", in page order, up to the first that starts with a digit ("97K posts"). */
  postsTexts: string[];
  /** The rendered bio (null when the page shows none): its visible text, and the visible text of each of its links. */
  description: { text: string; links: string[] } | null;
  /** Visible text of the website field ("mariozechner.at"); '' when none. */
  userUrl: string;
  /** "Joined September 2010"; '' when none. */
  joinDate: string;
}

/** One action-bar button: its aria-label ("6522 Likes. Like") and its visible text ("6.5K"). */
export interface XButtonExtract {
  label: string;
  text: string;
}

/** One `article[data-testid=tweet]`, its own parts only (not those of a post it quotes). */
export interface XArticleExtract {
  /** The post's permalink (`/<user>/status/<id>`), the one around its time first; '' when none. */
  href: string;
  /** The `datetime` of its time; '' when none. */
  datetime: string;
  /** The action bar's aria-label ("202 replies, 225 reposts, …"); '' when none. */
  groupLabel: string;
  /** Each action-bar button (X_POST_BUTTONS), null when the post has none. */
  buttons: Record<GroupMetric, XButtonExtract | null>;
  /** Visible text of the post; '' when none. */
  text: string;
  /** The social-context line ("Pinned", "Mario reposted"): whether there is one and whether a link is around or in it. */
  socialContext: { linked: boolean } | null;
  video: boolean;
  photo: boolean;
}

/** What the reader needs of an X profile page. Plain JSON: strings, booleans, arrays, objects, null. */
export interface XPageExtract {
  /** `<html lang>`, the language the page's numbers are written in; '' when none. */
  lang: string;
  /** Text of the JSON-LD block X tags as the profile's (`UserProfileSchema-test`); null when none. */
  schemaScript: string | null;
  /** Text of every other JSON-LD block, in page order. */
  jsonLd: string[];
  /** The rendered header, when there is one that can name the profile's handle. */
  header: XHeaderExtract | null;
  /** The posts on screen, in page order. */
  articles: XArticleExtract[];
  /** X shows the sign-up bar of logged-out visitors. */
  loggedOut: boolean;
}

const VIDEO = anyOf(X_DOM.video);
const LOGGED_OUT = anyOf(X_DOM.loggedOut);

/** The first `max` of the elements a query matched, without copying the rest. */
function firstOf<E extends Element>(list: NodeListOf<E>, max: number): E[] {
  return Array.from({ length: Math.min(list.length, max) }, (_, i) => list[i]!);
}

const cut = (text: string | null | undefined, max: number): string => (text ?? '').slice(0, max);
const shown = (el: Element | null): string => (el ? cut(visibleText(el), X_TEXT_CHARS) : '');

function countLinks(doc: Document, ladder: readonly Selector[]): XCountLink[][] {
  return ladder.map((rung) => firstOf(doc.querySelectorAll(pathOf(rung)), X_COUNT_LINKS_MAX).map((a) => ({ href: cut(a.getAttribute('href'), X_TEXT_CHARS), text: shown(a) })));
}

/**
 * Whether a text can be "97K posts" (X_POSTS_TEXT, which the reader applies): it ends in "post" or
 * "posts" after trailing spaces, in any case. Every text the pattern matches passes; most others not.
 */
function mayCountPosts(text: string): boolean {
  const end = text.trimEnd().slice(-5).toLowerCase();
  return end.endsWith('post') || end.endsWith('posts');
}

/**
 * The candidates up to the first that starts with a digit, as "97K posts" does: the top bar comes
 * before the timeline, so the walk stops there instead of visiting every post's text (1,344
 * elements on the saved profile). The reader takes the first candidate it can read, which on X's
 * pages is that one.
 */
function postsTexts(doc: Document): string[] {
  const column = select(doc, X_DOM.primaryColumn) ?? doc.body;
  const texts: string[] = [];
  if (!column) return texts;
  const all = column.querySelectorAll('div, span');
  for (let i = 0; i < all.length && texts.length < X_POSTS_TEXTS_MAX; i++) {
    const el = all[i]!;
    if (el.childElementCount) continue;
    const text = el.textContent ?? '';
    if (!mayCountPosts(text)) continue;
    texts.push(cut(text, X_LABEL_CHARS));
    const first = text.trimStart().charCodeAt(0);
    if (first >= 48 && first <= 57) break;
  }
  return texts;
}

function collectHeader(doc: Document, header: Element): XHeaderExtract {
  const description = select(doc, X_DOM.description);
  const nameSpan = Array.from(header.querySelectorAll('span')).find((s) => {
    const text = visibleText(s).trim();
    return text && !text.startsWith('@');
  });
  return {
    text: cut(header.textContent, X_TEXT_CHARS),
    name: shown(nameSpan ?? null),
    verified: select(header, X_DOM.verifiedIcon) !== null,
    followers: countLinks(doc, X_COUNT_LINKS.followers),
    following: countLinks(doc, X_COUNT_LINKS.following),
    postsTexts: postsTexts(doc),
    description: description
      ? { text: shown(description), links: firstOf(description.querySelectorAll('a'), CAPS.listItems).map(shown) }
      : null,
    userUrl: shown(select(doc, X_DOM.userUrl)),
    joinDate: cut(select(doc, X_DOM.joinDate)?.textContent, X_LABEL_CHARS),
  };
}

function button(article: Element, metric: GroupMetric): XButtonExtract | null {
  const el = own(article, pathOf(X_POST_BUTTONS[metric]));
  return el ? { label: cut(el.getAttribute('aria-label'), X_LABEL_CHARS), text: cut(visibleText(el), X_LABEL_CHARS) } : null;
}

/** One post's own parts; the post reader of status pages reads its focal post through here too. */
export function collectArticle(article: Element): XArticleExtract {
  const time = own(article, pathOf(X_DOM.postTime));
  const permalink = time?.closest(pathOf(X_DOM.permalink)) ?? own(article, pathOf(X_DOM.permalink));
  const context = own(article, pathOf(X_DOM.socialContext));
  return {
    href: cut(permalink?.getAttribute('href'), X_TEXT_CHARS),
    datetime: cut(time?.getAttribute('datetime'), X_LABEL_CHARS),
    groupLabel: cut(own(article, pathOf(X_DOM.postGroup))?.getAttribute('aria-label'), X_LABEL_CHARS),
    buttons: { replies: button(article, 'replies'), reposts: button(article, 'reposts'), likes: button(article, 'likes'), bookmarks: button(article, 'bookmarks'), views: button(article, 'views') },
    text: shown(own(article, pathOf(X_DOM.postText))),
    socialContext: context ? { linked: context.closest('a') !== null || context.querySelector('a') !== null } : null,
    video: own(article, VIDEO) !== null,
    photo: own(article, pathOf(X_DOM.photo)) !== null,
  };
}

/**
 * The header only when its text can name the handle: the reader takes it only when it says
 * "@<handle>" (another profile's, left over from the app's last page, is not read), and a text
 * that does not contain "@<handle>" in any case cannot.
 */
function currentHeaderElement(doc: Document, handle: string): Element | null {
  const header = select(doc, X_DOM.userName);
  return header && (header.textContent ?? '').toLowerCase().includes(`@${handle}`) ? header : null;
}

/** An extract with nothing in it: what an address that is no profile gets. */
function emptyExtract(lang: string): XPageExtract {
  return { lang, schemaScript: null, jsonLd: [], header: null, articles: [], loggedOut: false };
}

export function collectXPage(doc: Document, url: URL): XPageExtract {
  const lang = cut(doc.documentElement?.getAttribute('lang'), X_LANG_CHARS);
  const handle = xProfileRef(url)?.handle;
  if (!handle) return emptyExtract(lang);
  const tagged = select(doc, X_DOM.profileSchema);
  const header = currentHeaderElement(doc, handle);
  return {
    lang,
    schemaScript: tagged ? cut(tagged.textContent, X_JSONLD_CHARS) : null,
    // The tagged block, when it is one of these too, is read first already: the same text again reads the same.
    jsonLd: firstOf(doc.querySelectorAll('script[type="application/ld+json"]'), X_JSONLD_BLOCKS + 1)
      .filter((el) => el !== tagged)
      .slice(0, X_JSONLD_BLOCKS)
      .map((el) => cut(el.textContent, X_JSONLD_CHARS)),
    header: header ? collectHeader(doc, header) : null,
    articles: firstOf(doc.querySelectorAll(pathOf(X_DOM.post)), X_ARTICLES_MAX).map(collectArticle),
    loggedOut: doc.querySelector(LOGGED_OUT) !== null,
  };
}
