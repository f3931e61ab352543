import { z } from '../contracts/zod-mini';
import type { Platform } from '../contracts/creator';
import { pagePlatformReader } from './page-platform-reader';
import type { ProfileRef } from '../platforms/profile-ref';
import type { ReadSuccess } from '../platforms/types';
import { normalizeLocale } from '../platforms/youtube/locale';
import { readChannelData, type PageDataMiss } from '../platforms/youtube/page-data-reading';
import { INITIAL_DATA_NAME } from '../platforms/youtube/paths';
import { readYoutubePageExtract } from '../platforms/youtube/page-extract-reading';
import { isCollectedYoutubePage, YoutubePageExtractSchema } from '../platforms/youtube/page-extract-schema';
import { TiktokPageExtractSchema } from '../platforms/tiktok/page-extract-schema';
import { readTiktokPageExtract } from '../platforms/tiktok/reader';
import { readInstagramPageExtract } from '../platforms/instagram/page-extract-reading';
import { InstagramPageExtractSchema } from '../platforms/instagram/page-extract-schema';
import { readXPageExtract } from '../platforms/x/page-extract-reading';
import { XPageExtractSchema } from '../platforms/x/page-extract-schema';
import type { ReadResult } from '../platforms/types';

/**
 * Bounds of the page data a content script may hand over: the page-world script's pick of a
 * channel's `ytInitialData` (lib/platforms/youtube/page-data-pick.ts) is 40–220 KB of JSON, up to
 * ~5,500 values 41 deep on the saved pages; these leave room for a larger channel and refuse
 * anything built to make the worker walk for long.
 */
export const PAGE_DATA_LIMITS = { depth: 100, values: 50_000, chars: 3_000_000 } as const;

type Json = Record<string, unknown>;

/**
 * Whether `value` is a plain JSON object within PAGE_DATA_LIMITS: only objects of the plain
 * prototype, arrays, strings, finite numbers, booleans and null, no `__proto__` key, `chars` counting
 * every string and key. Iterative, so that no depth can overflow the worker's stack before the bound.
 */
function isBoundedJson(value: unknown): value is Json {
  if (!isPlainObject(value)) return false;
  const stack: Array<[unknown, number]> = [[value, 0]];
  let values = 0;
  let chars = 0;
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (++values > PAGE_DATA_LIMITS.values || depth > PAGE_DATA_LIMITS.depth) return false;
    if (node === null || typeof node === 'boolean') continue;
    if (typeof node === 'number') {
      if (!Number.isFinite(node)) return false;
      continue;
    }
    if (typeof node === 'string') {
      chars += node.length;
      if (chars > PAGE_DATA_LIMITS.chars) return false;
      continue;
    }
    if (Array.isArray(node)) {
      for (const child of node) stack.push([child, depth + 1]);
      continue;
    }
    if (!isPlainObject(node)) return false;
    for (const [key, child] of Object.entries(node)) {
      chars += key.length;
      if (key === '__proto__' || chars > PAGE_DATA_LIMITS.chars) return false;
      stack.push([child, depth + 1]);
    }
  }
  return true;
}

function isPlainObject(value: unknown): value is Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/** The page data of a submission, as the background takes it: a plain JSON object within bounds, or nothing. */
export const PageDataSchema = z.custom<Json>(isBoundedJson, 'page data must be a plain JSON object within bounds');

/**
 * Why the page data gave no reading: for YouTube's pick, so that its content script hands over
 * its rendered page next; for a page as collected, the reader's own verdict.
 */
export interface PageDataUnread {
  reason: 'not-ready' | 'unsupported-layout' | 'private';
  tried: string[];
}

/** Reads one platform's page data for the profile in `url`; `lang` is the page's `<html lang>`. */
type PageDataReader = (data: Json, url: URL, ref: ProfileRef, now: Date, lang: string | undefined) => ReadSuccess | { ok: false; unread: PageDataUnread };

/**
 * A reader of what a content script collected of its page (lib/platforms/<platform>/page-collect.ts):
 * only an extract of the shape and sizes the collecting makes is read; the reader's verdict on one
 * without a reading goes back as it is, for the content script to report.
 */
function collectedPage<T>(schema: { safeParse(data: unknown): { success: true; data: T } | { success: false } }, read: (page: T, url: URL, context: { now: Date }) => ReadResult): PageDataReader {
  return (data, url, _ref, now) => {
    const page = schema.safeParse(data);
    if (!page.success) throw new Error('not what the collecting makes');
    const result = read(page.data, url, { now });
    return result.ok ? result : { ok: false, unread: { reason: result.reason === 'not-profile' ? 'unsupported-layout' : result.reason, tried: result.tried.slice(0, 10).map((t) => t.slice(0, 200)) } };
  };
}

const youtubeCollected = collectedPage(YoutubePageExtractSchema, readYoutubePageExtract);

/**
 * The platforms whose pages hand over data: YouTube the pick of what the page has parsed already
 * (its globals) and, when that holds no reading of the channel, what its reader needs of the page
 * besides; TikTok, X and Instagram all their reader needs of the page, collected as text.
 */
const PAGE_DATA_READERS: Partial<Record<Platform, PageDataReader>> = {
  youtube(data, url, ref, now, lang) {
    // After the pick, when it held no reading of the channel: what the page shows (page-collect.ts).
    if (isCollectedYoutubePage(data)) return youtubeCollected(data, url, ref, now, lang);
    const result = readChannelData(data, url, ref, now, normalizeLocale(lang));
    return result.ok ? result : { ok: false, unread: unreadOf(result) };
  },
  tiktok: collectedPage(TiktokPageExtractSchema, readTiktokPageExtract),
  x: collectedPage(XPageExtractSchema, readXPageExtract),
  instagram: collectedPage(InstagramPageExtractSchema, readInstagramPageExtract),
};

function unreadOf(miss: PageDataMiss): PageDataUnread {
  return { reason: miss.unknownLayout ? 'unsupported-layout' : 'not-ready', tried: [`json:${INITIAL_DATA_NAME}`, miss.tried] };
}

export type PageDataOutcome = { kind: 'read'; reading: Omit<ReadSuccess, 'ok'> } | { kind: 'unread'; unread: PageDataUnread } | { kind: 'invalid'; detail: string };

/**
 * Read the page data a content script handed over for the profile at `pageUrl` (JSON text, as the
 * page-world script picked it), in the worker rather than on the page's thread. Fails closed: text
 * that is not a JSON object within bounds, or a
 * page whose platform hands over none, is refused; data about another channel than the URL's is no
 * reading (the reader checks it, as it does on the page). The page can forge this data as it can
 * its own globals: what comes out is validated again, with the captures, as any reading
 * (lib/background/submitted-snapshot.ts).
 */
export function readSubmittedPageData(pageUrl: string, pageData: string, lang: string | undefined, now: Date): PageDataOutcome {
  const found = pagePlatformReader(pageUrl, PAGE_DATA_READERS, 'this page hands over no page data');
  if (!found.ok) return { kind: 'invalid', detail: found.detail };
  const { url, ref, read } = found;
  let json: unknown;
  try {
    json = JSON.parse(pageData);
  } catch {
    return { kind: 'invalid', detail: 'page data that is not JSON' };
  }
  const parsed = PageDataSchema.safeParse(json);
  if (!parsed.success) return { kind: 'invalid', detail: 'page data that is not a JSON object within bounds' };
  let result: ReturnType<PageDataReader>;
  try {
    result = read(parsed.data, url, ref, now, lang);
  } catch {
    return { kind: 'invalid', detail: 'unreadable page data' };
  }
  if (!result.ok) return { kind: 'unread', unread: result.unread };
  const { ok: _ok, ...reading } = result;
  return { kind: 'read', reading };
}
