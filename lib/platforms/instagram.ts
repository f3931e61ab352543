/**
 * Instagram profile reader. A live profile offers, most trusted first: JSON embedded in the page
 * (`_sharedData` up to 2022, `data-sjs` scripts since [S]), the rendered header (exact follower
 * count in `span[title]`), JSON-LD, and the SEO meta tags (rounded, possibly stale: lowest rank).
 * Each count is taken from the most trusted source that has it exactly, else the most trusted one.
 */
import { CAPS, capCount, capText } from '../contracts/caps';
import type { Creator, CreatorCount, DatePrecision, Post, PostCount } from '../contracts/creator';
import { extractEmails, extractLinks, normalizeLink } from '../parse/contact';
import { parseCount } from '../parse/count';
import { assignedJson, jsonLdBlocks, safeJsonParse } from '../parse/embedded-json';
import { at, asArray, asObject, asString } from '../parse/json-path';
import { hasDisclosure } from '../parse/sponsored';
import {
  type CountReading,
  type ProfileParts,
  cleanHandle,
  mediaToPost,
  postsFromNodes,
  readInstagramCapture,
  readUserObject,
} from './instagram-json';
import { IG_DOM, IG_EMBEDDED, IG_GRID, IG_JSONLD, IG_META, IG_ORIGIN } from './instagram-paths';
import { profileRefFromUrl } from './profile-url';
import type { PlatformReader, ReadContext, ReadResult } from './types';

const PROFILE_COUNTS = ['followers', 'following', 'postsCount'] as const;

interface SourceReading {
  name: string;
  parts?: ProfileParts;
  posts: Post[];
}

function emptyParts(): ProfileParts {
  return { emails: [], links: [], counts: {} };
}

// ---------------------------------------------------------------- embedded JSON

function sharedDataOf(doc: Document): unknown {
  for (const script of Array.from(doc.scripts)) {
    const text = script.textContent ?? '';
    if (!text.includes(IG_EMBEDDED.sharedDataMarker)) continue;
    const data = assignedJson(text, IG_EMBEDDED.sharedDataName);
    if (data !== undefined) return data;
  }
  return undefined;
}

function readSharedData(data: unknown, handle: string, tried: string[]): SourceReading | null {
  tried.push('json:window._sharedData');
  const read = readUserObject(at(data, ...IG_EMBEDDED.profileUser), 'json', 'window._sharedData…graphql.user');
  // The script belongs to the first page of the session; after in-app navigation it is another user's.
  if (!read || read.parts.username !== handle) return null;
  return { name: 'json:window._sharedData', parts: read.parts, posts: read.posts };
}

/** The value under `key` anywhere in `root`, breadth-first, within a node budget (pages embed MBs). */
function findKey(root: unknown, key: string, budget = 200_000): unknown {
  const queue: unknown[] = [root];
  for (let i = 0; i < queue.length && i < budget; i++) {
    const value = queue[i];
    if (value === null || typeof value !== 'object') continue;
    if (!Array.isArray(value) && Object.prototype.hasOwnProperty.call(value, key)) return (value as Record<string, unknown>)[key];
    for (const child of Array.isArray(value) ? value : Object.values(value)) {
      if (child !== null && typeof child === 'object') queue.push(child);
    }
  }
  return undefined;
}

function readSjs(doc: Document, handle: string, tried: string[]): SourceReading | null {
  tried.push(`json:${IG_EMBEDDED.sjsSelector}`);
  const parts: ProfileParts[] = [];
  const posts: Post[] = [];
  for (const script of Array.from(doc.querySelectorAll(IG_EMBEDDED.sjsSelector))) {
    const text = script.textContent ?? '';
    const hasUser = text.includes(IG_EMBEDDED.sjsUserKey);
    const hasTimeline = text.includes(IG_EMBEDDED.timelineKey);
    if (!hasUser && !hasTimeline) continue;
    const json = safeJsonParse(text);
    if (hasUser) {
      const read = readUserObject(findKey(json, IG_EMBEDDED.sjsUserKey), 'json', `data-sjs ${IG_EMBEDDED.sjsUserKey}`);
      if (read && read.parts.username === handle) parts.push(read.parts);
    }
    if (hasTimeline) posts.push(...postsFromNodes(asArray(at(findKey(json, IG_EMBEDDED.timelineKey), 'edges')), handle));
  }
  if (!parts.length && !posts.length) return null;
  return { name: 'json:data-sjs', parts: parts[0], posts };
}

// ---------------------------------------------------------------- rendered DOM

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
  const titled = el.querySelector(IG_DOM.exactTitle);
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
function headerFor(doc: Document, handle: string): Element | null {
  for (const header of Array.from(doc.querySelectorAll(IG_DOM.header))) {
    if (header.querySelector(`${IG_DOM.selfLink(handle)}, ${IG_DOM.followersLink(handle)}`)) return header;
    const heading = header.querySelector(IG_DOM.handleHeading)?.textContent?.trim().toLowerCase();
    if (heading === handle) return header;
  }
  return null;
}

function outsideChrome(el: Element): boolean {
  return !el.closest('button, a, [role="menu"]');
}

function readHeader(doc: Document, header: Element | null, handle: string, locale: string | undefined, tried: string[]): SourceReading | null {
  tried.push('dom:header');
  if (!header) return null;
  const parts = emptyParts();
  const followersLink = doc.querySelector(IG_DOM.followersLink(handle));
  const followingLink = doc.querySelector(IG_DOM.followingLink(handle));
  const list = (followersLink ?? followingLink)?.closest('ul') ?? Array.from(header.querySelectorAll(IG_DOM.countItems)).find((li) => li.parentElement?.children.length === 3)?.parentElement;
  const items = list && list.children.length === 3 ? Array.from(list.children) : [];
  const links: Partial<Record<CreatorCount, Element | null>> = { followers: followersLink, following: followingLink };
  IG_DOM.countOrder.forEach((key, index) => {
    const viaLink = links[key];
    const reading = viaLink
      ? countFrom(viaLink, locale, `header a[href$="/${key}/"]`)
      : countFrom(items[index], locale, `header section ul > li:nth-child(${index + 1})`);
    if (reading) parts.counts[key] = reading;
  });

  const nameEl = Array.from(header.querySelectorAll(IG_DOM.displayName)).find(
    (el) => outsideChrome(el) && !el.querySelector(IG_DOM.displayName) && !el.parentElement?.closest(IG_DOM.displayName),
  );
  const name = capText((nameEl ?? header.querySelector(IG_DOM.displayNameOld))?.textContent ?? '', CAPS.displayName);
  if (name) parts.displayName = name;
  const bioEl = header.querySelector(IG_DOM.bio);
  const bio = bioEl ? capText(textWithBreaks(bioEl), CAPS.bio) : '';
  if (bio) parts.bio = bio;
  // A short single line: longer text in that spot is something else ("Followed by …").
  const categoryEl = Array.from(nameEl?.closest('section')?.querySelectorAll(IG_DOM.category) ?? []).find(
    (el) => outsideChrome(el) && !el.closest(IG_DOM.displayName) && /^[^\n]{1,60}$/.test(el.textContent?.trim() ?? ''),
  );
  const category = capText(categoryEl?.textContent ?? '', CAPS.category);
  if (category) parts.category = category;
  if (header.querySelector(IG_DOM.verifiedBadge)) parts.verified = true;

  const rawLinks = Array.from(header.querySelectorAll(IG_DOM.shimLink)).map((a) => a.getAttribute('href') ?? '');
  for (const button of Array.from(header.querySelectorAll(IG_DOM.linkButton))) {
    // "linktr.ee/gdg_rbu + 2": the first of several links, the rest behind a click.
    const text = ((button.querySelector(IG_DOM.linkButtonText) ?? button).textContent ?? '').trim().replace(/\s*\+\s*\d+$/, '');
    if (/^(?:https?:\/\/)?(?:[\w-]+\.)+[a-z]{2,24}(?:\/\S*)?$/i.test(text)) rawLinks.push(text);
  }
  const normalized = rawLinks.map(normalizeLink).filter((l): l is string => l !== null);
  parts.links = [...new Set([...normalized, ...extractLinks(bio)])].slice(0, CAPS.listItems);
  parts.emails = extractEmails(bio);
  return { name: 'dom:header', parts, posts: [] };
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** "May 29, 2021" (English, as Instagram writes it in alt texts and post meta) → ISO date at 00:00 UTC. */
function englishDate(text: string): string | null {
  const m = /\b([A-Z][a-z]+) (\d{1,2}), (\d{4})\b/.exec(text);
  if (!m?.[1] || !m[2] || !m[3]) return null;
  const month = MONTHS.indexOf(m[1].toLowerCase());
  const day = Number(m[2]);
  const year = Number(m[3]);
  if (month < 0 || year < 2010 || year > 2100) return null;
  const date = new Date(Date.UTC(year, month, day));
  return date.getUTCDate() === day ? date.toISOString() : null;
}

function overlayCounts(tile: Element, locale: string | undefined): { likes: number | null; comments: number | null; rounded: PostCount[] } {
  const items = Array.from(tile.querySelectorAll(IG_GRID.overlayItems));
  const rounded: PostCount[] = [];
  const read = (index: number, key: PostCount): number | null => {
    const parsed = parseCount(items[index]?.textContent ?? '', locale);
    const value = parsed ? capCount(parsed.value) : null;
    if (parsed && value !== null && !parsed.exact) rounded.push(key);
    return value;
  };
  return items.length === 2 ? { likes: read(0, 'likes'), comments: read(1, 'comments'), rounded } : { likes: null, comments: null, rounded };
}

function readGrid(doc: Document, header: Element | null, handle: string, tab: string, locale: string | undefined, tried: string[]): SourceReading | null {
  tried.push('dom:grid');
  if (IG_GRID.foreignTabs.has(tab)) return null;
  // Tiles linked as `/<user>/p/…` say whose they are; bare `/p/…` tiles (older grids) are trusted
  // only under this profile's header, since the previous profile's grid can linger after navigation.
  const trustBare = header !== null;
  const root = doc.querySelector('main') ?? doc.body;
  if (!root) return null;
  const posts: Post[] = [];
  const seen = new Set<string>();
  for (const tile of Array.from(root.querySelectorAll(IG_GRID.links))) {
    if (tile.closest('header')) continue;
    const href = (tile.getAttribute('href') ?? '').replace(/^https:\/\/www\.instagram\.com/, '');
    const m = IG_GRID.href.exec(href);
    if (!m?.[2] || !m[3] || (m[1] ? m[1].toLowerCase() !== handle : !trustBare) || seen.has(m[3])) continue;
    seen.add(m[3]);
    const alt = decodeEntities(tile.querySelector('img')?.getAttribute('alt') ?? '');
    const generated = IG_GRID.generatedAlt.test(alt);
    const dateText = generated ? IG_GRID.altDate.exec(alt.slice(0, 300))?.[1] : undefined;
    const publishedAt = dateText ? englishDate(dateText) : null;
    // Where Instagram did not write its own alt text, the alt is the caption (reels, some posts);
    // only English pages can be told apart reliably.
    const caption = !generated && locale?.startsWith('en') ? capText(alt, CAPS.caption) : '';
    const kind: Post['kind'] =
      m[2] !== 'p' || tile.querySelector(IG_GRID.clipIcon) ? 'video' : tile.querySelector(IG_GRID.carouselIcon) ? 'carousel' : 'image';
    const { likes, comments, rounded } = overlayCounts(tile, locale);
    posts.push({
      id: m[3],
      url: `${IG_ORIGIN}/p/${m[3]}/`,
      publishedAt,
      publishedAtPrecision: publishedAt ? 'day' : null,
      likes,
      comments,
      views: null,
      shares: null,
      saves: null,
      rounded,
      kind,
      pinned: tile.querySelector(IG_GRID.pinnedIcon) !== null,
      sponsored: hasDisclosure(caption),
      caption,
    });
    if (posts.length >= CAPS.posts) break;
  }
  return posts.length ? { name: 'dom:grid', posts } : null;
}

// ---------------------------------------------------------------- JSON-LD and meta

function readJsonLd(doc: Document, handle: string, tried: string[]): SourceReading | null {
  tried.push('meta:json-ld');
  const blocks = jsonLdBlocks(doc).flatMap((b) => (Array.isArray(b) ? b : asArray(at(b, '@graph')).length ? asArray(at(b, '@graph')) : [b]));
  for (const block of blocks) {
    const entity = IG_JSONLD.entityKeys.map((k) => at(block, k)).find((v) => asObject(v));
    const entityUrl = asString(at(entity, '@id'));
    let urlHandle: string | null | undefined;
    try {
      urlHandle = entityUrl ? profileRefFromUrl(new URL(entityUrl))?.handle : undefined;
    } catch {
      urlHandle = undefined;
    }
    if ((cleanHandle(at(block, 'alternateName')) ?? urlHandle) !== handle) continue;
    const parts = emptyParts();
    const stats = at(entity, 'interactionStatistic') ?? at(block, 'interactionStatistic');
    for (const stat of Array.isArray(stats) ? stats : [stats]) {
      const type = asString(at(stat, 'interactionType')) ?? asString(at(stat, 'interactionType', '@type')) ?? '';
      const value = capCount(at(stat, 'userInteractionCount'));
      if (IG_JSONLD.followAction.test(type) && value !== null) {
        parts.counts.followers = { value, exact: true, source: 'meta', via: 'json-ld interactionStatistic FollowAction' };
      }
    }
    const name = capText(asString(at(block, 'name')), CAPS.displayName);
    if (name) parts.displayName = name;
    const bio = capText(asString(at(block, 'description')), CAPS.bio);
    if (bio) parts.bio = bio;
    const link = normalizeLink(asString(at(block, 'url')) ?? '');
    parts.links = [...new Set([...(link ? [link] : []), ...extractLinks(bio)])];
    parts.emails = extractEmails(bio);
    return { name: 'meta:json-ld', parts, posts: [] };
  }
  return null;
}

function metaContent(doc: Document, selector: string): string {
  return decodeEntities(doc.querySelector(selector)?.getAttribute('content') ?? '');
}

/** The DOM decodes attributes once; some captures hold entities encoded twice (`&amp;#064;`). */
function decodeEntities(text: string): string {
  const named: Record<string, string> = { quot: '"', amp: '&', apos: "'", lt: '<', gt: '>' };
  return text.replace(/&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|(quot|amp|apos|lt|gt));/gi, (whole, dec?: string, hex?: string, name?: string) => {
    if (name) return named[name.toLowerCase()] ?? whole;
    const code = dec ? Number(dec) : parseInt(hex ?? '', 16);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** Numbers before the first " - ", by position ("2,362 Followers, 136 Following, 224 Posts - …"). */
function countsBeforeDash<K extends string>(text: string, keys: readonly K[], locale: string | undefined): Partial<Record<K, { value: number; exact: boolean }>> {
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

function readMeta(doc: Document, handle: string, locale: string | undefined, tried: string[]): SourceReading | null {
  tried.push('meta:og:description');
  const ogUrl = metaContent(doc, IG_META.ogUrl);
  const og = metaContent(doc, IG_META.ogDescription);
  const description = metaContent(doc, IG_META.description);
  const text = og || description;
  if (!text) return null;
  // Meta tags are server-rendered for the first page: after in-app navigation they describe someone else.
  let owner: string | null | undefined;
  try {
    owner = ogUrl ? (profileRefFromUrl(new URL(ogUrl))?.handle ?? null) : cleanHandle(/\(@([A-Za-z0-9._]{1,64})\)/.exec(text)?.[1]);
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
  const title = metaContent(doc, IG_META.ogTitle);
  const nameEnd = title.toLowerCase().indexOf(` (@${handle})`);
  const name = nameEnd > 0 ? capText(title.slice(0, nameEnd), CAPS.displayName) : '';
  if (name) parts.displayName = name;
  return { name: og ? 'meta:og:description' : 'meta:description', parts, posts: [] };
}

// ---------------------------------------------------------------- merge

function mergePosts(lists: Post[][]): Post[] {
  const seen = new Set<string>();
  const out: Post[] = [];
  for (const post of lists.flat()) {
    if (seen.has(post.id)) continue;
    seen.add(post.id);
    out.push(post);
  }
  return out.slice(0, CAPS.posts);
}

function contributed(parts: ProfileParts): boolean {
  return Object.keys(parts.counts).length > 0 || Boolean(parts.displayName || parts.bio || parts.category) || parts.links.length > 0;
}

function buildCreator(readings: ProfileParts[], handle: string, now: Date): Creator {
  const first = <T>(pick: (p: ProfileParts) => T | undefined): T | undefined => {
    for (const parts of readings) {
      const value = pick(parts);
      if (value !== undefined) return value;
    }
    return undefined;
  };
  const creator: Creator = {
    platform: 'instagram',
    handle,
    displayName: first((p) => p.displayName) ?? '',
    profileUrl: `${IG_ORIGIN}/${handle}/`,
    followers: null,
    following: null,
    postsCount: null,
    totalLikes: null,
    verified: first((p) => p.verified) ?? null,
    bio: first((p) => p.bio) ?? '',
    emails: [...new Set(readings.flatMap((p) => p.emails))].slice(0, CAPS.listItems),
    links: [...new Set(readings.flatMap((p) => p.links))].slice(0, CAPS.listItems),
    category: first((p) => p.category) ?? null,
    provenance: {},
    joinedAt: null,
    capturedAt: now.toISOString(),
  };
  for (const key of PROFILE_COUNTS) {
    const candidates = readings.map((p) => p.counts[key]).filter((r): r is CountReading => r !== undefined);
    // Exact beats rounded for each count on its own; among equals the more trusted source wins.
    const best = candidates.find((r) => r.exact) ?? candidates[0];
    if (!best) continue;
    creator[key] = best.value;
    creator.provenance[key] = { source: best.source, exact: best.exact, via: best.via.slice(0, 200) };
  }
  return creator;
}

function readProfile(doc: Document, url: URL, context: ReadContext): ReadResult {
  const tried: string[] = [];
  try {
    const ref = profileRefFromUrl(url);
    if (ref?.platform !== 'instagram' || !ref.handle) return { ok: false, reason: 'not-profile', tried: ['url'] };
    const handle = ref.handle;
    const tab = url.pathname.split('/')[2] ?? '';
    const shared = sharedDataOf(doc);
    const locale = doc.documentElement?.getAttribute('lang') || asString(at(shared, ...IG_EMBEDDED.language)) || undefined;
    const header = headerFor(doc, handle);

    const found = [
      shared === undefined ? null : readSharedData(shared, handle, tried),
      readSjs(doc, handle, tried),
      readHeader(doc, header, handle, locale, tried),
      readGrid(doc, header, handle, tab, locale, tried),
      readJsonLd(doc, handle, tried),
      readMeta(doc, handle, locale, tried),
    ].filter((r): r is SourceReading => r !== null);

    const readings = found.map((r) => r.parts).filter((p): p is ProfileParts => p !== undefined);
    const creator = buildCreator(readings, handle, context.now);
    if (PROFILE_COUNTS.every((key) => creator[key] === null)) {
      const privateMarker = readings.some((p) => p.isPrivate) || IG_DOM.privateNotice.test(doc.querySelector('main')?.textContent ?? '');
      if (privateMarker) return { ok: false, reason: 'private', tried };
      return { ok: false, reason: header ? 'unsupported-layout' : 'not-ready', tried };
    }
    const posts = mergePosts(found.map((r) => r.posts));
    const sources = found.filter((r) => r.posts.length || (r.parts && contributed(r.parts))).map((r) => r.name);
    return { ok: true, creator, posts, sources };
  } catch {
    return { ok: false, reason: 'unsupported-layout', tried };
  }
}

// ---------------------------------------------------------------- post pages

/**
 * A single post page (`/p/<code>/`, `/reel/<code>/`): `_sharedData` PostPage (≤ 2022), else the meta
 * "298K likes, 553 comments - willyrex on May 29, 2021: "…"" (seen 2024-12). Null when neither is there.
 */
export function readInstagramPostPage(doc: Document, url: URL): Post | null {
  try {
    const m = /^\/(?:[A-Za-z0-9._]{1,64}\/)?(p|reel|tv)\/([A-Za-z0-9_-]{1,128})\/?$/.exec(url.pathname);
    if (!m?.[2]) return null;
    const code = m[2];
    const fromJson = mediaToPost(at(sharedDataOf(doc), ...IG_EMBEDDED.postMedia));
    if (fromJson?.id === code) return fromJson;

    const ogUrl = metaContent(doc, IG_META.ogUrl);
    if (ogUrl && !ogUrl.includes(`/${code}/`)) return null;
    const text = metaContent(doc, IG_META.ogDescription) || metaContent(doc, IG_META.description);
    const locale = doc.documentElement?.getAttribute('lang') || undefined;
    const counts = countsBeforeDash(text, IG_META.postCountOrder, locale);
    if (!counts.likes && !counts.comments) return null;
    const tail = text.slice(text.indexOf(' - ') + 3);
    const open = tail.indexOf(': "');
    const close = tail.lastIndexOf('"');
    const caption = open >= 0 && close > open + 2 ? capText(tail.slice(open + 3, close), CAPS.caption) : '';
    const publishedAt = englishDate(open >= 0 ? tail.slice(0, open) : tail);
    const precision: DatePrecision | null = publishedAt ? 'day' : null;
    const rounded = IG_META.postCountOrder.filter((k) => counts[k] && !counts[k].exact);
    const ogType = metaContent(doc, 'meta[property="og:type"]');
    return {
      id: code,
      url: `${IG_ORIGIN}/p/${code}/`,
      publishedAt,
      publishedAtPrecision: precision,
      likes: counts.likes?.value ?? null,
      comments: counts.comments?.value ?? null,
      views: null,
      shares: null,
      saves: null,
      rounded,
      kind: ogType === 'video' || m[1] !== 'p' ? 'video' : 'image',
      pinned: false,
      sponsored: hasDisclosure(caption),
      caption,
    };
  } catch {
    return null;
  }
}

export const instagramReader: PlatformReader = {
  platform: 'instagram',
  read: readProfile,
  readCapture: readInstagramCapture,
};
