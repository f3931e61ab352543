import type { Platform, Post } from '../contracts/creator';
import type { Engagement, EngagementBasis, MedianMean } from '../contracts/report';
import { interactionsOf } from './eligible-posts';
import { platformName } from '../format/format';
import { median, medianAndMean } from './stats';

export const ENGAGEMENT_FORMULAS = {
  byFollowers: 'median and mean, over eligible posts showing likes, comments or shares, of (likes + comments + shares) ÷ followers',
  byViews: 'median and mean, over eligible posts showing likes, comments or shares and views > 0, of (likes + comments + shares) ÷ views',
  viewRate: 'median and mean, over eligible posts showing views, of views ÷ followers',
} as const;

/** Per-view rates suit feeds that reach beyond followers (TikTok, YouTube); per-follower rates suit follower feeds. */
export function headlineBasis(platform: Platform): EngagementBasis {
  return platform === 'tiktok' || platform === 'youtube' ? 'views' : 'followers';
}

/** The headline's formula in this platform's own terms: a TikTok report never names YouTube. */
export function headlineFormula(platform: Platform): string {
  const name = platformName(platform);
  return headlineBasis(platform) === 'views'
    ? `median engagement by views (${name} shows posts to people beyond the followers)`
    : `median engagement by followers (${name} shows posts mostly to followers)`;
}

export interface EngagementResult {
  engagement: Engagement;
  viewRate: MedianMean | null;
  viewRateReason: string | null;
  engagementRate: number | null;
  engagementRateBasis: EngagementBasis;
  engagementRateReason: string | null;
  medianViews: number | null;
  medianLikes: number | null;
  /** Likes of the eligible posts that show them, newest first (for the like-spread signal). */
  likes: number[];
  /** Interactions of the posts that entered, newest first. */
  interactions: number[];
}

function noPostsReason(postsSeen: number): string {
  return postsSeen === 0
    ? 'no posts seen on the page'
    : 'no eligible posts (every post seen is pinned or less than 72 hours old)';
}

function followersReason(followers: number | null): string | null {
  if (followers === null) return 'followers unknown';
  if (followers === 0) return 'the account has no followers to divide by';
  return null;
}

/**
 * Engagement and view rates over the eligible posts (see eligible-posts.ts). All rates are fractions.
 * `postsSeen` only words the reason when there is nothing eligible.
 */
export function computeEngagement(
  eligible: readonly Post[],
  followers: number | null,
  platform: Platform,
  postsSeen: number,
): EngagementResult {
  const postIds: string[] = [];
  const interactions: number[] = [];
  const byFollowerRates: number[] = [];
  const byViewRates: number[] = [];
  const viewRates: number[] = [];
  const views: number[] = [];
  const likes: number[] = [];
  const followerReason = followersReason(followers);

  for (const post of eligible) {
    if (post.views !== null) {
      views.push(post.views);
      if (followerReason === null) viewRates.push(post.views / followers!);
    }
    if (post.likes !== null) likes.push(post.likes);
    const count = interactionsOf(post);
    if (count === null) continue;
    postIds.push(post.id);
    interactions.push(count);
    if (followerReason === null) byFollowerRates.push(count / followers!);
    if (post.views !== null && post.views > 0) byViewRates.push(count / post.views);
  }

  let interactionReason: string | null = null;
  if (eligible.length === 0) interactionReason = noPostsReason(postsSeen);
  else if (interactions.length === 0) {
    interactionReason =
      platform === 'youtube'
        ? 'likes and comments are not shown on the channel page'
        : 'none of the eligible posts shows likes, comments or shares';
  }

  const byFollowers = interactionReason === null && followerReason === null ? medianAndMean(byFollowerRates) : null;
  const byViews = interactionReason === null ? medianAndMean(byViewRates) : null;
  const byFollowersReason = byFollowers === null ? (interactionReason ?? followerReason) : null;
  const byViewsReason =
    byViews === null ? (interactionReason ?? 'none of the eligible posts with likes, comments or shares shows views') : null;

  let viewRateReason: string | null;
  if (eligible.length === 0) viewRateReason = noPostsReason(postsSeen);
  else if (views.length === 0) viewRateReason = 'none of the eligible posts shows views';
  else viewRateReason = followerReason;
  const viewRate = viewRateReason === null ? medianAndMean(viewRates) : null;

  const basis = headlineBasis(platform);
  const headline = basis === 'views' ? byViews : byFollowers;

  return {
    engagement: {
      byFollowers,
      byViews,
      postsUsed: interactions.length,
      postsUsedByViews: interactionReason === null ? byViewRates.length : 0,
      postIds,
      medianInteractions: median(interactions),
      reasons: { byFollowers: byFollowersReason, byViews: byViewsReason },
      formulas: { byFollowers: ENGAGEMENT_FORMULAS.byFollowers, byViews: ENGAGEMENT_FORMULAS.byViews },
    },
    viewRate,
    viewRateReason,
    engagementRate: headline?.median ?? null,
    engagementRateBasis: basis,
    engagementRateReason: headline === null ? (basis === 'views' ? byViewsReason : byFollowersReason) : null,
    medianViews: median(views),
    medianLikes: median(likes),
    likes,
    interactions,
  };
}
