import { z } from './zod-mini';
import { CAPS } from './caps';
import { CountSchema, PlatformSchema } from './creator';
import { TierSchema } from './brief';
import { Reason, Formula, PostId, Rate, Share, Iso } from './report-fields';

// The report's measurements of a creator: engagement, cadence, benchmarks, growth and the evidence behind them.

/** One follower count seen at one time; the local history the store keeps per creator. */
export const FollowerReadingSchema = z.object({
  at: Iso,
  followers: z.number().check(z.int(), z.minimum(0), z.maximum(CAPS.count)),
});
export type FollowerReading = z.infer<typeof FollowerReadingSchema>;

export const MedianMeanSchema = z.object({ median: Rate, mean: Rate });
export type MedianMean = z.infer<typeof MedianMeanSchema>;

export const EngagementSchema = z.object({
  /** (likes + comments + shares) / followers per eligible post. Null when not computable, see reasons. */
  byFollowers: z.nullable(MedianMeanSchema),
  /** (likes + comments + shares) / views per eligible post with views > 0. */
  byViews: z.nullable(MedianMeanSchema),
  /** Eligible posts that show at least one of likes, comments, shares. */
  postsUsed: z.int().check(z.minimum(0)),
  /** Of those, the ones with views > 0 (they enter byViews). */
  postsUsedByViews: z.int().check(z.minimum(0)),
  /** Ids of the posts that entered byFollowers, newest first. */
  postIds: z.array(PostId).check(z.maxLength(12)),
  medianInteractions: z.nullable(Rate),
  reasons: z.object({ byFollowers: z.nullable(Reason), byViews: z.nullable(Reason) }),
  formulas: z.object({ byFollowers: Formula, byViews: Formula }),
});
export type Engagement = z.infer<typeof EngagementSchema>;

export const CadenceSchema = z.object({
  postsPerWeek: Rate,
  medianGapDays: Rate,
  daysSinceLastPost: Rate,
  /** Coefficient of variation of the gaps between posts (0 = like clockwork); null with fewer than 2 gaps. */
  regularity: z.nullable(Rate),
  datedPosts: z.int().check(z.minimum(2)),
  /** Posts from the newest to the oldest dated one, inclusive: the dated ones and the undated ones between them. */
  postsInSpan: z.int().check(z.minimum(2)),
  spanDays: Rate,
});
export type Cadence = z.infer<typeof CadenceSchema>;

export const BENCHMARK_POSITIONS = ['below-low', 'low', 'average', 'high', 'above-high'] as const;
export const BenchmarkPositionSchema = z.enum(BENCHMARK_POSITIONS);
export type BenchmarkPosition = z.infer<typeof BenchmarkPositionSchema>;
export const EngagementBasisSchema = z.enum(['followers', 'views']);
export type EngagementBasis = z.infer<typeof EngagementBasisSchema>;

export const BenchmarkSchema = z.object({
  platform: PlatformSchema,
  /** The source's follower bracket the creator falls in, e.g. "10k–50k". */
  bracket: z.string().check(z.maxLength(40)),
  tier: z.nullable(TierSchema),
  basis: EngagementBasisSchema,
  /** Below `low` is the source's "Low" band; [averageLow, averageHigh] its "Average"; above `high` its "High". */
  low: Rate,
  averageLow: Rate,
  averageHigh: Rate,
  high: Rate,
  /**
   * The creator's figure computed the way the source computed its table (`statistic`), over up to
   * 30 recent posts; null when unknown or resting on fewer than 5 posts. The band position is its.
   */
  value: z.nullable(Rate),
  /** What the source's table measures, in words: the statistic `value` is. */
  statistic: z.string().check(z.maxLength(300)),
  /** Posts `value` was computed from. */
  postsUsed: z.int().check(z.minimum(0)),
  /** Why `value` is null. */
  valueReason: z.nullable(Reason),
  /** Vetted's own figure on the same basis, for comparison: the median of per-post rates over the eligible posts. */
  perPostMedian: z.nullable(Rate),
  position: z.nullable(BenchmarkPositionSchema),
  source: z.string().check(z.maxLength(200)),
  sourceUrl: z.string().check(z.maxLength(CAPS.url)),
});
export type Benchmark = z.infer<typeof BenchmarkSchema>;

export const GrowthSummarySchema = z.object({
  /** Follower points after merging snapshots less than an hour apart, the current one included. */
  points: z.int().check(z.minimum(0)),
  spanDays: Rate,
  /** Net followers gained per day between the first and last point; null with fewer than 2 points. */
  perDay: z.nullable(z.number()),
});
export type GrowthSummary = z.infer<typeof GrowthSummarySchema>;

/**
 * How much evidence the post figures rest on (README "Evidence minimums"): a figure below its
 * minimum is still shown, marked, and does not count as measured in the fit.
 */
export const EvidenceSchema = z.object({
  /** 'popular' when the page lists a selection of posts, not the latest in order. */
  sample: z.enum(['latest', 'popular']),
  engagement: z.object({
    /** Eligible posts with interactions on the headline's basis (views > 0 too, when by views). */
    posts: z.int().check(z.minimum(0)),
    /** Eligible posts. */
    of: z.int().check(z.minimum(0)),
    minimum: z.int().check(z.minimum(0)),
    enough: z.boolean(),
    /** Shown beside the figure when it does not count: "too few posts (1 of 12)". */
    note: z.nullable(Reason),
  }),
  cadence: z.object({
    datedPosts: z.int().check(z.minimum(0)),
    minimum: z.int().check(z.minimum(0)),
    enough: z.boolean(),
  }),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

export const MetricsSchema = z.object({
  followers: CountSchema,
  tier: z.nullable(TierSchema),
  /** The up-to-12 posts the per-post metrics look at, newest first (undated ones after dated ones). */
  eligiblePostIds: z.array(PostId).check(z.maxLength(12)),
  engagement: EngagementSchema,
  /** views / followers per eligible post showing views. */
  viewRate: z.nullable(MedianMeanSchema),
  /** Headline rate: median by views on TikTok and YouTube, median by followers on Instagram and X. */
  engagementRate: z.nullable(Rate),
  engagementRateBasis: EngagementBasisSchema,
  medianViews: z.nullable(Rate),
  medianLikes: z.nullable(Rate),
  cadence: z.nullable(CadenceSchema),
  /** Days since the newest unpinned dated post; known even when cadence is not (one dated post). */
  daysSinceLastPost: z.nullable(Rate),
  sponsoredShare: z.nullable(Share),
  benchmark: z.nullable(BenchmarkSchema),
  growth: GrowthSummarySchema,
  evidence: EvidenceSchema,
  /** Why a null value above is null. */
  reasons: z.object({
    tier: z.nullable(Reason),
    viewRate: z.nullable(Reason),
    engagementRate: z.nullable(Reason),
    cadence: z.nullable(Reason),
    daysSinceLastPost: z.nullable(Reason),
    sponsoredShare: z.nullable(Reason),
    benchmark: z.nullable(Reason),
  }),
  formulas: z.object({
    eligiblePosts: Formula,
    viewRate: Formula,
    engagementRate: Formula,
    postsPerWeek: Formula,
    medianGapDays: Formula,
    daysSinceLastPost: Formula,
    regularity: Formula,
    sponsoredShare: Formula,
  }),
});
export type Metrics = z.infer<typeof MetricsSchema>;
