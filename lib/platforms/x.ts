/**
 * The X (Twitter) reader. X's server HTML is an empty shell (page-structures §4.2): profile data
 * only exist in the rendered DOM (with an exact JSON-LD block) and in the GraphQL responses the app
 * fetches, which the page-world script captures and `readCapture` reads (x-graphql.ts).
 */
import { CAPS, capCount, capText } from '../contracts/caps';
import type { Creator, Post, PostCount, Provenance } from '../contracts/creator';
import { extractEmails, extractLinks, normalizeLink } from '../parse/contact';
import { parseCount } from '../parse/count';
import { jsonLdBlocks, safeJsonParse } from '../parse/embedded-json';
import { at, asArray, asString } from '../parse/json-path';
import { hasDisclosure } from '../parse/sponsored';
import { profileRefFromUrl } from './profile-url';
import type { PlatformReader, ReadContext, ReadResult } from './types';
import { readXCapture } from './x-graphql';
import {
  X_COUNT_LINKS,
  X_DOM,
  X_GROUP_WORDS,
  X_JOINED_TEXT,
  X_JSONLD_STATS,
  X_ORIGIN,
  X_POST_BUTTONS,
  X_POSTS_TEXT,
  type GroupMetric,
} from './x-paths';

export type GroupCounts = Record<GroupMetric, number | null>;

const GROUP_TO_POST: Record<GroupMetric, PostCount> = {
  replies: 'comments',
  reposts: 'shares',
  likes: 'likes',
  bookmarks: 'saves',
  views: 'views',
};

/**
 * The counts in a post's action-bar label, "202 replies, 225 reposts, 6522 likes, 295 bookmarks,
 * 353404 views". X leaves zero counts out ("1 reply, 4 likes, 2 bookmarks, 809 views" has no
 * reposts), so once the label is readable a missing reply/repost/like/bookmark count is 0. Views
 * are the exception: posts from before X counted views have no view count at all (2021-11 post in
 * the badlogicgames profile fixture, which has no analytics link either), so missing views are
 * unknown. A label in a language we cannot read gives all nulls.
 */
export function readStatusGroupLabel(label: string): GroupCounts {
  const counts: GroupCounts = { replies: null, reposts: null, likes: null, bookmarks: null, views: null };
  let readable = false;
  // A number glued to a sign, a letter or another number ("-5", "1e400") is not a count.
  for (const match of String(label).matchAll(/(?<![\p{L}\p{N}.,+\-\u2212])(\d[\d.,\u00a0\u202f]*)\s*(\p{L}+)/gu)) {
    const metric = X_GROUP_WORDS[(match[2] ?? '').toLowerCase()];
    const value = capCount((match[1] ?? '').replace(/\D/g, ''));
    if (!metric || value === null) continue;
    counts[metric] = value;
    readable = true;
  }
  // A metric named without a count we could read ("NaN likes") makes the whole label untrustworthy:
  // filling it with 0 below would invent a number, so let the per-post buttons answer instead.
  const named = Array.from(String(label).matchAll(/\p{L}+/gu), (m) => X_GROUP_WORDS[m[0].toLowerCase()]);
  if (!readable || named.some((metric) => metric !== undefined && counts[metric] === null)) {
    return { replies: null, reposts: null, likes: null, bookmarks: null, views: null };
  }
  for (const metric of ['replies', 'reposts', 'likes', 'bookmarks'] as const) counts[metric] ??= 0;
  return counts;
}

/**
 * Text as a reader sees it: emoji are `<img alt>`, and a link cut for display keeps its full URL in
 * hidden spans but ends with a visible "…", which is dropped so that the URL reads whole.
 */
function visibleText(node: Node): string {
  if (node.nodeType === 3) return node.nodeValue ?? '';
  if (node.nodeType !== 1) return '';
  const el = node as Element;
  if (el.tagName === 'IMG') return el.getAttribute('alt') ?? '';
  if (el.tagName === 'SCRIPT' || el.tagName === 'STYLE') return '';
  let text = '';
  for (const child of Array.from(el.childNodes)) text += visibleText(child);
  return el.tagName === 'A' ? text.replace(/…$/, '') : text;
}

/** The first match inside `article` that is not part of a post quoted in it. */
function own(article: Element, selector: string): Element | null {
  for (const el of Array.from(article.querySelectorAll(selector))) {
    const quoted = el.closest(X_DOM.quoted);
    if (!quoted || !article.contains(quoted) || quoted === article) return el;
  }
  return null;
}

function pathOf(href: string | null): string | null {
  if (!href) return null;
  try {
    return new URL(href, X_ORIGIN).pathname.toLowerCase();
  } catch {
    return null;
  }
}

function isoDate(value: unknown): string | null {
  const text = asString(value);
  if (!text) return null;
  const date = new Date(text);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

const URL_LIKE = /^(https?:\/\/)?[\w-]+(\.[\w-]+)+(\/\S*)?$/i;

function isShortener(link: string): boolean {
  return /^https?:\/\/t\.co\//i.test(link);
}

/** The JSON-LD ProfilePage whose person is this handle; another handle's is stale (SPA navigation). */
function profileSchema(doc: Document, handle: string): { page: unknown; person: unknown } | null {
  const tagged = doc.querySelector(X_DOM.profileSchema);
  const blocks = [tagged ? safeJsonParse(tagged.textContent ?? '') : undefined, ...jsonLdBlocks(doc)];
  for (const block of blocks.flatMap((b) => (Array.isArray(b) ? b : [b]))) {
    const person = at(block, 'mainEntity');
    const name = asString(at(person, 'additionalName')) ?? pathOf(asString(at(person, 'url')) ?? null)?.slice(1);
    if (name?.toLowerCase() === handle) return { page: block, person };
  }
  return null;
}

function schemaCount(person: unknown, key: keyof typeof X_JSONLD_STATS): number | null {
  const { name, type } = X_JSONLD_STATS[key];
  const stats = asArray(at(person, 'interactionStatistic'));
  const stat =
    stats.find((s) => asString(at(s, 'name')) === name) ??
    stats.find((s) => asString(at(s, 'interactionType'))?.endsWith(type));
  return capCount(at(stat, 'userInteractionCount'));
}

/** The rendered header, when it shows this handle ("@badlogicgames"); null while it shows another. */
function currentHeader(doc: Document, handle: string): Element | null {
  const header = doc.querySelector(X_DOM.userName);
  // `handle` is [a-z0-9_] (profileRefFromUrl), safe in a pattern; an "@" in the display name is not it.
  return header && new RegExp(`@${handle}(?![a-z0-9_])`, 'i').test(header.textContent ?? '') ? header : null;
}

function linkCount(doc: Document, handle: string, suffixes: readonly string[], locale: string | undefined) {
  for (const suffix of suffixes) {
    const wanted = `/${handle}${suffix}`;
    const link = Array.from(doc.querySelectorAll(`a[href$="${suffix}"]`)).find((a) => pathOf(a.getAttribute('href')) === wanted);
    const parsed = link ? parseCount(visibleText(link), locale) : null;
    const value = capCount(parsed?.value);
    if (parsed && value !== null) return { value, exact: parsed.exact, via: `dom:a[href$="${suffix}"]` };
  }
  return null;
}

function postsText(doc: Document, locale: string | undefined) {
  const column = doc.querySelector(X_DOM.primaryColumn) ?? doc.body;
  if (!column) return null;
  for (const el of Array.from(column.querySelectorAll('div, span'))) {
    if (el.childElementCount) continue;
    const m = X_POSTS_TEXT.exec(el.textContent ?? '');
    const parsed = m?.[1] ? parseCount(m[1], locale) : null;
    const value = capCount(parsed?.value);
    if (parsed && value !== null) return { value, exact: parsed.exact, via: 'dom:"N posts"' };
  }
  return null;
}

const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

function joinedFromText(text: string): string | null {
  const m = X_JOINED_TEXT.exec(text);
  if (!m?.[1] || !m[2]) return null;
  const month = MONTH_NAMES.indexOf(m[1].toLowerCase());
  return month < 0 ? null : new Date(Date.UTC(Number(m[2]), month, 1)).toISOString();
}

function readCreator(doc: Document, handle: string, locale: string | undefined, context: ReadContext, sources: string[]): Creator {
  const schema = profileSchema(doc, handle);
  const header = currentHeader(doc, handle);
  if (schema) sources.push('meta:jsonld:ProfilePage');
  if (header) sources.push('dom:UserName');

  const counts: Record<'followers' | 'following' | 'postsCount', number | null> = { followers: null, following: null, postsCount: null };
  const provenance: Creator['provenance'] = {};
  for (const key of ['followers', 'following', 'postsCount'] as const) {
    const fromSchema = schema ? schemaCount(schema.person, key) : null;
    // The DOM below the header belongs to whichever profile the header shows.
    const fromDom =
      fromSchema === null && header
        ? key === 'postsCount'
          ? postsText(doc, locale)
          : linkCount(doc, handle, X_COUNT_LINKS[key], locale)
        : null;
    if (fromSchema !== null) {
      counts[key] = fromSchema;
      provenance[key] = { source: 'meta', exact: true, via: `jsonld:interactionStatistic.${X_JSONLD_STATS[key].name}` } satisfies Provenance;
    } else if (fromDom) {
      counts[key] = fromDom.value;
      provenance[key] = { source: 'dom', exact: fromDom.exact, via: fromDom.via };
    }
  }

  const description = header ? doc.querySelector(X_DOM.description) : null;
  // The DOM bio shows links expanded; JSON-LD's has t.co redirects.
  const bio = capText(description ? visibleText(description) : asString(at(schema?.person, 'description')), CAPS.bio);
  const nameSpan = Array.from(header?.querySelectorAll('span') ?? []).find((s) => {
    const text = visibleText(s).trim();
    return text && !text.startsWith('@');
  });
  const displayName = capText(asString(at(schema?.person, 'name')) ?? (nameSpan ? visibleText(nameSpan) : ''), CAPS.displayName);

  const userUrl = header ? doc.querySelector(X_DOM.userUrl) : null;
  const linkTexts = [
    userUrl ? visibleText(userUrl) : '',
    ...Array.from(description?.querySelectorAll('a') ?? []).map((a) => visibleText(a)),
    ...asArray(at(schema?.page, 'relatedLink')).map((l) => asString(l) ?? ''),
  ].map((t) => t.trim());
  const links = [
    ...linkTexts.filter((t) => URL_LIKE.test(t)).map(normalizeLink),
    ...extractLinks(bio),
  ].filter((l): l is string => l !== null && !isShortener(l));

  const joinDate = header ? doc.querySelector(X_DOM.joinDate) : null;
  const lower = handle.toLowerCase();
  return {
    platform: 'x',
    handle: lower,
    displayName,
    profileUrl: `${X_ORIGIN}/${lower}`,
    ...counts,
    totalLikes: null,
    verified: header ? header.querySelector(X_DOM.verifiedIcon) !== null : null,
    bio,
    emails: extractEmails(bio),
    links: [...new Set(links)].slice(0, CAPS.listItems),
    category: null,
    provenance,
    joinedAt: isoDate(at(schema?.page, 'dateCreated')) ?? (joinDate ? joinedFromText(joinDate.textContent ?? '') : null),
    capturedAt: context.now.toISOString(),
  };
}

function buttonCount(article: Element, selector: string, locale: string | undefined): { value: number; exact: boolean } | null {
  const button = own(article, selector);
  if (!button) return null;
  const label = parseCount(button.getAttribute('aria-label') ?? '', locale);
  const fromLabel = label?.exact ? capCount(label.value) : null;
  if (fromLabel !== null) return { value: fromLabel, exact: true };
  const parsed = parseCount(visibleText(button), locale);
  const value = capCount(parsed?.value);
  return parsed && value !== null ? { value, exact: parsed.exact } : null;
}

function readArticle(article: Element, handle: string, locale: string | undefined): Post | null {
  const time = own(article, X_DOM.postTime);
  const permalink = time?.closest(X_DOM.permalink) ?? own(article, X_DOM.permalink);
  const m = /^\/([a-z0-9_]{1,15})\/status\/(\d{1,40})/.exec(pathOf(permalink?.getAttribute('href') ?? null) ?? '');
  // Someone else's post: a repost shown on this timeline, or the parent of a reply.
  if (!m?.[2] || m[1] !== handle) return null;

  const counts: Record<PostCount, number | null> = { likes: null, comments: null, views: null, shares: null, saves: null };
  const rounded: PostCount[] = [];
  const group = readStatusGroupLabel(own(article, X_DOM.postGroup)?.getAttribute('aria-label') ?? '');
  const labelRead = Object.values(group).some((v) => v !== null);
  for (const metric of Object.keys(GROUP_TO_POST) as GroupMetric[]) {
    const key = GROUP_TO_POST[metric];
    if (labelRead) {
      counts[key] = group[metric];
      continue;
    }
    const fallback = buttonCount(article, X_POST_BUTTONS[metric], locale);
    counts[key] = fallback?.value ?? null;
    if (fallback && !fallback.exact) rounded.push(key);
  }

  const text = own(article, X_DOM.postText);
  const caption = capText(text ? visibleText(text) : '', CAPS.caption);
  const context = own(article, X_DOM.socialContext);
  const publishedAt = isoDate(time?.getAttribute('datetime'));
  return {
    id: m[2],
    url: `${X_ORIGIN}/${handle}/status/${m[2]}`,
    publishedAt,
    publishedAtPrecision: publishedAt ? 'exact' : null,
    ...counts,
    rounded,
    kind: own(article, X_DOM.video) ? 'video' : own(article, X_DOM.photo) ? 'image' : 'text',
    // "Pinned" is plain text in every language; "… reposted" links to the reposter.
    pinned: context !== null && !context.closest('a') && !context.querySelector('a'),
    sponsored: hasDisclosure(caption),
    caption,
  };
}

function readPosts(doc: Document, handle: string, locale: string | undefined): Post[] {
  const posts: Post[] = [];
  const seen = new Set<string>();
  for (const article of Array.from(doc.querySelectorAll(X_DOM.post))) {
    const post = readArticle(article, handle, locale);
    if (!post || seen.has(post.id)) continue;
    seen.add(post.id);
    posts.push(post);
    if (posts.length >= CAPS.posts) break;
  }
  return posts;
}

function read(doc: Document, url: URL, context: ReadContext): ReadResult {
  const tried = [X_DOM.profileSchema, X_DOM.userName, X_DOM.post];
  try {
    const ref = profileRefFromUrl(url);
    if (ref?.platform !== 'x' || !ref.handle) return { ok: false, reason: 'not-profile', tried: ['profileRefFromUrl'] };
    const handle = ref.handle;
    // The server shell (2025-11_profile_server-html-shell_en-GB_no-data.html) and a header still
    // showing the previous profile both mean: wait for the app to render this one.
    if (!profileSchema(doc, handle) && !currentHeader(doc, handle)) return { ok: false, reason: 'not-ready', tried };
    const locale = doc.documentElement?.getAttribute('lang') || undefined;
    const sources: string[] = [];
    const creator = readCreator(doc, handle, locale, context, sources);
    const posts = readPosts(doc, handle, locale);
    if (posts.length) sources.push('dom:article[data-testid=tweet]');
    return { ok: true, creator, posts, sources };
  } catch {
    return { ok: false, reason: 'unsupported-layout', tried };
  }
}

export const xReader: PlatformReader = {
  platform: 'x',
  read,
  readCapture: readXCapture,
};
