import type { CampaignBrief } from '../contracts/brief';
import type { Snapshot } from '../contracts/creator';
import type { Benchmark, FollowerPoint, VettingReport } from '../contracts/report';
import {
  accountAge,
  commentLikeRatio,
  engagementTooHigh,
  engagementTooLow,
  fewPostsManyFollowers,
  followerDrop,
  followerFollowingRatio,
  followerGrowthSpike,
  genericComments,
  likeSpread,
  massFollowing,
  medianMeanGap,
} from '../metrics/authenticity-signals';
import { assessAuthenticity } from '../metrics/authenticity';
import { benchmarkFor, NO_BENCHMARK_REASON, positionInBand } from '../metrics/benchmarks';
import { CADENCE_FORMULAS, computeCadence } from '../metrics/cadence';
import { ELIGIBLE_POSTS_FORMULA, interactionsOf, selectEligiblePosts } from '../metrics/eligible-posts';
import { computeEngagement, ENGAGEMENT_FORMULAS, headlineFormula } from '../metrics/engagement';
import { platformName } from '../metrics/format';
import { followerGrowth } from '../metrics/history';
import { estimatePrice } from '../metrics/price';
import { computeSponsored, SPONSORED_SHARE_FORMULA } from '../metrics/sponsored';
import { tierFor } from '../metrics/tier';
import { assessConfidence } from '../scoring/confidence';
import { scoreFit } from '../scoring/score-fit';

export interface VetInput {
  snapshot: Snapshot;
  brief: CampaignBrief;
  /** Earlier follower counts of this creator (the current snapshot's is added here). */
  history: readonly FollowerPoint[];
  now: Date;
}

/**
 * Everything the overlay, the CLI and the shortlist show about one creator against one brief.
 * Pure and synchronous; the snapshot and brief are trusted to have passed their schemas.
 */
export function vet(input: VetInput): VettingReport {
  const { snapshot, brief, history } = input;
  const { creator, posts } = snapshot;
  const { platform, followers } = creator;
  // An invalid "now" would make every age NaN and toISOString throw; the capture time is the next best clock.
  const now = Number.isFinite(input.now.getTime()) ? input.now : new Date(Date.parse(creator.capturedAt));

  const eligible = selectEligiblePosts(posts, now);
  const eng = computeEngagement(eligible, followers, platform, posts.length);
  const cadence = computeCadence(posts, now);
  const tier = tierFor(followers, brief.tierBoundaries);
  const sponsored = computeSponsored(posts, tier, brief.competitors, creator.handle);

  const match = benchmarkFor(platform, followers);
  const benchValue = match ? (match.table.basis === 'views' ? eng.engagement.byViews : eng.engagement.byFollowers) : null;
  const benchValueReason = match
    ? (match.table.basis === 'views' ? eng.engagement.reasons.byViews : eng.engagement.reasons.byFollowers)
    : eng.engagementRateReason;
  const benchmark: Benchmark | null = match
    ? {
        platform,
        bracket: match.band.label,
        tier,
        basis: match.table.basis,
        low: match.band.low,
        averageLow: match.band.averageLow,
        averageHigh: match.band.averageHigh,
        high: match.band.high,
        value: benchValue?.median ?? null,
        position: benchValue ? positionInBand(benchValue.median, match.band) : null,
        source: match.table.source,
        sourceUrl: match.table.sourceUrl,
      }
    : null;
  const noBenchmarkReason = match ? null : followers === null ? 'followers unknown' : (NO_BENCHMARK_REASON[platform] ?? `no benchmark for ${platformName(platform)}`);

  const withCurrent = followers === null ? history : [...history, { at: creator.capturedAt, followers }];
  const growth = followerGrowth(withCurrent, now);

  const engagementPosts = eligible.filter((p) => interactionsOf(p) !== null);
  const signals = [
    engagementTooLow(platform, tier, match, benchValue?.median ?? null, benchValueReason, noBenchmarkReason ?? 'no benchmark'),
    engagementTooHigh(platform, eng.medianLikes, followers),
    likeSpread(platform, eng.likes),
    medianMeanGap(eng.interactions),
    commentLikeRatio(platform, engagementPosts),
    followerFollowingRatio(platform, followers, creator.following),
    massFollowing(platform, creator.following),
    fewPostsManyFollowers(followers, creator.postsCount),
    followerGrowthSpike(growth, creator.provenance.followers?.exact ?? false),
    followerDrop(growth),
    // Profile pages carry no comment text; a post-page reader can pass it in later.
    genericComments(null),
    accountAge(creator.joinedAt, now),
  ];
  const authenticity = assessAuthenticity(signals);

  const price = estimatePrice({
    platform,
    followers,
    eligible,
    medianViews: eng.medianViews,
    medianInteractions: eng.engagement.medianInteractions,
    brief,
  });

  const captions = posts.map((p) => p.caption);
  const fit = scoreFit({
    brief,
    platform,
    followers,
    engagement: benchmark ? benchmark.value : eng.engagementRate,
    engagementReason: benchmark ? benchValueReason : eng.engagementRateReason,
    engagementBasis: benchmark ? benchmark.basis : eng.engagementRateBasis,
    benchmark,
    noBenchmarkReason,
    authenticity,
    cadence: cadence.cadence,
    cadenceReason: cadence.reason,
    daysSinceLastPost: cadence.daysSinceLastPost,
    texts: { bio: creator.bio, displayName: creator.displayName, category: creator.category, captions },
    sponsored,
    price,
  });

  const confidence = assessConfidence({
    creator,
    eligible,
    postsUsed: eng.engagement.postsUsed,
    cadence: cadence.cadence,
    authenticity,
    now,
  });

  return {
    version: 1,
    key: `${platform}:${creator.handle}`,
    snapshot,
    computedAt: now.toISOString(),
    briefId: brief.id,
    briefName: brief.name,
    metrics: {
      followers,
      tier,
      eligiblePostIds: eligible.map((p) => p.id),
      engagement: eng.engagement,
      viewRate: eng.viewRate,
      engagementRate: eng.engagementRate,
      engagementRateBasis: eng.engagementRateBasis,
      medianViews: eng.medianViews,
      medianLikes: eng.medianLikes,
      cadence: cadence.cadence,
      daysSinceLastPost: cadence.daysSinceLastPost,
      sponsoredShare: sponsored.share,
      benchmark,
      growth: { points: growth.points.length, spanDays: growth.spanDays, perDay: growth.perDay },
      reasons: {
        tier: tier === null ? 'followers unknown' : null,
        viewRate: eng.viewRateReason,
        engagementRate: eng.engagementRateReason,
        cadence: cadence.reason,
        sponsoredShare: sponsored.reason,
        benchmark: noBenchmarkReason,
      },
      formulas: {
        eligiblePosts: ELIGIBLE_POSTS_FORMULA,
        viewRate: ENGAGEMENT_FORMULAS.viewRate,
        engagementRate: headlineFormula(platform),
        postsPerWeek: CADENCE_FORMULAS.postsPerWeek,
        medianGapDays: CADENCE_FORMULAS.medianGapDays,
        daysSinceLastPost: CADENCE_FORMULAS.daysSinceLastPost,
        regularity: CADENCE_FORMULAS.regularity,
        sponsoredShare: SPONSORED_SHARE_FORMULA,
      },
    },
    authenticity,
    sponsored,
    price,
    fit,
    confidence,
  };
}

