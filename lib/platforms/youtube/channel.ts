/**
 * The channel itself (name, handle, subscribers, video count, badge, bio, links) from a YouTube
 * page-data object: `ytInitialData` or a `/youtubei/v1/browse` response, which have the same shape.
 */
import { CAPS, capCount, capText } from '../../contracts/caps';
import type { CreatorCount, SourceKind } from '../../contracts/creator';
import { extractEmails, extractLinks, normalizeLink } from '../../parse/contact';
import { parseCount } from '../../parse/count';
import { asArray, asObject, asString, at } from '../../parse/json-path';
import type { CountReading, CreatorIdentity, ProfileParts } from '../source-ladder';
import { C4, C4_HEADER, CHANNEL_METADATA, PAGE_HEADER, PH, RUN_URL, VERIFIED_BADGE_STYLES, VERIFIED_IMAGE_NAMES, VERIFIED_LABEL } from './paths';
import { ytText } from './text';
import { atPath } from '../page-path';

export interface ChannelRead {
  channelId: string | null;
  /** Lower-case `@handle`s the data names (header, vanity URL, owner URLs), without the @. */
  atHandles: string[];
  /** Lower-case legacy names from `/c/<name>` and `/user/<name>` URLs, for matching such page URLs. */
  legacyNames: string[];
  identity: CreatorIdentity;
  parts: ProfileParts;
}

export interface ChannelOptions {
  now: Date;
  locale: string | undefined;
  source: SourceKind;
}

const HANDLE = /^[a-z0-9._-]{1,64}$/;
const CHANNEL_ID = /^UC[A-Za-z0-9_-]{22}$/;
// YouTube caps descriptions at 5 000 characters; anything longer is not a real one.
const DESCRIPTION_SCAN = 5_000;

/** Null when the data holds no channel (a watch page, a search page, a continuation). */
export function readChannel(data: unknown, options: ChannelOptions): ChannelRead | null {
  const meta = asObject(atPath(data, CHANNEL_METADATA));
  const c4 = asObject(atPath(data, C4_HEADER));
  const ph = asObject(atPath(data, PAGE_HEADER));
  if (!meta && !c4 && !ph) return null;

  const rawId = asString(at(meta, 'externalId')) ?? asString(atPath(c4, C4.channelId));
  const channelId = rawId && CHANNEL_ID.test(rawId) ? rawId : null;
  const header = ph ? headerParts(ph) : null;
  const headerHandle = header?.handle ?? ytText(atPath(c4, C4.handle));

  const urls = [asString(at(meta, 'vanityChannelUrl')), ...asArray(at(meta, 'ownerUrls')).map(asString), asString(atPath(c4, C4.canonicalBaseUrl))];
  const atHandles = unique([atHandle(headerHandle), ...urls.map(atHandleOfUrl)]);
  const legacyPaths = unique(urls.map(legacyPathOfUrl));
  const legacyNames = unique(legacyPaths.map((path) => path.slice(path.indexOf('/') + 1)));

  // Channels from before 2022 may have no @handle: their /c/ or /user/ name, else the channel id.
  const handle = atHandles[0] ?? legacyNames[0] ?? (channelId ? channelId.toLowerCase() : null);
  if (!handle) return null;
  const profileUrl = channelUrl(atHandles[0], channelId, `https://www.youtube.com/${legacyPaths[0]}`);

  const counts: Partial<Record<CreatorCount, CountReading>> = {};
  const count = (key: CreatorCount, text: string, via: string, alwaysRounded: boolean): void => {
    const parsed = text ? parseCount(text, options.locale) : null;
    const value = parsed ? capCount(parsed.value) : null;
    if (value !== null && parsed) counts[key] = { value, exact: parsed.exact && !alwaysRounded, source: options.source, via };
  };
  // Subscriber counts are always shown abbreviated to 3 significant digits (page-structures §1.5).
  if (header) count('followers', header.subscribers?.text ?? '', header.subscribers?.via ?? '', true);
  else count('followers', ytText(atPath(c4, C4.subscribers)), 'header.c4TabbedHeaderRenderer.subscriberCountText', true);
  if (header) count('postsCount', header.videos?.text ?? '', header.videos?.via ?? '', false);
  else count('postsCount', ytText(atPath(c4, C4.videos)), 'header.c4TabbedHeaderRenderer.videosCountText', false);

  const description = asString(at(meta, 'description')) ?? asString(atPath(ph, PH.description)) ?? asString(atPath(c4, C4.tagline)) ?? '';
  const bio = capText(description, CAPS.bio);
  // An address or link can sit after the 2 000 characters we keep as bio.
  const scanned = capText(description, DESCRIPTION_SCAN);
  const name = asString(atPath(ph, PH.title)) ?? ytText(atPath(c4, C4.title));

  const parts: ProfileParts = {
    displayName: capText(name || asString(at(meta, 'title')) || '', CAPS.displayName),
    bio,
    verified: ph ? pageHeaderVerified(ph) : c4 ? c4Verified(c4) : undefined,
    emails: extractEmails(scanned),
    links: distinctLinks([...headerLinks(c4, ph).map(normalizeLink), ...extractLinks(scanned)]),
    counts,
  };
  return { channelId, atHandles, legacyNames, identity: { platform: 'youtube', handle, profileUrl }, parts };
}

interface Part {
  text: string;
  via: string;
}

/**
 * The pageHeader metadata parts are positional, so pick them by content: the handle is the part
 * starting with "@"; the subscriber part is the one with an accessibility label (2026), the video
 * count follows it in the same row. The 2024-07 generation has no label: then a row of two parts
 * that is not the handle row is [subscribers, videos]; a lone part is ambiguous and left unread.
 */
function headerParts(ph: Record<string, unknown>): { handle: string | null; subscribers: Part | null; videos: Part | null } {
  const rows = asArray(atPath(ph, PH.metadataRows)).map((row) => asArray(at(row, 'metadataParts')));
  const textOf = (part: unknown): string => ytText(at(part, 'text'));
  const via = (r: number, p: number): string => `header.pageHeaderRenderer…metadataRows[${r}].metadataParts[${p}]`;
  let handle: string | null = null;
  let subscribers: Part | null = null;
  let videos: Part | null = null;
  rows.forEach((parts, r) =>
    parts.forEach((part, p) => {
      const text = textOf(part);
      if (handle === null && text.trim().startsWith('@')) handle = text;
      if (subscribers === null && asString(at(part, 'accessibilityLabel'))) {
        subscribers = { text, via: via(r, p) };
        const next = parts[p + 1];
        if (next !== undefined) videos = { text: textOf(next), via: via(r, p + 1) };
      }
    }),
  );
  if (subscribers === null) {
    const r = rows.findIndex((parts) => parts.length >= 2 && !parts.some((part) => textOf(part).trim().startsWith('@')));
    const row = rows[r];
    if (row) {
      subscribers = { text: textOf(row[0]), via: via(r, 0) };
      videos = { text: textOf(row[1]), via: via(r, 1) };
    }
  }
  return { handle, subscribers, videos };
}

function c4Verified(c4: Record<string, unknown>): boolean {
  return asArray(atPath(c4, C4.badges)).some((badge) => VERIFIED_BADGE_STYLES.has(asString(at(badge, 'metadataBadgeRenderer', 'style')) ?? ''));
}

function pageHeaderVerified(ph: Record<string, unknown>): boolean {
  const badge = asArray(atPath(ph, PH.titleAttachments)).some((run) =>
    asArray(atPath(run, PH.attachmentImages)).some((source) => VERIFIED_IMAGE_NAMES.has(asString(atPath(source, PH.imageName)) ?? '')),
  );
  return badge || VERIFIED_LABEL.test(asString(atPath(ph, PH.titleLabel)) ?? '');
}

function headerLinks(c4: Record<string, unknown> | undefined, ph: Record<string, unknown> | undefined): string[] {
  const urls: unknown[] = [];
  for (const list of C4.linkLists) for (const link of asArray(atPath(c4, list))) urls.push(atPath(link, C4.linkUrl));
  const runs = [...asArray(atPath(c4, C4.linkViewModelRuns)), ...asArray(atPath(ph, PH.attributionRuns))];
  for (const run of runs) urls.push(atPath(run, RUN_URL));
  return urls.filter((u): u is string => typeof u === 'string');
}

/** A channel's address: by @handle, else by channel id, else `otherwise` (its /c/ or /user/ URL). */
export function channelUrl(atName: string | null | undefined, channelId: string | null, otherwise: string): string {
  return atName ? `https://www.youtube.com/@${atName}` : channelId ? `https://www.youtube.com/channel/${channelId}` : otherwise;
}

/** "@Vsauce" → "vsauce"; null when it is not a handle our contract can hold. */
export function atHandle(text: string | null | undefined): string | null {
  const match = /^\s*@([^\s/?#]+)\s*$/.exec(text ?? '');
  const handle = match?.[1]?.toLowerCase();
  return handle && HANDLE.test(handle) ? handle : null;
}

function pathOf(url: string | undefined): string[] {
  if (!url) return [];
  try {
    return new URL(url, 'https://www.youtube.com').pathname.split('/').filter(Boolean).map(decodeURIComponent);
  } catch {
    return [];
  }
}

function atHandleOfUrl(url: string | undefined): string | null {
  const [first] = pathOf(url);
  return first?.startsWith('@') ? atHandle(first) : null;
}

/** "http://www.youtube.com/c/ProgrammingKnowledge" → "c/programmingknowledge". */
function legacyPathOfUrl(url: string | undefined): string | null {
  const [first, second] = pathOf(url);
  const name = (first === 'c' || first === 'user') && second ? second.toLowerCase() : null;
  return name && HANDLE.test(name) ? `${first}/${name}` : null;
}

/** The header and the description often name the same site, once as http and once as https. */
function distinctLinks(links: Array<string | null>): string[] {
  const seen = new Set<string>();
  return unique(links)
    .filter((link) => {
      const key = link.replace(/^https?:\/\//i, '');
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .slice(0, CAPS.listItems);
}

function unique<T>(values: Array<T | null | undefined>): T[] {
  return [...new Set(values.filter((v): v is T => v !== null && v !== undefined && v !== ''))];
}

