/**
 * A captured TikTok response (the page's own fetch, or a scraper's saved copy of one): a user
 * (user-detail, an extracted userInfo), an item_list page, or a video's detail.
 */
import type { Creator, CreatorCount } from '../../contracts/creator';
import { asObject, at } from '../../parse/json-path';
import { buildCreator } from '../source-ladder';
import { tiktokProfileRef } from './profile-url';
import type { CaptureResult, ReadContext } from '../types';
import { postsFromItems } from './items';
import { JSON_PATHS } from './paths';
import type { EmbeddedProfile } from './sources/embedded';
import { normalizeHandle, profileFromUserInfo, profileUrl } from './user-info';
import { atPath } from '../page-path';

const COUNTS: readonly CreatorCount[] = ['followers', 'following', 'postsCount', 'totalLikes'];

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
    // A scraper's dump of userInfo objects, or of item_list items (2024-02, 2026-01).
    const infos = json.map(userInfoOf).filter((i): i is EmbeddedProfile => i !== null);
    if (infos.length) {
      const info = infos.find((i) => normalizeHandle(at(i.user, 'uniqueId')) === pageHandle) ?? infos[0];
      return info ? { kind: 'userInfo', info } : null;
    }
    return json.some(looksLikeItem) ? { kind: 'items', items: json, via: 'capture:item_list' } : null;
  }
  const info =
    userInfoOf(atPath(json, JSON_PATHS.universalUserInfo)) ??
    // GET /api/user/detail/ wraps the same object in `userInfo`.
    userInfoOf(at(json, 'userInfo')) ??
    userInfoOf(json);
  if (info) return { kind: 'userInfo', info };
  const list = at(json, 'itemList');
  if (Array.isArray(list)) return { kind: 'items', items: list, via: 'capture:item_list' };
  const video = atPath(json, JSON_PATHS.universalVideoItem) ?? at(json, 'itemInfo', 'itemStruct');
  if (looksLikeItem(video)) return { kind: 'items', items: [video], via: 'capture:video-detail' };
  return null;
}

export function readTiktokCapture(json: unknown, url: URL, context: ReadContext): CaptureResult {
  const fail = (reason: string, creator: Partial<Creator> | null = null): CaptureResult => ({ ok: false, creator, posts: [], sources: [], reason });
  try {
    const ref = tiktokProfileRef(url);
    const pageHandle = ref?.platform === 'tiktok' ? ref.handle : null;
    const shape = captureShape(json, pageHandle);
    if (!shape) return fail('unknown-shape');
    if (shape.kind === 'items') {
      const posts = postsFromItems(shape.items, pageHandle, context.now);
      if (posts.length === 0 && shape.items.length > 0) return fail('no-posts-for-this-profile');
      return { ok: true, creator: null, posts, sources: [shape.via] };
    }
    const profile = profileFromUserInfo(shape.info, 'capture', 'userInfo', context.now);
    if (!profile) return fail('no-user');
    if (pageHandle && profile.handle !== pageHandle) return fail('other-profile');
    const creator = buildCreator({ platform: 'tiktok', handle: profile.handle, profileUrl: profileUrl(profile.handle) }, [profile.parts], context.now);
    if (!COUNTS.some((key) => creator[key] !== null) && profile.parts.isPrivate) return fail('private', creator);
    const posts = postsFromItems(shape.info.items, profile.handle, context.now);
    return { ok: true, creator, posts, sources: ['capture:userInfo'] };
  } catch {
    return fail('unreadable');
  }
}
