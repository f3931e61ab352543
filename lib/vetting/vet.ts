import type { CampaignBrief } from '../contracts/brief';
import type { Snapshot } from '../contracts/creator';
import type { Benchmark, FollowerReading, VettingReport } from '../contracts/report';
import {
  accountAge,
  commentLikeRatio,
  engagementTooHigh,
  engagementTooLow,
  fewPostsManyFollowers,
  followerDrop,
  followerFollowingRatio,
  followerGrowthSpike,
  likeSpread,
  massFollowing,
  medianMeanGap,
} from '../metrics/authenticity-signals';
import { assessAuthenticity } from '../metrics/authenticity';
import { commentQuality } from '../metrics/comment-quality';
import { assessPostEvidence } from '../metrics/post-evidence';
import type { CreatorEvidence } from '../contracts/evidence';
import { snapshotWithEvidence } from '../evidence/snapshot-with-evidence';
import { BAND_POST_LIMIT, bandStatistic, benchmarkFor, NO_BENCHMARK_REASON, positionInBand } from '../metrics/benchmarks';
import { CADENCE_FORMULAS, computeCadence } from '../metrics/cadence';
import { ELIGIBLE_POST_LIMIT, ELIGIBLE_POSTS_FORMULA, interactionsOf, selectEligiblePosts } from '../metrics/eligible-posts';
import { computeEngagement, ENGAGEMENT_FORMULAS, headlineFormula } from '../metrics/engagement';
import { assessEvidence } from '../metrics/evidence';
import { followerGrowth } from '../metrics/history';
import { estimatePrice } from '../metrics/price';
import { computeSponsored, SPONSORED_SHARE_FORMULA } from '../metrics/sponsored';
import { tierFor } from '../metrics/tier';
import { assessConfidence } from '../scoring/confidence';
import { scoreFit } from '../scoring/score-fit';
import { platformName } from '../format/format';

export interface VetInput {
  snapshot: Snapshot;
  brief: CampaignBrief;
  /** Earlier follower counts of this creator (the current snapshot's is added here). */
  history: readonly FollowerReading[];
  now: Date;
  /** What the creator's post pages showed (posts and comment samples); none read yet when absent. */
  evidence?: CreatorEvidence | null;
}

/**
 * Everything the overlay, the CLI and the shortlist show about one creator against one brief.
 * Pure and synchronous; the snapshot and brief are trusted to have passed their schemas.
 */
export function vet(input: VetInput): VettingReport {
  const { brief, history } = input;
  const evidenceRead = input.evidence ?? null;
  const snapshot = snapshotWithEvidence(input.snapshot, evidenceRead);
  const { creator, posts } = snapshot;
  const { platform, followers } = creator;
  // An invalid "now" would make every age NaN and toISOString throw; the capture time is the next best clock.
  const now = Number.isFinite(input.now.getTime()) ? input.now : new Date(Date.parse(creator.capturedAt));

  const postOrder = snapshot.postOrder ?? 'latest';
  // The band's statistic looks at up to 30 eligible posts; Vetted's own figures at the first 12 of them.
  const recent = selectEligiblePosts(posts, now, BAND_POST_LIMIT);
  const eligible = recent.slice(0, ELIGIBLE_POST_LIMIT);
  const eng = computeEngagement(eligible, followers, platform, posts.length);
  const cadence = computeCadence(posts, now, postOrder);
  const tier = tierFor(followers, brief.tierBoundaries);
  const sponsored = computeSponsored(posts, tier, brief.competitors, creator.handle);
  const evidence = assessEvidence({
    engagement: eng.engagement,
    basis: eng.engagementRateBasis,
    eligiblePosts: eligible.length,
    datedPosts: cadence.datedPosts,
    postOrder,
  });

  const match = benchmarkFor(platform, followers);
  const perPost = match ? (match.table.basis === 'views' ? eng.engagement.byViews : eng.engagement.byFollowers) : null;
  // The band is compared with the statistic its source publishes, not with Vetted's per-post median.
  const band = match ? bandStatistic(match.table, posts, now, followers, recent) : null;
  const bandValue = band && postOrder === 'latest' ? band.value : null;
  const bandReason = band ? (postOrder === 'latest' ? band.reason : 'this page shows popular posts, not the latest') : null;
  const benchmark: Benchmark | null =
    match && band
      ? {
          platform,
          bracket: match.band.label,
          tier,
          basis: match.table.basis,
          low: match.band.low,
          averageLow: match.band.averageLow,
          averageHigh: match.band.averageHigh,
          high: match.band.high,
          value: bandValue,
          statistic: match.table.statisticText,
          postsUsed: band.postsUsed,
          valueReason: bandValue === null ? bandReason : null,
          perPostMedian: perPost?.median ?? null,
          position: bandValue === null ? null : positionInBand(bandValue, match.band),
          source: match.table.source,
          sourceUrl: match.table.sourceUrl,
        }
      : null;
  const noBenchmarkReason = match ? null : followers === null ? 'followers unknown' : (NO_BENCHMARK_REASON[platform] ?? `no benchmark for ${platformName(platform)}`);

  const withCurrent = followers === null ? history : [...history, { at: creator.capturedAt, followers }];
  const growth = followerGrowth(withCurrent, now);

  const engagementPosts = eligible.filter((p) => interactionsOf(p) !== null);
  const comments = commentQuality(evidenceRead);
  const signals = [
    engagementTooLow(platform, tier, match, benchmark?.value ?? null, benchmark?.valueReason ?? null, noBenchmarkReason ?? 'no benchmark'),
    engagementTooHigh(platform, eng.medianLikes, followers),
    likeSpread(platform, eng.likes),
    medianMeanGap(eng.interactions),
    commentLikeRatio(platform, engagementPosts),
    followerFollowingRatio(platform, followers, creator.following),
    massFollowing(platform, creator.following),
    fewPostsManyFollowers(followers, creator.postsCount),
    followerGrowthSpike(growth, creator.provenance.followers?.exact ?? false),
    followerDrop(growth),
    // Comment text comes only from post pages; the reply rate is shown with them, never scored.
    ...comments.signals.filter((s) => s.id !== 'creator-reply-rate'),
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
    engagementRate: eng.engagementRate,
    engagementReason: eng.engagementRateReason,
    engagementBasis: eng.engagementRateBasis,
    benchmark,
    noBenchmarkReason,
    evidence,
    noInteractionsShort: noInteractionsShort(platform, eligible.length, eng.engagement.postsUsed),
    authenticity,
    cadence: cadence.cadence,
    cadenceReason: cadence.reason,
    daysSinceLastPost: cadence.daysSinceLastPost,
    newerUndatedPosts: cadence.newerUndatedPosts,
    texts: { bio: creator.bio, displayName: creator.displayName, category: creator.category, captions },
    sponsored,
    price,
  });

  const confidence = assessConfidence({
    creator,
    eligible,
    postsUsed: eng.engagement.postsUsed,
    cadence: cadence.cadence,
    cadenceReason: cadence.reason,
    evidence,
    authenticity,
    now,
  });

  const postEvidence = assessPostEvidence({
    platform,
    evidence: evidenceRead,
    posts,
    eligible,
    basis: eng.engagementRateBasis,
    postsUsed: eng.engagementRateBasis === 'views' ? eng.engagement.postsUsedByViews : eng.engagement.postsUsed,
    comments,
  });

  return {
    version: 2,
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
      evidence,
      reasons: {
        tier: tier === null ? 'followers unknown' : null,
        viewRate: eng.viewRateReason,
        engagementRate: eng.engagementRateReason,
        cadence: cadence.reason,
        daysSinceLastPost: cadence.daysSinceLastPostReason,
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
    postEvidence,
  };
}


/** Why no eligible post gives an engagement figure, in a few words for the verdict line. */
function noInteractionsShort(platform: Snapshot['creator']['platform'], eligible: number, withInteractions: number): string {
  if (eligible === 0) return 'no posts on this page';
  if (withInteractions > 0) return 'no views shown on posts';
  return platform === 'youtube' ? 'likes not shown on the channel page' : 'likes and comments not shown';
}
