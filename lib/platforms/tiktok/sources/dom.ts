/**
 * Rung 3: the rendered profile, through `data-e2e` hooks. Counts are the visible abbreviated text;
 * the grid gives each post's id (and so its day), views and caption, and says how it is sorted.
 */
import { CAPS, capCount, capText } from '../../../contracts/caps';
import type { CreatorCount, Post } from '../../../contracts/creator';
import { extractEmails, extractLinks, normalizeLink } from '../../../parse/contact';
import { parseCount } from '../../../parse/count';
import { hasDisclosure } from '../../../parse/sponsored';
import type { CountReading, ProfileParts, SourceReading } from '../../source-ladder';
import { dateFromVideoId } from '../dates';
import { withPinnedFromOrder } from '../items';
import { ALT_CAPTION_MARKERS, BIO_LINK_TARGET_PARAM, DOM, PINNED_BADGE_LABELS } from '../paths';
import type { TiktokGridItem, TiktokPageExtract } from '../page-collect';
import { normalizeHandle, postUrl } from '../user-info';
import { pathOf } from '../../page-path';

type Rendered = TiktokPageExtract['dom'];

function domCount(raw: string, selector: string, locale: string | undefined): CountReading | null {
  const parsed = raw ? parseCount(raw, locale) : null;
  const value = parsed ? capCount(parsed.value) : null;
  return parsed && value !== null ? { value, exact: parsed.exact, source: 'dom', via: selector } : null;
}

function bioLink(link: Rendered['bioLink']): string | null {
  if (!link) return null;
  try {
    const target = new URL(link.href, 'https://www.tiktok.com').searchParams.get(BIO_LINK_TARGET_PARAM);
    if (target) return normalizeLink(target);
  } catch {
    // fall back to the visible text
  }
  return normalizeLink(link.text);
}

function captionFromAlt(alt: string): string {
  const cut = Math.max(...ALT_CAPTION_MARKERS.map((m) => alt.lastIndexOf(m)));
  // Unknown UI language: keep the whole alt rather than lose the hashtags that disclose ads.
  return capText(cut >= 0 ? alt.slice(0, cut) : alt, CAPS.caption);
}

function domPost(item: TiktokGridItem, handle: string, locale: string | undefined, now: Date): Post | null {
  const href = item.href;
  const match = /(?:\/@([^/?#]+))?\/(video|photo)\/(\d{1,32})/.exec(href);
  if (!match?.[3]) return null;
  // The Reposts and Liked tabs use the same grid for other people's videos.
  if (match[1] && normalizeHandle(match[1]) !== handle) return null;
  const id = match[3];
  const views = parseCount(item.views, locale);
  const viewCount = views ? capCount(views.value) : null;
  const caption = captionFromAlt(item.alt);
  const date = dateFromVideoId(id, now);
  return {
    id,
    url: postUrl(handle, id),
    publishedAt: date?.iso ?? null,
    publishedAtPrecision: date?.precision ?? null,
    likes: null,
    comments: null,
    views: viewCount,
    shares: null,
    saves: null,
    rounded: viewCount !== null && views && !views.exact ? ['views'] : [],
    kind: match[2] === 'photo' ? 'carousel' : 'video',
    pinned: PINNED_BADGE_LABELS.includes(item.badge.toLowerCase()),
    sponsored: hasDisclosure(caption),
    caption,
  };
}

/** The rendered profile as collected on the page (page-collect.ts); `lang` is the page's `<html lang>`. */
export function readDom(rendered: Rendered, lang: string, handle: string, now: Date, tried: string[]): SourceReading | null {
  const { title, subtitle } = rendered;
  let displayName = '';
  if (title || subtitle) {
    const titleIsHandle = normalizeHandle(title) === handle;
    const subtitleIsHandle = normalizeHandle(subtitle) === handle;
    // A nickname can be the handle in other case ("IlloJuan" for @illojuan): then the one spelt
    // exactly like the handle is the handle.
    if (titleIsHandle && (!subtitleIsHandle || title.replace(/^@/, '') === handle)) displayName = subtitle;
    else if (subtitleIsHandle) displayName = title;
    else {
      tried.push('dom:data-e2e (header shows another account)');
      return null;
    }
  }
  const locale = lang || undefined;
  const counts: Partial<Record<CreatorCount, CountReading>> = {};
  for (const field of ['followers', 'following', 'totalLikes'] as const) {
    const count = domCount(rendered[field], pathOf(DOM[field]), locale);
    if (count) counts[field] = count;
  }
  const link = bioLink(rendered.bioLink);
  const posts = withPinnedFromOrder(
    rendered.items
      .slice(0, CAPS.posts)
      .map((item) => domPost(item, handle, locale, now))
      .filter((p): p is Post => p !== null),
  );
  const bio = capText(rendered.bio, CAPS.bio);
  const parts: ProfileParts = {
    displayName: capText(displayName, CAPS.displayName),
    bio,
    // verified: the badge is an unlabelled <svg>, no stable hook
    links: [...(link ? [link] : []), ...extractLinks(bio)],
    emails: extractEmails(bio),
    counts,
  };
  if (Object.keys(counts).length === 0 && posts.length === 0 && !parts.displayName && !bio) {
    tried.push('dom:data-e2e (nothing)');
    return null;
  }
  // Sorted by anything but its first option, the latest posts ("Popular", "Oldest").
  return { name: 'dom:data-e2e', parts, posts, ...(rendered.sortIndex > 0 ? { postOrder: 'popular' as const } : {}) };
}
