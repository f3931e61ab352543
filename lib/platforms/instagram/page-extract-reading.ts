/**
 * The Instagram profile reader's interpretation of a page extract (page-collect.ts): the ladder,
 * most trusted first: JSON embedded in the page (`_sharedData` up to 2022, `data-sjs` scripts since
 * 2023), the rendered header (exact follower count in `span[title]`) and grid, JSON-LD, and the SEO
 * meta tags (rounded, possibly stale). Each count comes from the most trusted source that has it
 * exactly, else the most trusted one. The background runs this on what a content script collected,
 * so that the page's thread neither compiles nor runs the JSON reader and text parsers; the extract
 * is the page's word, so it is validated first (page-extract-schema.ts) and then read like the page.
 * Instagram lists a profile's posts newest first (pinned ones ahead) on every tab we read: no page
 * shows a selection, so readings leave `postOrder` at its default, 'latest'.
 */
import { CAPS } from '../../contracts/caps';
import type { Post } from '../../contracts/creator';
import { asString } from '../../parse/json-path';
import { atPath } from '../page-path';
import { buildCreator, profileParts, sourceNames, type SourceReading } from '../source-ladder';
import type { ReadContext, ReadResult } from '../types';
import type { InstagramPageExtract } from './page-collect';
import { IG_EMBEDDED, IG_ORIGIN } from './paths';
import { instagramProfileRef } from './profile-url';
import { readGrid } from './sources/grid';
import { readHeader } from './sources/header';
import { readJsonLd } from './sources/json-ld';
import { readMeta } from './sources/meta';
import { readSharedData, sharedDataIn } from './sources/shared-data';
import { readSjs } from './sources/sjs';

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

/**
 * The profile at `url` as `extract` shows it. The extract's header and grid were picked for the
 * handle it names: collected at another profile's address, they are not this profile's.
 */
export function readInstagramPageExtract(extract: InstagramPageExtract, url: URL, context: ReadContext): ReadResult {
  const tried: string[] = [];
  try {
    const ref = instagramProfileRef(url);
    if (ref?.platform !== 'instagram' || !ref.handle) return { ok: false, reason: 'not-profile', tried: ['url'] };
    const handle = ref.handle;
    const tab = url.pathname.split('/')[2] ?? '';
    const own = extract.handle === handle;
    const header = own ? extract.header : null;
    const shared = sharedDataIn(extract.sharedData);
    const locale = extract.lang || asString(atPath(shared, IG_EMBEDDED.language)) || undefined;

    const found = [
      shared === undefined ? null : readSharedData(shared, handle, tried),
      readSjs(extract.sjs, handle, tried),
      readHeader(header, locale, tried),
      readGrid(own ? extract.grid : [], tab, locale, tried),
      readJsonLd(extract.jsonLd, handle, tried),
      readMeta(extract.meta, handle, locale, tried),
    ].filter((r): r is SourceReading => r !== null);

    const ladder = profileParts(found);
    const creator = buildCreator({ platform: 'instagram', handle, profileUrl: `${IG_ORIGIN}/${handle}/` }, ladder, context.now);
    if (PROFILE_COUNTS.every((key) => creator[key] === null)) {
      const privateMarker = ladder.some((p) => p.isPrivate) || extract.privateNotice;
      if (privateMarker) return { ok: false, reason: 'private', tried };
      return { ok: false, reason: header ? 'unsupported-layout' : 'not-ready', tried };
    }
    return { ok: true, creator, posts: distinctPosts(found.map((r) => r.posts)), sources: sourceNames(found) };
  } catch {
    return { ok: false, reason: 'unsupported-layout', tried };
  }
}
