import { z } from 'zod';
import { CAPS } from './caps';
import { CountSchema, PlatformSchema } from './creator';

/** Size tiers, smallest first. Where each starts is set by the brief's `tierBoundaries`. */
export const TIERS = ['nano', 'micro', 'mid', 'macro', 'mega'] as const;
export const TierSchema = z.enum(TIERS);
export type Tier = z.infer<typeof TierSchema>;

/** Follower count at which each tier above nano begins (inclusive). */
export const TierBoundariesSchema = z
  .object({
    micro: z.int().min(1).max(CAPS.count),
    mid: z.int().min(1).max(CAPS.count),
    macro: z.int().min(1).max(CAPS.count),
    mega: z.int().min(1).max(CAPS.count),
  })
  .refine((b) => b.micro < b.mid && b.mid < b.macro && b.macro < b.mega, 'tier boundaries must rise: micro < mid < macro < mega');
export type TierBoundaries = z.infer<typeof TierBoundariesSchema>;

/** What a price is estimated for: one post in the platform's usual format. */
export const PRICE_FORMATS = ['instagram-feed', 'instagram-reel', 'tiktok-video', 'youtube-video', 'x-post'] as const;
export const PriceFormatSchema = z.enum(PRICE_FORMATS);
export type PriceFormat = z.infer<typeof PriceFormatSchema>;

/** US dollars per 1,000 views. */
export const CpmRangeSchema = z
  .object({ low: z.number().min(0).max(10_000), high: z.number().min(0).max(10_000) })
  .refine((r) => r.low <= r.high, 'cpm: low must not exceed high');
export type CpmRange = z.infer<typeof CpmRangeSchema>;

/** The fit criteria, in the order the overlay lists them. */
export const FIT_CRITERIA = ['engagement', 'authenticity', 'cadence', 'niche', 'audienceSize', 'sponsored', 'budget'] as const;
export const FitCriterionSchema = z.enum(FIT_CRITERIA);
export type FitCriterion = z.infer<typeof FitCriterionSchema>;

const WeightSchema = z.number().min(0).max(100);
/** Relative weights: only their proportions matter; they are scaled so that the points sum to 100. */
export const FitWeightsSchema = z
  .object({
    engagement: WeightSchema,
    authenticity: WeightSchema,
    cadence: WeightSchema,
    niche: WeightSchema,
    audienceSize: WeightSchema,
    sponsored: WeightSchema,
    budget: WeightSchema,
  })
  .refine((w) => FIT_CRITERIA.some((c) => w[c] > 0), 'at least one weight must be above 0');
export type FitWeights = z.infer<typeof FitWeightsSchema>;

/** An absolute minimum (a fraction: 0.02 is 2 %) or "at least the average band for the creator's size". */
export const MinEngagementSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('absolute'), value: z.number().min(0).max(1) }),
  z.object({ kind: z.literal('tier-average') }),
]);
export type MinEngagement = z.infer<typeof MinEngagementSchema>;

const KeywordListSchema = z.array(z.string().trim().min(1).max(100)).max(CAPS.listItems);

const UrlSchema = z
  .string()
  .max(CAPS.url)
  .refine((s) => /^https?:\/\/[^\s]+$/i.test(s), 'an http(s) URL');

export const CampaignBriefSchema = z.object({
  version: z.literal(1),
  id: z.string().min(1).max(64),
  name: z.string().min(1).max(120),
  platforms: z.array(PlatformSchema).min(1).max(4),
  /** Inclusive follower range; null leaves that end open. */
  followers: z
    .object({ min: CountSchema, max: CountSchema })
    .refine((f) => f.min === null || f.max === null || f.min <= f.max, 'followers: min must not exceed max'),
  minEngagement: MinEngagementSchema,
  minPostsPerWeek: z.number().min(0).max(100).nullable(),
  maxDaysSinceLastPost: z.number().min(0).max(3650).nullable(),
  nicheKeywords: KeywordListSchema,
  excludedKeywords: KeywordListSchema,
  /** Competitor handles ("@brand") or names ("Brand Co"), matched case-insensitively on word boundaries. */
  competitors: KeywordListSchema,
  /** Fraction of unpinned posts that may be sponsored (0.3 is 30 %); null for no limit. */
  maxSponsoredShare: z.number().min(0).max(1).nullable(),
  /** US dollars per post; null when the brief sets no budget. */
  budgetPerPost: z.number().min(0).max(1_000_000_000).nullable(),
  /** Where campaign links point (UTM links are built from it later). */
  landingPage: UrlSchema.nullable(),
  tierBoundaries: TierBoundariesSchema,
  /** CPM overrides per format (USD per 1,000 views); missing formats use the defaults in lib/metrics/price.ts. */
  cpm: z.partialRecord(PriceFormatSchema, CpmRangeSchema).optional(),
  /** Expected views per post as a fraction of followers, per format; used only when a post's views are not shown. */
  viewRates: z.partialRecord(PriceFormatSchema, z.number().min(0).max(10)).optional(),
  weights: FitWeightsSchema,
  createdAt: z.iso.datetime({ offset: true }),
  updatedAt: z.iso.datetime({ offset: true }),
});
export type CampaignBrief = z.infer<typeof CampaignBriefSchema>;
