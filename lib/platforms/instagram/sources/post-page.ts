/**
 * The beginning of the Instagram post-page reader (the post readers of the other
 * platforms are to be built on the same ladder): a single post page (`/p/<code>/`, `/reel/<code>/`) read from
 * `_sharedData` PostPage (≤ 2022), else from the meta description
 * "298K likes, 553 comments - willyrex on May 29, 2021: "…"" (seen 2024-12). Not part of the
 * profile reader, so not in the profile content script.
 */
import { CAPS, capText } from '../../../contracts/caps';
import type { DatePrecision, Post } from '../../../contracts/creator';
import { hasDisclosure } from '../../../parse/sponsored';
import { mediaToPost } from '../media';
import { IG_EMBEDDED, IG_META, IG_ORIGIN } from '../paths';
import { englishDate } from '../text';
import { countsBeforeDash, metaContent } from './meta';
import { sharedDataOf } from './shared-data';
import { atPath } from '../../page-path';

/** The post a post page shows, or null when neither source is there or the page is another post's. */
export function readPostPage(doc: Document, url: URL): Post | null {
  try {
    const m = /^\/(?:[A-Za-z0-9._]{1,64}\/)?(p|reel|tv)\/([A-Za-z0-9_-]{1,128})\/?$/.exec(url.pathname);
    if (!m?.[2]) return null;
    const code = m[2];
    const fromJson = mediaToPost(atPath(sharedDataOf(doc), IG_EMBEDDED.postMedia));
    if (fromJson?.id === code) return fromJson;

    const ogUrl = metaContent(doc, IG_META.ogUrl);
    if (ogUrl && !ogUrl.includes(`/${code}/`)) return null;
    const text = metaContent(doc, IG_META.ogDescription) || metaContent(doc, IG_META.description);
    const locale = doc.documentElement?.getAttribute('lang') || undefined;
    const counts = countsBeforeDash(text, IG_META.postCountOrder, locale);
    if (!counts.likes && !counts.comments) return null;
    const tail = text.slice(text.indexOf(' - ') + 3);
    const open = tail.indexOf(': "');
    const close = tail.lastIndexOf('"');
    const caption = open >= 0 && close > open + 2 ? capText(tail.slice(open + 3, close), CAPS.caption) : '';
    const publishedAt = englishDate(open >= 0 ? tail.slice(0, open) : tail);
    const precision: DatePrecision | null = publishedAt ? 'day' : null;
    const rounded = IG_META.postCountOrder.filter((k) => counts[k] && !counts[k].exact);
    const ogType = metaContent(doc, IG_META.ogType);
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
