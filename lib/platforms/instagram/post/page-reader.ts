/**
 * Instagram post page reader: a post page (`/p/<code>/`, `/reel/<code>/`) from its embedded media
 * (`_sharedData`, ≤ 2022) or its meta description (2023+, rounded, no comments). What the content
 * script carries: the post's JSON the page fetches is read in the background (./reader.ts).
 */
import { CAPS, capText } from '../../../contracts/caps';
import { atPath } from '../../page-path';
import type { PostPageReader, PostReadResult } from '../../post-types';
import { cleanHandle } from '../handle';
import { IG_EMBEDDED, IG_META } from '../paths';
import { metaContent } from '../sources/meta';
import { readPostPage } from '../sources/post-page';
import { sharedDataOf } from '../sources/shared-data';
import { readShortcodeMedia } from './media-reading';
import { instagramPostCodeOf } from './post-url';

/** "298K likes, 553 comments - willyrex on May 29, 2021: …" → "willyrex"; og:title "Willyrex on Instagram: …" → "Willyrex". */
function authorFromMeta(doc: Document): { handle: string; displayName: string | null } | null {
  const text = metaContent(doc, IG_META.ogDescription) || metaContent(doc, IG_META.description);
  const m = / - ([A-Za-z0-9._]{1,64}) on /.exec(text);
  const handle = cleanHandle(m?.[1]);
  if (!handle) return null;
  const title = metaContent(doc, IG_META.ogTitle);
  const cut = title.indexOf(' on Instagram');
  return { handle, displayName: cut > 0 ? capText(title.slice(0, cut), CAPS.displayName) : null };
}

/** The post page itself: what the content script carries. */
export const instagramPostPageReader: PostPageReader = {
  platform: 'instagram',
  postIdOf: instagramPostCodeOf,

  readPostPage(doc, url): PostReadResult {
    const code = instagramPostCodeOf(url);
    if (!code) return { ok: false, reason: 'not-post', tried: ['url'] };
    const tried = ['json:_sharedData', 'meta:og:description'];
    try {
      const embedded = readShortcodeMedia(atPath(sharedDataOf(doc), IG_EMBEDDED.postMedia), 'json:_sharedData');
      if (embedded?.postId === code) return { ok: true, ...embedded };
      const post = readPostPage(doc, url);
      if (!post) return { ok: false, reason: 'unsupported-layout', tried };
      const author = authorFromMeta(doc);
      return { ok: true, platform: 'instagram', postId: post.id, author: author ? { ...author, followers: null, verified: null } : null, post, comments: [], totalComments: post.comments, sources: ['meta:og:description'] };
    } catch {
      return { ok: false, reason: 'unsupported-layout', tried };
    }
  },
};
