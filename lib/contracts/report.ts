import { z } from './zod-mini';
import { FIT_SUMMARY_MAX } from './caps';
import { SnapshotSchema } from './creator';
import { AuthenticitySchema, NO_POST_EVIDENCE, PostEvidenceSchema, SponsoredSchema } from './report-authenticity';
import { Iso } from './report-fields';
import { ConfidenceSchema, FitSchema, PriceSchema } from './report-fit';
import { MetricsSchema } from './report-metrics';
import { upgradeStoredReport } from './report-upgrade';

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

// The report's parts, each in its own module; importers take them all from here.
export * from './report-metrics';
export * from './report-authenticity';
export * from './report-fit';

/** The background's answer to a snapshot, computed by lib/vetting/vet.ts (version 2: the verdict never louder than its evidence). */
export const VettingReportObjectSchema = z.object({
  version: z.literal(2),
  /** "<platform>:<handle>" */
  key: z.string().check(z.maxLength(200)),
  snapshot: SnapshotSchema,
  computedAt: Iso,
  briefId: z.string().check(z.minLength(1), z.maxLength(64)),
  briefName: z.string().check(z.minLength(1), z.maxLength(120)),
  metrics: MetricsSchema,
  authenticity: AuthenticitySchema,
  sponsored: SponsoredSchema,
  price: PriceSchema,
  fit: FitSchema,
  confidence: ConfidenceSchema,
  /** Reports stored before post pages were read carry none: they read as "nothing from post pages". */
  postEvidence: z._default(PostEvidenceSchema, NO_POST_EVIDENCE),
});

/** What every receiver parses: a stored version 1 report is first read as version 2 (report-upgrade.ts). */
export const VettingReportSchema = z.pipe(z.transform(upgradeStoredReport), VettingReportObjectSchema);
export type VettingReport = z.infer<typeof VettingReportObjectSchema>;
