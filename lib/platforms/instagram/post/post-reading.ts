/**
 * The Instagram post page read from what the content script collected of it (post-collect.ts), in
 * the background worker: the embedded `shortcode_media` (≤ 2022) with its comments, else the meta
 * description's rounded counts, date and caption, and the author it names.
 */
import { CAPS, capText } from '../../../contracts/caps';
import { atPath } from '../../page-path';
import type { PostReadResult } from '../../post-types';
import { cleanHandle } from '../handle';
import { IG_EMBEDDED } from '../paths';
import { readPostPage } from '../sources/post-page';
import { sharedDataIn } from '../sources/shared-data';
import { decodeEntities } from '../text';
import { readShortcodeMedia } from './media-reading';
import type { InstagramPostExtract } from './post-collect';
import { instagramPostCodeOf } from './post-url';

/** "298K likes, 553 comments - willyrex on May 29, 2021: …" → "willyrex"; og:title "Willyrex on Instagram: …" → "Willyrex". */
function authorFromMeta(meta: InstagramPostExtract['meta']): { handle: string; displayName: string | null } | null {
  const text = decodeEntities(meta.ogDescription) || decodeEntities(meta.description);
  const m = / - ([A-Za-z0-9._]{1,64}) on /.exec(text);
  const handle = cleanHandle(m?.[1]);
  if (!handle) return null;
  const title = decodeEntities(meta.ogTitle);
  const cut = title.indexOf(' on Instagram');
  return { handle, displayName: cut > 0 ? capText(title.slice(0, cut), CAPS.displayName) : null };
}

export function readInstagramPostExtract(extract: InstagramPostExtract, url: URL): PostReadResult {
  const code = instagramPostCodeOf(url);
  if (!code) return { ok: false, reason: 'not-post', tried: ['url'] };
  const tried = ['json:_sharedData', 'meta:og:description'];
  try {
    const embedded = readShortcodeMedia(atPath(sharedDataIn(extract.sharedData), IG_EMBEDDED.postMedia), 'json:_sharedData');
    if (embedded?.postId === code) return { ok: true, ...embedded };
    const post = readPostPage(extract, url);
    if (!post) return { ok: false, reason: 'unsupported-layout', tried };
    const author = authorFromMeta(extract.meta);
    return { ok: true, platform: 'instagram', postId: post.id, author: author ? { ...author, followers: null, verified: null } : null, post, comments: [], totalComments: post.comments, sources: ['meta:og:description'] };
  } catch {
    return { ok: false, reason: 'unsupported-layout', tried };
  }
}
