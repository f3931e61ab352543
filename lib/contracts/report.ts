import { z } from 'zod';
import { CAPS, FIT_SUMMARY_MAX } from './caps';
import { CountSchema, PlatformSchema, SnapshotSchema } from './creator';
import { FitCriterionSchema, PriceFormatSchema, TierSchema } from './brief';
import { upgradeStoredReport } from './report-upgrade';
import { FIT_VERDICTS } from './vocabulary';

export {
  CampaignBriefSchema,
  CpmRangeSchema,
  FIT_CRITERIA,
  FitCriterionSchema,
  FitWeightsSchema,
  MinEngagementSchema,
  PRICE_FORMATS,
  PriceFormatSchema,
  TIERS,
  TierBoundariesSchema,
  TierSchema,
} from './brief';
export { FIT_SUMMARY_MAX };
export type { CampaignBrief, CpmRange, FitCriterion, FitWeights, MinEngagement, PriceFormat, Tier, TierBoundaries } from './brief';

// Everything below is stored by the background and printed by the CLI, so every number must be a
// finite JSON number (zod 4 rejects NaN and ±Infinity) and every string bounded.
const Reason = z.string().max(500);
const Formula = z.string().max(500);
const Message = z.string().max(1_000);
const PostId = z.string().min(1).max(CAPS.id);
const Rate = z.number().min(0);
const Share = z.number().min(0).max(1);
const Score = z.int().min(0).max(100);
const Iso = z.iso.datetime({ offset: true });

/** One follower count seen at one time; the local history the store keeps per creator. */
export const FollowerReadingSchema = z.object({
  at: Iso,
  followers: z.number().int().min(0).max(CAPS.count),
});
export type FollowerReading = z.infer<typeof FollowerReadingSchema>;

export const MedianMeanSchema = z.object({ median: Rate, mean: Rate });
export type MedianMean = z.infer<typeof MedianMeanSchema>;

export const EngagementSchema = z.object({
  /** (likes + comments + shares) / followers per eligible post. Null when not computable, see reasons. */
  byFollowers: MedianMeanSchema.nullable(),
  /** (likes + comments + shares) / views per eligible post with views > 0. */
  byViews: MedianMeanSchema.nullable(),
  /** Eligible posts that show at least one of likes, comments, shares. */
  postsUsed: z.int().min(0),
  /** Of those, the ones with views > 0 (they enter byViews). */
  postsUsedByViews: z.int().min(0),
  /** Ids of the posts that entered byFollowers, newest first. */
  postIds: z.array(PostId).max(12),
  medianInteractions: Rate.nullable(),
  reasons: z.object({ byFollowers: Reason.nullable(), byViews: Reason.nullable() }),
  formulas: z.object({ byFollowers: Formula, byViews: Formula }),
});
export type Engagement = z.infer<typeof EngagementSchema>;

export const CadenceSchema = z.object({
  postsPerWeek: Rate,
  medianGapDays: Rate,
  daysSinceLastPost: Rate,
  /** Coefficient of variation of the gaps between posts (0 = like clockwork); null with fewer than 2 gaps. */
  regularity: Rate.nullable(),
  datedPosts: z.int().min(2),
  /** Posts from the newest to the oldest dated one, inclusive: the dated ones and the undated ones between them. */
  postsInSpan: z.int().min(2),
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
  bracket: z.string().max(40),
  tier: TierSchema.nullable(),
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
  value: Rate.nullable(),
  /** What the source's table measures, in words: the statistic `value` is. */
  statistic: z.string().max(300),
  /** Posts `value` was computed from. */
  postsUsed: z.int().min(0),
  /** Why `value` is null. */
  valueReason: Reason.nullable(),
  /** Vetted's own figure on the same basis, for comparison: the median of per-post rates over the eligible posts. */
  perPostMedian: Rate.nullable(),
  position: BenchmarkPositionSchema.nullable(),
  source: z.string().max(200),
  sourceUrl: z.string().max(CAPS.url),
});
export type Benchmark = z.infer<typeof BenchmarkSchema>;

export const GrowthSummarySchema = z.object({
  /** Follower points after merging snapshots less than an hour apart, the current one included. */
  points: z.int().min(0),
  spanDays: Rate,
  /** Net followers gained per day between the first and last point; null with fewer than 2 points. */
  perDay: z.number().nullable(),
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
    posts: z.int().min(0),
    /** Eligible posts. */
    of: z.int().min(0),
    minimum: z.int().min(0),
    enough: z.boolean(),
    /** Shown beside the figure when it does not count: "too few posts (1 of 12)". */
    note: Reason.nullable(),
  }),
  cadence: z.object({
    datedPosts: z.int().min(0),
    minimum: z.int().min(0),
    enough: z.boolean(),
  }),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

export const MetricsSchema = z.object({
  followers: CountSchema,
  tier: TierSchema.nullable(),
  /** The up-to-12 posts the per-post metrics look at, newest first (undated ones after dated ones). */
  eligiblePostIds: z.array(PostId).max(12),
  engagement: EngagementSchema,
  /** views / followers per eligible post showing views. */
  viewRate: MedianMeanSchema.nullable(),
  /** Headline rate: median by views on TikTok and YouTube, median by followers on Instagram and X. */
  engagementRate: Rate.nullable(),
  engagementRateBasis: EngagementBasisSchema,
  medianViews: Rate.nullable(),
  medianLikes: Rate.nullable(),
  cadence: CadenceSchema.nullable(),
  /** Days since the newest unpinned dated post; known even when cadence is not (one dated post). */
  daysSinceLastPost: Rate.nullable(),
  sponsoredShare: Share.nullable(),
  benchmark: BenchmarkSchema.nullable(),
  growth: GrowthSummarySchema,
  evidence: EvidenceSchema,
  /** Why a null value above is null. */
  reasons: z.object({
    tier: Reason.nullable(),
    viewRate: Reason.nullable(),
    engagementRate: Reason.nullable(),
    cadence: Reason.nullable(),
    daysSinceLastPost: Reason.nullable(),
    sponsoredShare: Reason.nullable(),
    benchmark: Reason.nullable(),
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

export const SIGNAL_IDS = [
  'engagement-too-low',
  'engagement-too-high',
  'like-spread',
  'median-mean-gap',
  'comment-like-ratio',
  'follower-following-ratio',
  'mass-following',
  'few-posts-many-followers',
  'follower-growth-spike',
  'follower-drop',
  'generic-comments',
  'repeated-comments',
  'commenter-concentration',
  'creator-reply-rate',
  'account-age',
] as const;
export const SignalIdSchema = z.enum(SIGNAL_IDS);
/** The signals the authenticity score combines: how often the creator answers is shown with the comments, not scored. */
export const AUTHENTICITY_SIGNAL_IDS = SIGNAL_IDS.filter((id) => id !== 'creator-reply-rate');
export type SignalId = z.infer<typeof SignalIdSchema>;
export const SignalLevelSchema = z.enum(['ok', 'warn', 'risk', 'unknown']);
export type SignalLevel = z.infer<typeof SignalLevelSchema>;

export const SignalSchema = z.object({
  id: SignalIdSchema,
  level: SignalLevelSchema,
  /** The measured value (a fraction, a count or days, as the message says); null when unknown. */
  value: z.number().nullable(),
  /** The limit the value was held against; null when the signal has none or is unknown. */
  threshold: z.number().nullable(),
  message: Message,
});
export type Signal = z.infer<typeof SignalSchema>;

export const AuthenticitySchema = z.object({
  score: Score,
  signals: z.array(SignalSchema).max(SIGNAL_IDS.length),
  counts: z.object({ ok: z.int().min(0), warn: z.int().min(0), risk: z.int().min(0), unknown: z.int().min(0) }),
});
export type Authenticity = z.infer<typeof AuthenticitySchema>;

/**
 * What the creator's post pages added (lib/metrics/comment-quality.ts): posts whose counts came
 * from their own page, the comment sample behind the comment signals, and the one thing that
 * would let Vetted measure what it could not ("Open 3 more videos…").
 */
export const PostEvidenceSchema = z.object({
  postsFromPostPages: z.int().min(0).max(CAPS.posts),
  comments: z.object({
    sampled: z.int().min(0),
    posts: z.int().min(0),
    signals: z.array(SignalSchema).max(SIGNAL_IDS.length),
  }),
  nextStep: Message.nullable(),
});
export type PostEvidence = z.infer<typeof PostEvidenceSchema>;
export const NO_POST_EVIDENCE: PostEvidence = { postsFromPostPages: 0, comments: { sampled: 0, posts: 0, signals: [] }, nextStep: null };

export const SponsoredSchema = z.object({
  share: Share.nullable(),
  sponsoredPosts: z.int().min(0),
  /** Unpinned posts seen on the page (the share's denominator). */
  postsSeen: z.int().min(0),
  sponsoredPostIds: z.array(PostId).max(CAPS.posts),
  /** Lefty's acceptable saturation for the creator's tier. */
  norm: z.object({ low: Share, high: Share, source: z.string().max(CAPS.url) }).nullable(),
  position: z.enum(['below', 'within', 'above']).nullable(),
  /** Accounts @mentioned in sponsored posts, most frequent first. */
  brands: z.array(z.string().max(64)).max(CAPS.listItems),
  /** Posts that mention a competitor from the brief. */
  competitorMentions: z
    .array(z.object({ competitor: z.string().max(100), postIds: z.array(PostId).max(CAPS.posts) }))
    .max(CAPS.listItems),
  competitorPostIds: z.array(PostId).max(CAPS.posts),
  reason: Reason.nullable(),
});
export type Sponsored = z.infer<typeof SponsoredSchema>;

export const PriceSchema = z.object({
  currency: z.literal('USD'),
  format: PriceFormatSchema,
  /** Estimated fee range per post; null with `reason` when neither views nor followers are known. */
  low: Rate.nullable(),
  high: Rate.nullable(),
  expectedViews: Rate.nullable(),
  expectedViewsSource: z.enum(['median-views', 'followers-x-view-rate']).nullable(),
  /** The view rate used when views were not shown (a fraction of followers). */
  viewRate: Rate.nullable(),
  cpm: z.object({ low: Rate, high: Rate }),
  cpmSource: z.string().max(CAPS.url),
  medianInteractions: Rate.nullable(),
  /** Price ÷ median interactions per post. */
  costPerEngagement: z.object({ low: Rate, high: Rate }).nullable(),
  formula: Formula,
  costPerEngagementFormula: Formula,
  reason: Reason.nullable(),
});
export type Price = z.infer<typeof PriceSchema>;

export const HARD_LIMIT_IDS = ['platform', 'followers', 'excluded-keyword', 'days-since-last-post', 'sponsored-share'] as const;
export const HardLimitIdSchema = z.enum(HARD_LIMIT_IDS);
export type HardLimitId = z.infer<typeof HardLimitIdSchema>;

/**
 * measured: the input is known and meets its evidence minimum, and the criterion earns points;
 * not-measured: the brief sets it but the page does not show enough to judge it; not-set: the
 * brief leaves it out (no niche keywords, no budget, no follower range, weight 0). Only measured
 * criteria share the 100 points (README "No free points").
 */
export const CRITERION_STATUSES = ['measured', 'not-measured', 'not-set'] as const;
export const CriterionStatusSchema = z.enum(CRITERION_STATUSES);
export type CriterionStatus = z.infer<typeof CriterionStatusSchema>;

export const FitComponentSchema = z.object({
  criterion: FitCriterionSchema,
  status: CriterionStatusSchema,
  /** The brief's weight, as given. */
  weight: z.number().min(0),
  /** Points earned, an integer in [0, maxPoints]; all components' points sum to fit.score. */
  score: z.int().min(0).max(100),
  /** This criterion's share of 100 points among the measured ones; 0 unless measured. */
  maxPoints: z.int().min(0).max(100),
  reason: Reason,
});
export type FitComponent = z.infer<typeof FitComponentSchema>;

export { FIT_VERDICTS };
export const FitVerdictSchema = z.enum(FIT_VERDICTS);
export type FitVerdict = z.infer<typeof FitVerdictSchema>;


export const HardFailSchema = z.object({
  criterion: HardLimitIdSchema,
  reason: Reason,
  /** The failing limit in a few words, for the verdict line: "1.1M followers > 100k". */
  summary: z.string().min(1).max(FIT_SUMMARY_MAX),
});
export type HardFail = z.infer<typeof HardFailSchema>;

export const FitSchema = z.object({
  /** Sum of the measured criteria's points; null when no criterion could be measured. */
  score: Score.nullable(),
  verdict: FitVerdictSchema,
  /** The verdict in one line, headline first: "Outside brief · 1.1M followers > 100k", "Strong fit · 82". */
  summary: z.string().min(1).max(FIT_SUMMARY_MAX),
  /** Criteria measured, of those the brief sets. */
  measured: z.object({ criteria: z.int().min(0).max(7), of: z.int().min(0).max(7) }),
  /** Why the verdict is insufficient-evidence; null otherwise. */
  evidenceGap: Reason.nullable(),
  hardFails: z.array(HardFailSchema).max(HARD_LIMIT_IDS.length),
  components: z.array(FitComponentSchema).max(7),
});
export type Fit = z.infer<typeof FitSchema>;

export const PrecisionSchema = z.enum(['exact', 'rounded', 'mixed', 'unknown']);
export type Precision = z.infer<typeof PrecisionSchema>;

export const ConfidenceSchema = z.object({
  level: z.enum(['high', 'medium', 'low']),
  score: Score,
  reasons: z.array(Reason).max(20),
  postsUsed: z.int().min(0),
  /** Whether each count the metrics rest on was shown exactly, only rounded ("1.2M"), or not at all. */
  exactCounts: z.object({
    followers: PrecisionSchema,
    following: PrecisionSchema,
    postsCount: PrecisionSchema,
    likes: PrecisionSchema,
    comments: PrecisionSchema,
    shares: PrecisionSchema,
    views: PrecisionSchema,
  }),
  snapshotAgeHours: Rate,
});
export type Confidence = z.infer<typeof ConfidenceSchema>;

/** The background's answer to a snapshot, computed by lib/vetting/vet.ts (version 2: the verdict never louder than its evidence). */
export const VettingReportObjectSchema = z.object({
  version: z.literal(2),
  /** "<platform>:<handle>" */
  key: z.string().max(200),
  snapshot: SnapshotSchema,
  computedAt: Iso,
  briefId: z.string().min(1).max(64),
  briefName: z.string().min(1).max(120),
  metrics: MetricsSchema,
  authenticity: AuthenticitySchema,
  sponsored: SponsoredSchema,
  price: PriceSchema,
  fit: FitSchema,
  confidence: ConfidenceSchema,
  /** Reports stored before post pages were read carry none: they read as "nothing from post pages". */
  postEvidence: PostEvidenceSchema.default(NO_POST_EVIDENCE),
});

/** What every receiver parses: a stored version 1 report is first read as version 2 (report-upgrade.ts). */
export const VettingReportSchema = z.preprocess(upgradeStoredReport, VettingReportObjectSchema);
export type VettingReport = z.infer<typeof VettingReportObjectSchema>;
