import type { Tier } from '../contracts/brief';
import { capText } from '../contracts/caps';
import type { Platform, Post } from '../contracts/creator';
import type { EngagementBasis, Signal, SignalId, SignalLevel } from '../contracts/report';
import type { BenchmarkMatch } from './benchmarks';
import { DROP_WARN_SHARE, SPIKE_BASELINE_FACTOR, SPIKE_MIN_PER_DAY, type FollowerGrowth } from './history';
import { mean, median } from './stats';
import { formatCount, formatDays, formatDecimal, formatPercent, formatPercentRange, platformName } from '../format/format';

// One function per signal. Each reads only what it needs, and returns `unknown` — never `ok` —
// when that is missing: a hidden number is not evidence of a clean account.

const DAY_MS = 86_400_000;
const MESSAGE_MAX = 1_000;

function signal(id: SignalId, level: SignalLevel, value: number | null, threshold: number | null, message: string): Signal {
  // Messages quote the brief's and the page's words in places; the cap keeps the report valid whatever they hold.
  return { id, level, value, threshold, message: capText(message, MESSAGE_MAX) };
}

function peerGroup(platform: Platform, tier: Tier | null, match: BenchmarkMatch): string {
  return `${platformName(platform)} ${tier ? `${tier} ` : ''}creators (${match.band.label} followers)`;
}

function basisWords(basis: EngagementBasis): string {
  return basis === 'views' ? 'Median engagement by views' : 'Median engagement by followers';
}

/**
 * Below the benchmark's "Low" cutoff for the creator's bracket (methodology §3.3: "below tier Low
 * band ⇒ flag"). Far below — under half the cutoff — is a risk; below it, a warning.
 * `value` is the creator's median on the benchmark's basis.
 */
export function engagementTooLow(
  platform: Platform,
  tier: Tier | null,
  match: BenchmarkMatch | null,
  value: number | null,
  valueReason: string | null,
  noBenchmarkReason: string,
): Signal {
  const id = 'engagement-too-low';
  if (match === null) return signal(id, 'unknown', value, null, `Not checked: ${noBenchmarkReason}.`);
  const low = match.band.low;
  if (value === null) return signal(id, 'unknown', null, low, `Not checked: ${valueReason ?? 'engagement unknown'}.`);
  const text = `${basisWords(match.table.basis)} ${formatPercent(value)}`;
  const mark = `the ${formatPercent(low)} low mark for ${peerGroup(platform, tier, match)}`;
  if (value < low / 2) return signal(id, 'risk', value, low, `${text} is far below ${mark} — often a sign of inactive or bought followers.`);
  if (value < low) return signal(id, 'warn', value, low, `${text} is below ${mark} — often a sign of inactive or bought followers.`);
  return signal(id, 'ok', value, low, `${text} is at or above ${mark}.`);
}

/**
 * Likes near or above followers mean bought likes; "natural" is 10–30 % of followers
 * (methodology §3.3, https://smmfast.io/en/blog/how-to-recognize-top-up). That holds where posts
 * go mostly to followers (Instagram, X). TikTok and YouTube feeds reach far beyond followers, so
 * there only a median above the follower count is flagged, and only as a warning.
 */
export const LIKES_PER_FOLLOWER = { warn: 0.3, risk: 0.9, algorithmicWarn: 1 } as const;

export function engagementTooHigh(platform: Platform, medianLikes: number | null, followers: number | null): Signal {
  const id = 'engagement-too-high';
  if (medianLikes === null) return signal(id, 'unknown', null, null, 'Not checked: the eligible posts show no likes.');
  if (followers === null || followers === 0) return signal(id, 'unknown', null, null, 'Not checked: followers unknown.');
  const ratio = medianLikes / followers;
  const text = `Median likes (${formatCount(medianLikes)}) are ${formatPercent(ratio)} of followers`;
  if (platform === 'tiktok' || platform === 'youtube') {
    if (ratio >= LIKES_PER_FOLLOWER.algorithmicWarn) {
      return signal(id, 'warn', ratio, LIKES_PER_FOLLOWER.algorithmicWarn, `${text} — more likes than followers on most posts; possible on ${platformName(platform)}'s feed, but check for bought likes.`);
    }
    return signal(id, 'ok', ratio, LIKES_PER_FOLLOWER.algorithmicWarn, `${text}.`);
  }
  if (ratio >= LIKES_PER_FOLLOWER.risk) return signal(id, 'risk', ratio, LIKES_PER_FOLLOWER.risk, `${text} — likes near or above the follower count usually mean bought likes.`);
  if (ratio > LIKES_PER_FOLLOWER.warn) return signal(id, 'warn', ratio, LIKES_PER_FOLLOWER.warn, `${text}, above the natural 10–30% — check for bought likes.`);
  return signal(id, 'ok', ratio, LIKES_PER_FOLLOWER.warn, `${text}, within the natural range (up to 30%).`);
}

/**
 * trendHERO's likes spread (https://help.trendhero.io/en/article/likes-spread-we2f07/: "the
 * difference in the number of likes across posts; 40–100 % is normal"), defined here as
 * (max likes − min likes) ÷ mean likes over the eligible posts that show likes, at least 5 of them.
 * Under 40 %: likes held at a set level, typical of bought likes. Over 100 %: a post far above the
 * rest, a giveaway or a boost — flagged on Instagram and X only, since outliers are how TikTok and
 * YouTube feeds work.
 */
export const LIKE_SPREAD = { low: 0.4, high: 1, minPosts: 5 } as const;

export function likeSpread(platform: Platform, likes: readonly number[]): Signal {
  const id = 'like-spread';
  const avg = mean(likes);
  if (likes.length < LIKE_SPREAD.minPosts || avg === null || avg === 0) {
    return signal(id, 'unknown', null, null, `Not checked: needs likes on at least ${LIKE_SPREAD.minPosts} eligible posts (${likes.length} shown).`);
  }
  const spread = (Math.max(...likes) - Math.min(...likes)) / avg;
  const text = `Likes vary by ${formatPercent(spread)} of the mean across ${likes.length} posts (normal 40–100%)`;
  if (spread < LIKE_SPREAD.low) return signal(id, 'warn', spread, LIKE_SPREAD.low, `${text} — likes held at a set level are typical of bought likes.`);
  if (spread > LIKE_SPREAD.high) {
    if (platform === 'tiktok' || platform === 'youtube') {
      return signal(id, 'ok', spread, LIKE_SPREAD.high, `${text} — one post far above the rest, which is normal on ${platformName(platform)}.`);
    }
    return signal(id, 'warn', spread, LIKE_SPREAD.high, `${text} — a post far above the rest is often a giveaway or a boosted post.`);
  }
  return signal(id, 'ok', spread, LIKE_SPREAD.high, `${text}.`);
}

/**
 * A mean far from the median means a few posts carry the average: a viral post, or pods and
 * bought engagement on some posts (Untapper, methodology §3.1/§3.3). Ambiguous, so a warning at
 * most: |mean − median| ÷ median over at least 5 posts, flagged above 50 %.
 */
export const MEDIAN_MEAN_GAP = { warn: 0.5, minPosts: 5 } as const;

export function medianMeanGap(interactions: readonly number[]): Signal {
  const id = 'median-mean-gap';
  const med = median(interactions);
  const avg = mean(interactions);
  if (interactions.length < MEDIAN_MEAN_GAP.minPosts || med === null || avg === null || med === 0) {
    return signal(id, 'unknown', null, null, `Not checked: needs interactions on at least ${MEDIAN_MEAN_GAP.minPosts} eligible posts (${interactions.length} shown).`);
  }
  const gap = Math.abs(avg - med) / med;
  const text = `Mean interactions per post (${formatCount(avg)}) are ${formatPercent(gap)} ${avg >= med ? 'above' : 'below'} the median (${formatCount(med)})`;
  if (gap > MEDIAN_MEAN_GAP.warn) return signal(id, 'warn', gap, MEDIAN_MEAN_GAP.warn, `${text} — a few posts carry the average: a viral post, or pods or bought engagement.`);
  return signal(id, 'ok', gap, MEDIAN_MEAN_GAP.warn, `${text}.`);
}

/**
 * Comments ÷ likes, summed over eligible posts showing both (at least 3 posts, 50 likes).
 * Bought likes come without comments; pods and giveaways bring comments without likes.
 * Norms: TikTok "1:100 or worse is poor", "1:5 or better exceptional"
 * (https://calculatecreator.com/metrics/tiktok-comments-to-likes-ratio/). No published norm was
 * found for the other platforms: Instagram comments run lower than TikTok's, so its low mark is
 * halved; YouTube and X use TikTok's. Below a fifth of the low mark ("0–2 comments for a
 * 5,000-follower account", methodology §3.3) is a risk.
 */
export const COMMENT_LIKE_NORMS: Readonly<Record<Platform, { low: number; high: number }>> = {
  instagram: { low: 0.005, high: 0.25 },
  tiktok: { low: 0.01, high: 0.25 },
  youtube: { low: 0.01, high: 0.25 },
  x: { low: 0.01, high: 0.5 },
};
const COMMENT_LIKE_MIN_POSTS = 3;
const COMMENT_LIKE_MIN_LIKES = 50;

export function commentLikeRatio(platform: Platform, posts: readonly Post[]): Signal {
  const id = 'comment-like-ratio';
  let likes = 0;
  let comments = 0;
  let n = 0;
  for (const post of posts) {
    if (post.likes === null || post.comments === null) continue;
    likes += post.likes;
    comments += post.comments;
    n++;
  }
  if (n < COMMENT_LIKE_MIN_POSTS || likes < COMMENT_LIKE_MIN_LIKES) {
    return signal(id, 'unknown', null, null, `Not checked: needs likes and comments on at least ${COMMENT_LIKE_MIN_POSTS} eligible posts (${n} shown).`);
  }
  const norm = COMMENT_LIKE_NORMS[platform];
  const ratio = comments / likes;
  const text = `${formatCount(comments)} comments for ${formatCount(likes)} likes (${formatPercent(ratio)}; ${platformName(platform)} norm ${formatPercentRange(norm.low, norm.high)})`;
  if (ratio < norm.low / 5) return signal(id, 'risk', ratio, norm.low, `${text} — almost no one comments: typical of bought likes or an inactive audience.`);
  if (ratio < norm.low) return signal(id, 'warn', ratio, norm.low, `${text} — few comments for the likes: possibly bought likes.`);
  if (ratio > norm.high) return signal(id, 'warn', ratio, norm.high, `${text} — many comments for the likes: giveaways, engagement pods or bought comments.`);
  return signal(id, 'ok', ratio, norm.low, `${text}.`);
}

/**
 * Followers ÷ following (Modash credibility and Heepsy fake indicators, methodology §3.3):
 * following more accounts than follow back is follow-for-follow growth.
 */
export const FOLLOWER_FOLLOWING = { warn: 1, risk: 0.5 } as const;

export function followerFollowingRatio(platform: Platform, followers: number | null, following: number | null): Signal {
  const id = 'follower-following-ratio';
  if (platform === 'youtube') return signal(id, 'unknown', null, null, 'Not checked: YouTube does not show whom a channel follows.');
  if (followers === null || following === null) return signal(id, 'unknown', null, null, 'Not checked: followers or following unknown.');
  if (following === 0) return signal(id, 'ok', null, FOLLOWER_FOLLOWING.warn, 'Follows no one.');
  const ratio = followers / following;
  const text = `${formatCount(followers)} followers for ${formatCount(following)} following (ratio ${formatDecimal(ratio)})`;
  if (ratio < FOLLOWER_FOLLOWING.risk) return signal(id, 'risk', ratio, FOLLOWER_FOLLOWING.risk, `${text} — follows far more accounts than follow back: follow-for-follow growth.`);
  if (ratio < FOLLOWER_FOLLOWING.warn) return signal(id, 'warn', ratio, FOLLOWER_FOLLOWING.warn, `${text} — follows more accounts than follow back.`);
  return signal(id, 'ok', ratio, FOLLOWER_FOLLOWING.warn, `${text}.`);
}

/**
 * Following more than 1,500 accounts makes an account a mass follower (HypeAuditor's definition,
 * trendHERO "reachability"; https://brandhero.co/2020/02/02/dont-engage-fake-influencers-check-these-3-metrics-first/).
 */
export const MASS_FOLLOWING_LIMIT = 1_500;

export function massFollowing(platform: Platform, following: number | null): Signal {
  const id = 'mass-following';
  if (platform === 'youtube') return signal(id, 'unknown', null, null, 'Not checked: YouTube does not show whom a channel follows.');
  if (following === null) return signal(id, 'unknown', null, null, 'Not checked: following unknown.');
  if (following > MASS_FOLLOWING_LIMIT) {
    return signal(id, 'warn', following, MASS_FOLLOWING_LIMIT, `Follows ${formatCount(following)} accounts — more than ${formatCount(MASS_FOLLOWING_LIMIT)} is mass-following, typical of follow-for-follow growth.`);
  }
  return signal(id, 'ok', following, MASS_FOLLOWING_LIMIT, `Follows ${formatCount(following)} accounts (mass-following starts above ${formatCount(MASS_FOLLOWING_LIMIT)}).`);
}

/**
 * A large following on a handful of posts (Modash credibility doc / Heepsy: "# posts" is a fake
 * indicator). Fewer than 12 posts — less than one eligible-post window — at 10,000+ followers.
 */
export const FEW_POSTS = { posts: 12, followers: 10_000 } as const;

export function fewPostsManyFollowers(followers: number | null, postsCount: number | null): Signal {
  const id = 'few-posts-many-followers';
  if (followers === null || postsCount === null) return signal(id, 'unknown', postsCount, FEW_POSTS.posts, 'Not checked: followers or post count unknown.');
  const text = `${formatCount(followers)} followers on ${formatCount(postsCount)} posts`;
  if (postsCount < FEW_POSTS.posts && followers >= FEW_POSTS.followers) {
    return signal(id, 'warn', postsCount, FEW_POSTS.posts, `${text} — a large following on very few posts can mean bought followers (or deleted posts).`);
  }
  return signal(id, 'ok', postsCount, FEW_POSTS.posts, `${text}.`);
}

function noHistory(id: SignalId): Signal {
  return signal(id, 'unknown', null, null, 'Not checked: no follower history yet — Vetted records a point each time this profile is opened (at least an hour apart).');
}

/** Jumps against the creator's own baseline; see lib/metrics/history.ts for the rule and sources. */
export function followerGrowthSpike(growth: FollowerGrowth, exactFollowers: boolean): Signal {
  const id = 'follower-growth-spike';
  if (growth.intervals.length === 0) return noHistory(id);
  // A page that shows "1.65M" moves in steps of 10,000: every change would look like a round-number jump.
  if (!exactFollowers) return signal(id, 'unknown', null, null, 'Not checked: this page shows the follower count rounded, so jumps between visits cannot be told from rounding.');
  const worst = growth.spikes.reduce<FollowerGrowth['spikes'][number] | null>((w, s) => (w === null || s.perDay > w.perDay ? s : w), null);
  const span = `${growth.points.length} snapshots over ${formatDays(growth.spanDays)}`;
  if (worst === null) {
    const fastest = growth.intervals.reduce((m, i) => Math.max(m, i.perDay), -Infinity);
    return signal(id, 'ok', fastest, null, `No follower jumps in ${span}.`);
  }
  const baseline = worst.baselinePerDay === null ? 'no baseline yet' : `baseline ${formatCount(worst.baselinePerDay)}/day`;
  const round = worst.roundNumber ? ' — a round number, typical of a purchase' : '';
  const level = growth.spikes.some((s) => s.level === 'risk') ? 'risk' : 'warn';
  return signal(
    id,
    level,
    worst.perDay,
    Math.max(SPIKE_MIN_PER_DAY, SPIKE_BASELINE_FACTOR * Math.max(worst.baselinePerDay ?? 0, 0)),
    `+${formatCount(worst.change)} followers in ${formatDays(worst.days)} (${formatCount(worst.perDay)}/day, ${baseline})${round}; a jump without a viral post suggests bought followers.`,
  );
}

export function followerDrop(growth: FollowerGrowth): Signal {
  const id = 'follower-drop';
  if (growth.intervals.length === 0) return noHistory(id);
  const worst = growth.drops.reduce<FollowerGrowth['drops'][number] | null>((w, d) => (w === null || d.share > w.share ? d : w), null);
  if (worst === null) return signal(id, 'ok', null, DROP_WARN_SHARE, `No sudden follower losses in ${growth.points.length} snapshots.`);
  return signal(
    id,
    worst.level,
    worst.share,
    DROP_WARN_SHARE,
    `Lost ${formatCount(-worst.change)} followers (${formatPercent(worst.share)}) in ${formatDays(worst.days)} — a sudden drop often follows a platform purge of fake accounts.`,
  );
}

/** A young account is a listed fake indicator (Modash credibility doc, Heepsy guide); 6 months here. */
export const YOUNG_ACCOUNT_DAYS = 180;

export function accountAge(joinedAt: string | null, now: Date): Signal {
  const id = 'account-age';
  const joined = joinedAt === null ? NaN : Date.parse(joinedAt);
  if (!Number.isFinite(joined)) return signal(id, 'unknown', null, YOUNG_ACCOUNT_DAYS, 'Not checked: the page does not show when the account was created.');
  const days = Math.max(0, (now.getTime() - joined) / DAY_MS);
  const text = `Account created ${formatCount(days)} days ago`;
  if (days < YOUNG_ACCOUNT_DAYS) return signal(id, 'warn', days, YOUNG_ACCOUNT_DAYS, `${text} — younger than 6 months; check how it grew so fast.`);
  return signal(id, 'ok', days, YOUNG_ACCOUNT_DAYS, `${text}.`);
}
