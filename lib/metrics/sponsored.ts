import type { Post } from '../contracts/creator';
import type { Tier } from '../contracts/brief';
import { capText } from '../contracts/caps';
import type { Sponsored } from '../contracts/report';
import { hasDisclosure, brandMentions } from '../parse/sponsored';
import { keywordMatchers } from './keyword-match';

export const SPONSORED_SHARE_FORMULA = 'sponsored posts ÷ all unpinned posts seen';

/** A share of fewer posts moves in steps of 20 % or more: shown, but it neither scores nor fails a limit. */
export const MIN_SPONSORED_POSTS = 5;

/**
 * Lefty's acceptable saturation over three months, by tier (methodology §3.5,
 * https://help.lefty.io/en/articles/8820608-influencer-saturation-rate). Lefty gives no nano
 * figure; nano creators are held to the micro norm.
 */
export const SATURATION_SOURCE = 'https://help.lefty.io/en/articles/8820608-influencer-saturation-rate';
export const SATURATION_NORMS: Readonly<Record<Tier, { low: number; high: number }>> = {
  nano: { low: 0.05, high: 0.15 },
  micro: { low: 0.05, high: 0.15 },
  mid: { low: 0.1, high: 0.2 },
  macro: { low: 0.15, high: 0.25 },
  mega: { low: 0.2, high: 0.35 },
};

const MAX_LIST = 50;
const MAX_HANDLE = 64;

/** A post is sponsored when the reader saw a paid-partnership label or the caption discloses it. */
export function isSponsoredPost(post: Post): boolean {
  return post.sponsored || hasDisclosure(post.caption);
}

/**
 * Sponsored share, the brands paid posts mention, and the posts that mention a competitor.
 * Competitors are searched in every post seen, pinned included: a pinned ad for a rival counts.
 */
export function computeSponsored(posts: readonly Post[], tier: Tier | null, competitors: readonly string[], ownHandle = ''): Sponsored {
  let postsSeen = 0;
  const sponsoredPostIds: string[] = [];
  const brandCounts = new Map<string, number>();
  for (const post of posts) {
    if (post.pinned) continue;
    postsSeen++;
    if (!isSponsoredPost(post)) continue;
    sponsoredPostIds.push(post.id);
    // The creator tagging themself is not a brand.
    for (const handle of brandMentions(post.caption, ownHandle)) {
      if (handle.length <= MAX_HANDLE) brandCounts.set(handle, (brandCounts.get(handle) ?? 0) + 1);
    }
  }
  const brands = [...brandCounts.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, MAX_LIST)
    .map(([handle]) => handle);

  const competitorMentions: Sponsored['competitorMentions'] = [];
  const flagged = new Set<string>();
  for (const matcher of keywordMatchers(competitors).slice(0, MAX_LIST)) {
    const postIds: string[] = [];
    for (const post of posts) {
      if (matcher.test(post.caption)) {
        postIds.push(post.id);
        flagged.add(post.id);
      }
    }
    if (postIds.length > 0) competitorMentions.push({ competitor: capText(matcher.keyword, 100), postIds });
  }

  const share = postsSeen === 0 ? null : sponsoredPostIds.length / postsSeen;
  const norm = tier === null ? null : { ...SATURATION_NORMS[tier], source: SATURATION_SOURCE };
  let position: Sponsored['position'] = null;
  if (share !== null && norm !== null) position = share < norm.low ? 'below' : share > norm.high ? 'above' : 'within';

  return {
    share,
    sponsoredPosts: sponsoredPostIds.length,
    postsSeen,
    sponsoredPostIds,
    norm,
    position,
    brands,
    competitorMentions,
    competitorPostIds: [...flagged],
    reason: share === null ? (posts.length === 0 ? 'no posts seen on the page' : 'only pinned posts seen') : null,
  };
}
