/**
 * Instagram profile reader. The ladder, most trusted first: JSON embedded in the page
 * (`_sharedData` up to 2022, `data-sjs` scripts since 2023), the rendered header (exact follower
 * count in `span[title]`) and grid, JSON-LD, and the SEO meta tags (rounded, possibly stale).
 * Each count comes from the most trusted source that has it exactly, else the most trusted one.
 * Instagram lists a profile's posts newest first (pinned ones ahead) on every tab we read: no page
 * shows a selection, so readings leave `postOrder` at its default, 'latest'.
 */
import { CAPS } from '../../contracts/caps';
import type { Post } from '../../contracts/creator';
import { asString } from '../../parse/json-path';
import { instagramProfileRef } from './profile-url';
import { buildCreator, profileParts, sourceNames, type SourceReading } from '../source-ladder';
import type { PlatformReader, ReadContext, ReadResult } from '../types';
import { readInstagramCapture } from './capture';
import { IG_DOM, IG_EMBEDDED, IG_GRID, IG_ORIGIN } from './paths';
import { readGrid } from './sources/grid';
import { headerFor, readHeader } from './sources/header';
import { readJsonLd } from './sources/json-ld';
import { readMeta } from './sources/meta';
import { readSharedData, sharedDataOf } from './sources/shared-data';
import { readSjs } from './sources/sjs';
import { atPath, select } from '../page-path';

const PROFILE_COUNTS = ['followers', 'following', 'postsCount'] as const;

/** Every source's posts, first seen first (the ladder's order), one per id. */
function distinctPosts(lists: Post[][]): Post[] {
  const seen = new Set<string>();
  const out: Post[] = [];
  for (const post of lists.flat()) {
    if (seen.has(post.id)) continue;
    seen.add(post.id);
    out.push(post);
  }
  return out.slice(0, CAPS.posts);
}

function read(doc: Document, url: URL, context: ReadContext): ReadResult {
  const tried: string[] = [];
  try {
    const ref = instagramProfileRef(url);
    if (ref?.platform !== 'instagram' || !ref.handle) return { ok: false, reason: 'not-profile', tried: ['url'] };
    const handle = ref.handle;
    const tab = url.pathname.split('/')[2] ?? '';
    const shared = sharedDataOf(doc);
    const locale = doc.documentElement?.getAttribute('lang') || asString(atPath(shared, IG_EMBEDDED.language)) || undefined;
    const header = headerFor(doc, handle);

    const found = [
      shared === undefined ? null : readSharedData(shared, handle, tried),
      readSjs(doc, handle, tried),
      readHeader(doc, header, handle, locale, tried),
      readGrid(doc, header, handle, tab, locale, tried),
      readJsonLd(doc, handle, tried),
      readMeta(doc, handle, locale, tried),
    ].filter((r): r is SourceReading => r !== null);

    const ladder = profileParts(found);
    const creator = buildCreator({ platform: 'instagram', handle, profileUrl: `${IG_ORIGIN}/${handle}/` }, ladder, context.now);
    if (PROFILE_COUNTS.every((key) => creator[key] === null)) {
      const privateMarker = ladder.some((p) => p.isPrivate) || IG_DOM.privateNotice.test(select(doc, IG_GRID.root)?.textContent ?? '');
      if (privateMarker) return { ok: false, reason: 'private', tried };
      return { ok: false, reason: header ? 'unsupported-layout' : 'not-ready', tried };
    }
    return { ok: true, creator, posts: distinctPosts(found.map((r) => r.posts)), sources: sourceNames(found) };
  } catch {
    return { ok: false, reason: 'unsupported-layout', tried };
  }
}

export const instagramReader: PlatformReader = {
  platform: 'instagram',
  profileRef: instagramProfileRef,
  read,
  readCapture: readInstagramCapture,
};
