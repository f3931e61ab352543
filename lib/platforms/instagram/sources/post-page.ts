/**
 * A single Instagram post page (`/p/<code>/`, `/reel/<code>/`) read from what the content script
 * collected of it (../post/post-collect.ts), in the background: `_sharedData` PostPage (≤ 2022), else
 * the meta description "298K likes, 553 comments - willyrex on May 29, 2021: "…"" (seen 2024-12).
 */
import { CAPS, capText } from '../../../contracts/caps';
import type { DatePrecision, Post } from '../../../contracts/creator';
import { hasDisclosure } from '../../../parse/sponsored';
import { mediaToPost } from '../media';
import { IG_EMBEDDED, IG_META, IG_ORIGIN } from '../paths';
import type { InstagramPostExtract } from '../post/post-collect';
import { decodeEntities, englishDate } from '../text';
import { countsBeforeDash } from './meta';
import { sharedDataIn } from './shared-data';
import { atPath } from '../../page-path';

/** The post a post page shows, or null when neither source is there or the page is another post's. */
export function readPostPage(extract: InstagramPostExtract, url: URL): Post | null {
  try {
    const m = /^\/(?:[A-Za-z0-9._]{1,64}\/)?(p|reel|tv)\/([A-Za-z0-9_-]{1,128})\/?$/.exec(url.pathname);
    if (!m?.[2]) return null;
    const code = m[2];
    const fromJson = mediaToPost(atPath(sharedDataIn(extract.sharedData), IG_EMBEDDED.postMedia));
    if (fromJson?.id === code) return fromJson;

    const ogUrl = decodeEntities(extract.meta.ogUrl);
    if (ogUrl && !ogUrl.includes(`/${code}/`)) return null;
    const text = decodeEntities(extract.meta.ogDescription) || decodeEntities(extract.meta.description);
    const locale = extract.lang || undefined;
    const counts = countsBeforeDash(text, IG_META.postCountOrder, locale);
    if (!counts.likes && !counts.comments) return null;
    const tail = text.slice(text.indexOf(' - ') + 3);
    const open = tail.indexOf(': "');
    const close = tail.lastIndexOf('"');
    const caption = open >= 0 && close > open + 2 ? capText(tail.slice(open + 3, close), CAPS.caption) : '';
    const publishedAt = englishDate(open >= 0 ? tail.slice(0, open) : tail);
    const precision: DatePrecision | null = publishedAt ? 'day' : null;
    const rounded = IG_META.postCountOrder.filter((k) => counts[k] && !counts[k].exact);
    const ogType = decodeEntities(extract.meta.ogType);
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
