import { z } from './zod-mini';
import { CAPS, FIT_SUMMARY_MAX } from './caps';
import { FitCriterionSchema, PriceFormatSchema } from './brief';
import { FIT_VERDICTS } from './vocabulary';
import { Reason, Formula, Rate, Score } from './report-fields';

// The report's price estimate, its fit against the brief (hard limits, criteria, verdict) and how far to trust it.

export const PriceSchema = z.object({
  currency: z.literal('USD'),
  format: PriceFormatSchema,
  /** Estimated fee range per post; null with `reason` when neither views nor followers are known. */
  low: z.nullable(Rate),
  high: z.nullable(Rate),
  expectedViews: z.nullable(Rate),
  expectedViewsSource: z.nullable(z.enum(['median-views', 'followers-x-view-rate'])),
  /** The view rate used when views were not shown (a fraction of followers). */
  viewRate: z.nullable(Rate),
  cpm: z.object({ low: Rate, high: Rate }),
  cpmSource: z.string().check(z.maxLength(CAPS.url)),
  medianInteractions: z.nullable(Rate),
  /** Price ÷ median interactions per post. */
  costPerEngagement: z.nullable(z.object({ low: Rate, high: Rate })),
  formula: Formula,
  costPerEngagementFormula: Formula,
  reason: z.nullable(Reason),
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
  weight: z.number().check(z.minimum(0)),
  /** Points earned, an integer in [0, maxPoints]; all components' points sum to fit.score. */
  score: z.int().check(z.minimum(0), z.maximum(100)),
  /** This criterion's share of 100 points among the measured ones; 0 unless measured. */
  maxPoints: z.int().check(z.minimum(0), z.maximum(100)),
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
  summary: z.string().check(z.minLength(1), z.maxLength(FIT_SUMMARY_MAX)),
});
export type HardFail = z.infer<typeof HardFailSchema>;

export const FitSchema = z.object({
  /** Sum of the measured criteria's points; null when no criterion could be measured. */
  score: z.nullable(Score),
  verdict: FitVerdictSchema,
  /** The verdict in one line, headline first: "Outside brief · 1.1M followers > 100k", "Strong fit · 82". */
  summary: z.string().check(z.minLength(1), z.maxLength(FIT_SUMMARY_MAX)),
  /** Criteria measured, of those the brief sets. */
  measured: z.object({ criteria: z.int().check(z.minimum(0), z.maximum(7)), of: z.int().check(z.minimum(0), z.maximum(7)) }),
  /** Why the verdict is insufficient-evidence; null otherwise. */
  evidenceGap: z.nullable(Reason),
  hardFails: z.array(HardFailSchema).check(z.maxLength(HARD_LIMIT_IDS.length)),
  components: z.array(FitComponentSchema).check(z.maxLength(7)),
});
export type Fit = z.infer<typeof FitSchema>;

export const PrecisionSchema = z.enum(['exact', 'rounded', 'mixed', 'unknown']);
export type Precision = z.infer<typeof PrecisionSchema>;

export const ConfidenceSchema = z.object({
  level: z.enum(['high', 'medium', 'low']),
  score: Score,
  reasons: z.array(Reason).check(z.maxLength(20)),
  postsUsed: z.int().check(z.minimum(0)),
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
