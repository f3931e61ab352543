/**
 * TikTok profile reader. The ladder, per count: embedded JSON (`statsV2` exact, `stats` rounded) →
 * JSON-LD (exact) → `data-e2e` DOM text (rounded). Embedded JSON and JSON-LD are used only when they
 * describe the profile in the URL: after an in-app navigation they still hold the first page's.
 * The grid lists the latest posts unless the visitor sorted it ("Popular", "Oldest"): then the
 * reading says `postOrder: 'popular'`.
 */
import { CAPS } from '../../contracts/caps';
import type { CreatorCount, Post } from '../../contracts/creator';
import { tiktokProfileRef } from './profile-url';
import { buildCreator, postOrderOf, profileParts, sourceNames, type SourceReading } from '../source-ladder';
import type { PlatformReader, ReadContext, ReadFailureReason, ReadResult } from '../types';
import { readTiktokCapture } from './capture';
import { collectTiktokPage, type TiktokPageExtract } from './page-collect';
import { readDom } from './sources/dom';
import { readEmbedded } from './sources/embedded';
import { readJsonLd } from './sources/json-ld';
import { profileUrl } from './user-info';

const COUNTS: readonly CreatorCount[] = ['followers', 'following', 'postsCount', 'totalLikes'];

/** JSON posts first (full stats); grid cards the JSON did not have (loaded by scrolling) after. */
function mergePosts(jsonPosts: Post[], domPosts: Post[]): Post[] {
  const domPinned = new Set(domPosts.filter((p) => p.pinned).map((p) => p.id));
  const seen = new Set(jsonPosts.map((p) => p.id));
  const merged = jsonPosts.map((p) => (!p.pinned && domPinned.has(p.id) ? { ...p, pinned: true } : p));
  return [...merged, ...domPosts.filter((p) => !seen.has(p.id))].slice(0, CAPS.posts);
}

/**
 * Read a TikTok profile from what was collected of its page (page-collect.ts): in the background
 * worker for the content script, in a row with the collecting for `tiktokReader.read`.
 */
export function readTiktokPageExtract(page: TiktokPageExtract, url: URL, context: ReadContext): ReadResult {
  const tried: string[] = [];
  const fail = (reason: ReadFailureReason): ReadResult => ({ ok: false, reason, tried });
  try {
    const ref = tiktokProfileRef(url);
    if (ref?.platform !== 'tiktok' || !ref.handle) {
      tried.push('url (not a TikTok profile)');
      return fail('not-profile');
    }
    const handle = ref.handle;
    const embedded = readEmbedded(page.scripts, handle, context.now, tried);
    const jsonLd = readJsonLd(page.jsonLd, handle, tried);
    const dom = readDom(page.dom, page.lang, handle, context.now, tried);
    const found = [embedded, jsonLd, dom].filter((r): r is SourceReading => r !== null);
    const ladder = profileParts(found);
    const creator = buildCreator({ platform: 'tiktok', handle, profileUrl: profileUrl(handle) }, ladder, context.now);
    const posts = mergePosts(embedded?.posts ?? [], dom?.posts ?? []);
    if (!COUNTS.some((key) => creator[key] !== null) && posts.length === 0) {
      if (ladder.some((p) => p.isPrivate)) return fail('private');
      return fail(page.dom.shell ? 'not-ready' : 'unsupported-layout');
    }
    const postOrder = postOrderOf(found);
    return { ok: true, creator, posts, sources: sourceNames(found), ...(postOrder ? { postOrder } : {}) };
  } catch {
    return fail('unsupported-layout');
  }
}

export const tiktokReader: PlatformReader = {
  platform: 'tiktok',
  profileRef: tiktokProfileRef,
  read(doc, url, context) {
    let page: TiktokPageExtract;
    try {
      page = collectTiktokPage(doc);
    } catch {
      return { ok: false, reason: 'unsupported-layout', tried: ['dom (uncollectable)'] };
    }
    return readTiktokPageExtract(page, url, context);
  },
  readCapture: readTiktokCapture,
};
