/**
 * TikTok profile reader. Ladder, per count: embedded JSON (`statsV2` exact, `stats` rounded) →
 * JSON-LD (exact) → `data-e2e` DOM text (rounded). Embedded JSON and JSON-LD are used only when they
 * describe the profile in the URL: after an in-app navigation they still hold the first page's.
 */
import { CAPS, capCount, capText } from '../contracts/caps';
import type { Creator, CreatorCount, Post, SourceKind } from '../contracts/creator';
import { extractEmails, extractLinks, normalizeLink } from '../parse/contact';
import { parseCount } from '../parse/count';
import { jsonLdBlocks, scriptJsonById } from '../parse/embedded-json';
import { asArray, asObject, asString, at } from '../parse/json-path';
import { hasDisclosure } from '../parse/sponsored';
import { profileRefFromUrl } from './profile-url';
import {
  type CountRead,
  type ProfileParts,
  type UserInfoParts,
  dateFromVideoId,
  normalizeHandle,
  postUrl,
  postsFromItems,
  profileFromUserInfo,
  profileUrl,
  withPinnedFromOrder,
} from './tiktok-json';
import {
  ALT_CAPTION_MARKERS,
  BIO_LINK_TARGET_PARAM,
  DOM,
  JSONLD_COUNTS,
  JSONLD_VERIFIED,
  JSON_PATHS,
  PINNED_BADGE_LABELS,
  SCRIPT_IDS,
} from './tiktok-paths';
import type { CaptureResult, PlatformReader, ReadContext, ReadFailureReason, ReadResult } from './types';

// The same list as CREATOR_COUNTS, which lives beside zod: a value import from there would bundle
// zod into the content script.
const CREATOR_COUNTS: readonly CreatorCount[] = ['followers', 'following', 'postsCount', 'totalLikes'];

interface SourceRead {
  profile: ProfileParts | null;
  posts: Post[];
}

interface EmbeddedProfile extends UserInfoParts {
  items: unknown;
}

// ---------------------------------------------------------------- embedded JSON

function universalProfile(data: unknown): EmbeddedProfile | null {
  const info = asObject(at(data, ...JSON_PATHS.universalUserInfo));
  return info ? { user: info.user, stats: info.stats, statsV2: info.statsV2, items: info.itemList } : null;
}

function sigiProfile(data: unknown, handle: string): EmbeddedProfile | null {
  const users = asObject(at(data, ...JSON_PATHS.sigiUsers));
  if (!users) return null;
  const keys = Object.keys(users);
  // Keyed by uniqueId; when the page is for someone else, return that user so the caller can say so.
  const key = keys.find((k) => normalizeHandle(at(users, k, 'uniqueId')) === handle) ?? keys[0];
  if (key === undefined) return null;
  const itemModule = asObject(at(data, ...JSON_PATHS.sigiItems)) ?? {};
  const order = asArray(at(data, ...JSON_PATHS.sigiPostOrder)).filter((id): id is string => typeof id === 'string');
  const items = (order.length ? order : Object.keys(itemModule)).map((id) => itemModule[id]);
  return { user: users[key], stats: at(data, ...JSON_PATHS.sigiStats, key), statsV2: undefined, items };
}

function nextProfile(data: unknown): EmbeddedProfile | null {
  const info = asObject(at(data, ...JSON_PATHS.nextUserInfo));
  return info ? { user: info.user, stats: info.stats, statsV2: info.statsV2, items: at(data, ...JSON_PATHS.nextItems) } : null;
}

function readEmbedded(doc: Document, handle: string, now: Date, tried: string[], sources: string[]): SourceRead {
  const containers: Array<[string, string, (data: unknown) => EmbeddedProfile | null]> = [
    [SCRIPT_IDS.universal, 'webapp.user-detail.userInfo', universalProfile],
    [SCRIPT_IDS.sigi, 'UserModule', (data) => sigiProfile(data, handle)],
    [SCRIPT_IDS.next, 'pageProps.userInfo', nextProfile],
  ];
  for (const [id, via, extract] of containers) {
    const data = scriptJsonById(doc, id);
    const embedded = data === undefined ? null : extract(data);
    const profile = embedded ? profileFromUserInfo(embedded, 'json', via, now) : null;
    if (!embedded || !profile) {
      tried.push(`json:${id}${data === undefined ? ' (absent)' : ' (no profile)'}`);
      continue;
    }
    if (profile.handle !== handle) {
      tried.push(`json:${id} (stale: for @${profile.handle})`);
      continue;
    }
    sources.push(`json:${id}`);
    return { profile, posts: postsFromItems(embedded.items, handle, now) };
  }
  return { profile: null, posts: [] };
}

// ---------------------------------------------------------------- JSON-LD

function jsonLdPerson(node: unknown): Record<string, unknown> | undefined {
  const type = asString(at(node, '@type'));
  if (type === 'ProfilePage') return asObject(at(node, 'mainEntity'));
  return type === 'Person' ? asObject(node) : undefined;
}

function handleFromProfileUrl(value: unknown): string | null {
  return normalizeHandle(/\/@([^/?#]+)/.exec(asString(value) ?? '')?.[1]);
}

function readJsonLd(doc: Document, handle: string, tried: string[], sources: string[]): ProfileParts | null {
  for (const block of jsonLdBlocks(doc)) {
    const person = jsonLdPerson(block);
    if (!person) continue;
    const ldHandle = normalizeHandle(person.alternateName) ?? normalizeHandle(person.identifier) ?? handleFromProfileUrl(person.url);
    if (ldHandle !== handle) {
      tried.push(`meta:jsonld (stale: for @${ldHandle ?? '?'})`);
      continue;
    }
    const counts: Partial<Record<CreatorCount, CountRead>> = {};
    for (const stat of asArray(person.interactionStatistic)) {
      const type = asString(at(stat, 'interactionType', '@type')) ?? asString(at(stat, 'interactionType')) ?? '';
      const action = type.slice(type.lastIndexOf('/') + 1);
      const field = Object.prototype.hasOwnProperty.call(JSONLD_COUNTS, action) ? JSONLD_COUNTS[action as keyof typeof JSONLD_COUNTS] : undefined;
      const value = capCount(at(stat, 'userInteractionCount'));
      if (field && value !== null) counts[field] = { value, exact: true, source: 'meta', via: `jsonld:${action}` };
    }
    const badge = person.disambiguatingDescription;
    sources.push('meta:jsonld');
    return {
      handle,
      displayName: capText(person.name, CAPS.displayName),
      bio: capText(person.description, CAPS.bio),
      verified: typeof badge === 'string' ? badge === JSONLD_VERIFIED : null,
      links: asArray(person.sameAs).map((s) => (typeof s === 'string' ? normalizeLink(s) : null)).filter((l): l is string => l !== null),
      joinedAt: null,
      isPrivate: false,
      counts,
    };
  }
  tried.push('meta:jsonld (no profile)');
  return null;
}

// ---------------------------------------------------------------- rendered DOM

function text(el: Element | null | undefined): string {
  return (el?.textContent ?? '').trim();
}

function domCount(doc: Document, selector: string, locale: string | undefined): CountRead | null {
  const raw = text(doc.querySelector(selector));
  const parsed = raw ? parseCount(raw, locale) : null;
  const value = parsed ? capCount(parsed.value) : null;
  return parsed && value !== null ? { value, exact: parsed.exact, source: 'dom', via: selector } : null;
}

function bioLink(doc: Document): string | null {
  const a = doc.querySelector(DOM.bioLink);
  if (!a) return null;
  try {
    const target = new URL(a.getAttribute('href') ?? '', 'https://www.tiktok.com').searchParams.get(BIO_LINK_TARGET_PARAM);
    if (target) return normalizeLink(target);
  } catch {
    // fall back to the visible text
  }
  return normalizeLink(text(a));
}

function captionFromAlt(alt: string): string {
  const cut = Math.max(...ALT_CAPTION_MARKERS.map((m) => alt.lastIndexOf(m)));
  // Unknown UI language: keep the whole alt rather than lose the hashtags that disclose ads.
  return capText(cut >= 0 ? alt.slice(0, cut) : alt, CAPS.caption);
}

function domPost(item: Element, handle: string, locale: string | undefined, now: Date): Post | null {
  const href = item.querySelector(DOM.postLink)?.getAttribute('href') ?? '';
  const match = /(?:\/@([^/?#]+))?\/(video|photo)\/(\d{1,32})/.exec(href);
  if (!match?.[3]) return null;
  // The Reposts and Liked tabs use the same grid for other people's videos.
  if (match[1] && normalizeHandle(match[1]) !== handle) return null;
  const id = match[3];
  const views = parseCount(text(item.querySelector(DOM.postViews)), locale);
  const viewCount = views ? capCount(views.value) : null;
  const caption = captionFromAlt(item.querySelector('img[alt]')?.getAttribute('alt') ?? '');
  const date = dateFromVideoId(id, now);
  return {
    id,
    url: postUrl(handle, id),
    publishedAt: date?.iso ?? null,
    publishedAtPrecision: date?.precision ?? null,
    likes: null,
    comments: null,
    views: viewCount,
    shares: null,
    saves: null,
    rounded: viewCount !== null && views && !views.exact ? ['views'] : [],
    kind: match[2] === 'photo' ? 'carousel' : 'video',
    pinned: PINNED_BADGE_LABELS.includes(text(item.querySelector(DOM.postBadge)).toLowerCase()),
    sponsored: hasDisclosure(caption),
    caption,
  };
}

function readDom(doc: Document, handle: string, now: Date, tried: string[], sources: string[]): SourceRead {
  const title = text(doc.querySelector(DOM.title));
  const subtitle = text(doc.querySelector(DOM.subtitle));
  let displayName = '';
  if (title || subtitle) {
    const titleIsHandle = normalizeHandle(title) === handle;
    const subtitleIsHandle = normalizeHandle(subtitle) === handle;
    // A nickname can be the handle in other case ("IlloJuan" for @illojuan): then the one spelt
    // exactly like the handle is the handle.
    if (titleIsHandle && (!subtitleIsHandle || title.replace(/^@/, '') === handle)) displayName = subtitle;
    else if (subtitleIsHandle) displayName = title;
    else {
      tried.push('dom:data-e2e (header shows another account)');
      return { profile: null, posts: [] };
    }
  }
  const locale = doc.documentElement?.getAttribute('lang') || undefined;
  const counts: Partial<Record<CreatorCount, CountRead>> = {};
  for (const field of ['followers', 'following', 'totalLikes'] as const) {
    const count = domCount(doc, DOM[field], locale);
    if (count) counts[field] = count;
  }
  const link = bioLink(doc);
  const posts = withPinnedFromOrder(
    Array.from(doc.querySelectorAll(DOM.postItem))
      .slice(0, CAPS.posts)
      .map((item) => domPost(item, handle, locale, now))
      .filter((p): p is Post => p !== null),
  );
  const profile: ProfileParts = {
    handle,
    displayName: capText(displayName, CAPS.displayName),
    bio: capText(text(doc.querySelector(DOM.bio)), CAPS.bio),
    verified: null, // the badge is an unlabelled <svg>: no stable hook
    links: link ? [link] : [],
    joinedAt: null,
    isPrivate: false,
    counts,
  };
  const found = Object.keys(counts).length > 0 || posts.length > 0 || profile.displayName !== '' || profile.bio !== '';
  if (!found) {
    tried.push('dom:data-e2e (nothing)');
    return { profile: null, posts: [] };
  }
  sources.push('dom:data-e2e');
  return { profile, posts };
}

// ---------------------------------------------------------------- assembly

function firstText(parts: ProfileParts[], key: 'displayName' | 'bio'): string {
  return parts.find((p) => p[key] !== '')?.[key] ?? '';
}

function buildCreator(handle: string, parts: ProfileParts[], now: Date): Creator {
  const creator: Creator = {
    platform: 'tiktok',
    handle,
    displayName: firstText(parts, 'displayName'),
    profileUrl: profileUrl(handle),
    followers: null,
    following: null,
    postsCount: null,
    totalLikes: null,
    verified: parts.find((p) => p.verified !== null)?.verified ?? null,
    bio: firstText(parts, 'bio'),
    emails: [],
    links: [],
    category: null,
    provenance: {},
    joinedAt: parts.find((p) => p.joinedAt !== null)?.joinedAt ?? null,
    capturedAt: now.toISOString(),
  };
  for (const key of CREATOR_COUNTS) {
    const candidates = parts.map((p) => p.counts[key]).filter((c): c is CountRead => c !== undefined);
    // Exact beats rounded whatever its rung on the ladder; among equals the most trusted wins.
    const pick = candidates.find((c) => c.exact) ?? candidates[0];
    if (!pick) continue;
    creator[key] = pick.value;
    creator.provenance[key] = { source: pick.source, exact: pick.exact, via: pick.via.slice(0, 200) };
  }
  creator.emails = extractEmails(creator.bio);
  creator.links = [...new Set([...parts.flatMap((p) => p.links), ...extractLinks(creator.bio)])].slice(0, CAPS.listItems);
  return creator;
}

/** JSON posts first (full stats); grid cards the JSON did not have (loaded by scrolling) after. */
function mergePosts(jsonPosts: Post[], domPosts: Post[]): Post[] {
  const domPinned = new Set(domPosts.filter((p) => p.pinned).map((p) => p.id));
  const seen = new Set(jsonPosts.map((p) => p.id));
  const merged = jsonPosts.map((p) => (!p.pinned && domPinned.has(p.id) ? { ...p, pinned: true } : p));
  return [...merged, ...domPosts.filter((p) => !seen.has(p.id))].slice(0, CAPS.posts);
}

function hasCounts(creator: Partial<Creator>): boolean {
  return CREATOR_COUNTS.some((key) => typeof creator[key] === 'number');
}

function read(doc: Document, url: URL, context: ReadContext): ReadResult {
  const tried: string[] = [];
  const fail = (reason: ReadFailureReason): ReadResult => ({ ok: false, reason, tried });
  try {
    const ref = profileRefFromUrl(url);
    if (ref?.platform !== 'tiktok' || !ref.handle) {
      tried.push('url (not a TikTok profile)');
      return fail('not-profile');
    }
    const handle = ref.handle;
    const now = context.now;
    const sources: string[] = [];
    const embedded = readEmbedded(doc, handle, now, tried, sources);
    const jsonLd = readJsonLd(doc, handle, tried, sources);
    const dom = readDom(doc, handle, now, tried, sources);
    const parts = [embedded.profile, jsonLd, dom.profile].filter((p): p is ProfileParts => p !== null);
    const creator = buildCreator(handle, parts, now);
    const posts = mergePosts(embedded.posts, dom.posts);
    if (!hasCounts(creator) && posts.length === 0) {
      if (parts.some((p) => p.isPrivate)) return fail('private');
      return fail(doc.querySelector(DOM.profileShell) ? 'not-ready' : 'unsupported-layout');
    }
    return { ok: true, creator, posts, sources };
  } catch {
    return fail('unsupported-layout');
  }
}

// ---------------------------------------------------------------- captured responses

type CaptureShape = { kind: 'userInfo'; info: EmbeddedProfile } | { kind: 'items'; items: unknown[]; via: string };

function looksLikeItem(value: unknown): boolean {
  const o = asObject(value);
  return o !== undefined && o.id !== undefined && (o.stats !== undefined || o.createTime !== undefined);
}

function userInfoOf(value: unknown): EmbeddedProfile | null {
  const o = asObject(value);
  return o && asObject(o.user) ? { user: o.user, stats: o.stats, statsV2: o.statsV2, items: o.itemList } : null;
}

function captureShape(json: unknown, pageHandle: string | null): CaptureShape | null {
  if (Array.isArray(json)) {
    // A scraper's dump of userInfo objects, or of item_list items (fixtures 2024-02, 2026-01).
    const infos = json.map(userInfoOf).filter((i): i is EmbeddedProfile => i !== null);
    if (infos.length) {
      const info = infos.find((i) => normalizeHandle(at(i.user, 'uniqueId')) === pageHandle) ?? infos[0];
      return info ? { kind: 'userInfo', info } : null;
    }
    return json.some(looksLikeItem) ? { kind: 'items', items: json, via: 'capture:item_list' } : null;
  }
  const info =
    userInfoOf(at(json, ...JSON_PATHS.universalUserInfo)) ??
    // GET /api/user/detail/ wraps the same object in `userInfo`.
    userInfoOf(at(json, 'userInfo')) ??
    userInfoOf(json);
  if (info) return { kind: 'userInfo', info };
  const list = at(json, 'itemList');
  if (Array.isArray(list)) return { kind: 'items', items: list, via: 'capture:item_list' };
  const video = at(json, ...JSON_PATHS.universalVideoItem) ?? at(json, 'itemInfo', 'itemStruct');
  if (looksLikeItem(video)) return { kind: 'items', items: [video], via: 'capture:video-detail' };
  return null;
}

function readCapture(json: unknown, url: URL, context: ReadContext): CaptureResult {
  const fail = (reason: string, creator: Partial<Creator> | null = null): CaptureResult => ({ ok: false, creator, posts: [], sources: [], reason });
  try {
    const ref = profileRefFromUrl(url);
    const pageHandle = ref?.platform === 'tiktok' ? ref.handle : null;
    const shape = captureShape(json, pageHandle);
    if (!shape) return fail('unknown-shape');
    if (shape.kind === 'items') {
      const posts = postsFromItems(shape.items, pageHandle, context.now);
      if (posts.length === 0 && shape.items.length > 0) return fail('no-posts-for-this-profile');
      return { ok: true, creator: null, posts, sources: [shape.via] };
    }
    const source: SourceKind = 'capture';
    const profile = profileFromUserInfo(shape.info, source, 'userInfo', context.now);
    if (!profile) return fail('no-user');
    if (pageHandle && profile.handle !== pageHandle) return fail('other-profile');
    const creator = buildCreator(profile.handle, [profile], context.now);
    if (!hasCounts(creator) && profile.isPrivate) return fail('private', creator);
    const posts = postsFromItems(shape.info.items, profile.handle, context.now);
    return { ok: true, creator, posts, sources: ['capture:userInfo'] };
  } catch {
    return fail('unreadable');
  }
}

export const tiktokReader: PlatformReader = { platform: 'tiktok', read, readCapture };
