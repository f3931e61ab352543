/**
 * Rung 3 of the rendered profile: the posts on screen, `article[data-testid=tweet]`. Whether they
 * are the timeline depends on who is looking: logged out, X shows a selection of the profile's
 * popular posts (the saved 2025-11 profile), logged in the latest posts newest first.
 */
import { CAPS, capCount, capText } from '../../../contracts/caps';
import type { Post, PostCount } from '../../../contracts/creator';
import { parseCount } from '../../../parse/count';
import { hasDisclosure } from '../../../parse/sponsored';
import type { SourceReading } from '../../source-ladder';
import { isoDate, linkPath } from '../dom-text';
import { collectArticle, type XArticleExtract, type XButtonExtract } from '../page-collect';
import { X_GROUP_WORDS, X_ORIGIN, X_SELECTION_TABS, type GroupMetric } from '../paths';

export type GroupCounts = Record<GroupMetric, number | null>;

const GROUP_TO_POST: Record<GroupMetric, PostCount> = {
  replies: 'comments',
  reposts: 'shares',
  likes: 'likes',
  bookmarks: 'saves',
  views: 'views',
};

/**
 * The counts in a post's action-bar label, "202 replies, 225 reposts, 6522 likes, 295 bookmarks,
 * 353404 views". X leaves zero counts out ("1 reply, 4 likes, 2 bookmarks, 809 views" has no
 * reposts), so once the label is readable a missing reply/repost/like/bookmark count is 0. Views
 * are the exception: posts from before X counted views have no view count at all (2021-11 post in
 * the badlogicgames profile, which has no analytics link either), so missing views are unknown.
 * A label in a language we cannot read gives all nulls.
 */
export function readStatusGroupLabel(label: string): GroupCounts {
  const counts: GroupCounts = { replies: null, reposts: null, likes: null, bookmarks: null, views: null };
  let readable = false;
  // A number glued to a sign, a letter or another number ("-5", "1e400") is not a count.
  for (const match of String(label).matchAll(/(?<![\p{L}\p{N}.,+\-\u2212])(\d[\d.,\u00a0\u202f]*)\s*(\p{L}+)/gu)) {
    const metric = X_GROUP_WORDS[(match[2] ?? '').toLowerCase()];
    const value = capCount((match[1] ?? '').replace(/\D/g, ''));
    if (!metric || value === null) continue;
    counts[metric] = value;
    readable = true;
  }
  // A metric named without a count we could read ("NaN likes") makes the whole label untrustworthy:
  // filling it with 0 below would invent a number, so let the per-post buttons answer instead.
  const named = Array.from(String(label).matchAll(/\p{L}+/gu), (m) => X_GROUP_WORDS[m[0].toLowerCase()]);
  if (!readable || named.some((metric) => metric !== undefined && counts[metric] === null)) {
    return { replies: null, reposts: null, likes: null, bookmarks: null, views: null };
  }
  for (const metric of ['replies', 'reposts', 'likes', 'bookmarks'] as const) counts[metric] ??= 0;
  return counts;
}

function buttonCount(button: XButtonExtract | null, locale: string | undefined): { value: number; exact: boolean } | null {
  if (!button) return null;
  const label = parseCount(button.label, locale);
  const fromLabel = label?.exact ? capCount(label.value) : null;
  if (fromLabel !== null) return { value: fromLabel, exact: true };
  const parsed = parseCount(button.text, locale);
  const value = capCount(parsed?.value);
  return parsed && value !== null ? { value, exact: parsed.exact } : null;
}

/** A post as collected (page-collect.ts), or null when it is someone else's. */
export function readArticleExtract(article: XArticleExtract, handle: string, locale: string | undefined): Post | null {
  const m = /^\/([a-z0-9_]{1,15})\/status\/(\d{1,40})/.exec(linkPath(article.href) ?? '');
  // Someone else's post: a repost shown on this timeline, or the parent of a reply.
  if (!m?.[2] || m[1] !== handle) return null;

  const counts: Record<PostCount, number | null> = { likes: null, comments: null, views: null, shares: null, saves: null };
  const rounded: PostCount[] = [];
  const group = readStatusGroupLabel(article.groupLabel);
  const labelRead = Object.values(group).some((v) => v !== null);
  for (const metric of Object.keys(GROUP_TO_POST) as GroupMetric[]) {
    const key = GROUP_TO_POST[metric];
    if (labelRead) {
      counts[key] = group[metric];
      continue;
    }
    const fallback = buttonCount(article.buttons[metric], locale);
    counts[key] = fallback?.value ?? null;
    if (fallback && !fallback.exact) rounded.push(key);
  }

  const caption = capText(article.text, CAPS.caption);
  const publishedAt = isoDate(article.datetime);
  return {
    id: m[2],
    url: `${X_ORIGIN}/${handle}/status/${m[2]}`,
    publishedAt,
    publishedAtPrecision: publishedAt ? 'exact' : null,
    ...counts,
    rounded,
    kind: article.video ? 'video' : article.photo ? 'image' : 'text',
    // "Pinned" is plain text in every language; "… reposted" links to the reposter.
    pinned: article.socialContext !== null && !article.socialContext.linked,
    sponsored: hasDisclosure(caption),
    caption,
  };
}

/** A rendered post, read on the spot (status pages). */
export function readArticle(article: Element, handle: string, locale: string | undefined): Post | null {
  return readArticleExtract(collectArticle(article), handle, locale);
}

/**
 * `articles`: the posts on screen, in page order; `loggedOut`: the page shows the logged-out
 * sign-up bar; `tab`: the profile tab in the URL ("" for Posts, "highlights", "media"…).
 */
export function readTimeline(articles: readonly XArticleExtract[], loggedOut: boolean, handle: string, tab: string, locale: string | undefined): SourceReading | null {
  const posts: Post[] = [];
  const seen = new Set<string>();
  for (const article of articles) {
    const post = readArticleExtract(article, handle, locale);
    if (!post || seen.has(post.id)) continue;
    seen.add(post.id);
    posts.push(post);
    if (posts.length >= CAPS.posts) break;
  }
  if (!posts.length) return null;
  const selection = X_SELECTION_TABS.has(tab) || loggedOut;
  return { name: 'dom:article[data-testid=tweet]', posts, ...(selection ? { postOrder: 'popular' as const } : {}) };
}
