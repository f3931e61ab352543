import { z } from './zod-mini';
import { CAPS } from './caps';
import { CountSchema, PlatformSchema } from './creator';

/** Size tiers, smallest first. Where each starts is set by the brief's `tierBoundaries`. */
export const TIERS = ['nano', 'micro', 'mid', 'macro', 'mega'] as const;
export const TierSchema = z.enum(TIERS);
export type Tier = z.infer<typeof TierSchema>;

/** Follower count at which each tier above nano begins (inclusive). */
export const TierBoundariesSchema = z.object({
    micro: z.int().check(z.minimum(1), z.maximum(CAPS.count)),
    mid: z.int().check(z.minimum(1), z.maximum(CAPS.count)),
    macro: z.int().check(z.minimum(1), z.maximum(CAPS.count)),
    mega: z.int().check(z.minimum(1), z.maximum(CAPS.count)),
  }).check(z.refine((b) => b.micro < b.mid && b.mid < b.macro && b.macro < b.mega, 'tier boundaries must rise: micro < mid < macro < mega'));
export type TierBoundaries = z.infer<typeof TierBoundariesSchema>;

/** What a price is estimated for: one post in the platform's usual format. */
export const PRICE_FORMATS = ['instagram-feed', 'instagram-reel', 'tiktok-video', 'youtube-video', 'x-post'] as const;
export const PriceFormatSchema = z.enum(PRICE_FORMATS);
export type PriceFormat = z.infer<typeof PriceFormatSchema>;

/** US dollars per 1,000 views. */
export const CpmRangeSchema = z.object({ low: z.number().check(z.minimum(0), z.maximum(10_000)), high: z.number().check(z.minimum(0), z.maximum(10_000)) }).check(z.refine((r) => r.low <= r.high, 'cpm: low must not exceed high'));
export type CpmRange = z.infer<typeof CpmRangeSchema>;

/** The fit criteria, in the order the overlay lists them. */
export const FIT_CRITERIA = ['engagement', 'authenticity', 'cadence', 'niche', 'audienceSize', 'sponsored', 'budget'] as const;
export const FitCriterionSchema = z.enum(FIT_CRITERIA);
export type FitCriterion = z.infer<typeof FitCriterionSchema>;

const WeightSchema = z.number().check(z.minimum(0), z.maximum(100));
/** Relative weights: only their proportions matter; they are scaled so that the points sum to 100. */
export const FitWeightsSchema = z.object({
    engagement: WeightSchema,
    authenticity: WeightSchema,
    cadence: WeightSchema,
    niche: WeightSchema,
    audienceSize: WeightSchema,
    sponsored: WeightSchema,
    budget: WeightSchema,
  }).check(z.refine((w) => FIT_CRITERIA.some((c) => w[c] > 0), 'at least one weight must be above 0'));
export type FitWeights = z.infer<typeof FitWeightsSchema>;

/** An absolute minimum (a fraction: 0.02 is 2 %) or "at least the average band for the creator's size". */
export const MinEngagementSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('absolute'), value: z.number().check(z.minimum(0), z.maximum(1)) }),
  z.object({ kind: z.literal('tier-average') }),
]);
export type MinEngagement = z.infer<typeof MinEngagementSchema>;

const KeywordListSchema = z.array(z.string().check(z.trim(), z.minLength(1), z.maxLength(100))).check(z.maxLength(CAPS.listItems));

const UrlSchema = z.string().check(z.maxLength(CAPS.url), z.refine((s) => /^https?:\/\/[^\s]+$/i.test(s), 'an http(s) URL'));

export const CampaignBriefSchema = z.object({
  version: z.literal(1),
  id: z.string().check(z.minLength(1), z.maxLength(64)),
  name: z.string().check(z.minLength(1), z.maxLength(120)),
  platforms: z.array(PlatformSchema).check(z.minLength(1), z.maxLength(4)),
  /** Inclusive follower range; null leaves that end open. */
  followers: z.object({ min: CountSchema, max: CountSchema }).check(z.refine((f) => f.min === null || f.max === null || f.min <= f.max, 'followers: min must not exceed max')),
  minEngagement: MinEngagementSchema,
  minPostsPerWeek: z.nullable(z.number().check(z.minimum(0), z.maximum(100))),
  maxDaysSinceLastPost: z.nullable(z.number().check(z.minimum(0), z.maximum(3650))),
  nicheKeywords: KeywordListSchema,
  excludedKeywords: KeywordListSchema,
  /** Competitor handles ("@brand") or names ("Brand Co"), matched case-insensitively on word boundaries. */
  competitors: KeywordListSchema,
  /** Fraction of unpinned posts that may be sponsored (0.3 is 30 %); null for no limit. */
  maxSponsoredShare: z.nullable(z.number().check(z.minimum(0), z.maximum(1))),
  /** US dollars per post; null when the brief sets no budget. */
  budgetPerPost: z.nullable(z.number().check(z.minimum(0), z.maximum(1_000_000_000))),
  /** Where campaign links point (UTM links are built from it later). */
  landingPage: z.nullable(UrlSchema),
  tierBoundaries: TierBoundariesSchema,
  /** CPM overrides per format (USD per 1,000 views); missing formats use the defaults in lib/metrics/price.ts. */
  cpm: z.optional(z.partialRecord(PriceFormatSchema, CpmRangeSchema)),
  /** Expected views per post as a fraction of followers, per format; used only when a post's views are not shown. */
  viewRates: z.optional(z.partialRecord(PriceFormatSchema, z.number().check(z.minimum(0), z.maximum(10)))),
  weights: FitWeightsSchema,
  createdAt: z.iso.datetime({ offset: true }),
  updatedAt: z.iso.datetime({ offset: true }),
});
export type CampaignBrief = z.infer<typeof CampaignBriefSchema>;
