import type { CampaignBrief, FitCriterion } from '../contracts/brief';
import type { Platform } from '../contracts/creator';
import type { Authenticity, Benchmark, Cadence, EngagementBasis, Evidence, Fit, Price, Sponsored } from '../contracts/report';
import { keywordMatchers } from '../metrics/keyword-match';
import {
  audienceSizeCredit,
  authenticityCredit,
  budgetCredit,
  cadenceCredit,
  engagementCredit,
  nicheCredit,
  sponsoredCredit,
  type CreatorTexts,
  type CriterionResult,
} from './fit-components';
import { composeFit } from './fit';
import { hardFails } from './hard-limits';

export interface FitInput {
  brief: CampaignBrief;
  platform: Platform;
  followers: number | null;
  /** Vetted's headline engagement (median of per-post rates) and why it is null. */
  engagementRate: number | null;
  engagementReason: string | null;
  engagementBasis: EngagementBasis;
  /** The band, its `value` computed the way its source computes the table. */
  benchmark: Benchmark | null;
  noBenchmarkReason: string | null;
  evidence: Evidence;
  /** Why no eligible post shows interactions, in a few words ("likes not shown on the channel page"). */
  noInteractionsShort: string;
  authenticity: Authenticity;
  cadence: Cadence | null;
  cadenceReason: string | null;
  daysSinceLastPost: number | null;
  newerUndatedPosts: number;
  texts: CreatorTexts;
  sponsored: Sponsored;
  price: Price;
}

/** Fit of one creator to one brief: points per measured criterion, hard limits, verdict and its line. */
export function scoreFit(input: FitInput): Fit {
  const { brief } = input;
  const results: Record<FitCriterion, CriterionResult> = {
    engagement: engagementCredit({
      platform: input.platform,
      minEngagement: brief.minEngagement,
      headline: input.engagementRate,
      headlineReason: input.engagementReason,
      basis: input.engagementBasis,
      benchmark: input.benchmark,
      noBenchmarkReason: input.noBenchmarkReason,
      enough: input.evidence.engagement.enough,
      posts: input.evidence.engagement.posts,
      of: input.evidence.engagement.of,
      sample: input.evidence.sample,
      noInteractionsShort: input.noInteractionsShort,
    }),
    authenticity: authenticityCredit(input.authenticity),
    cadence: cadenceCredit({ platform: input.platform, cadence: input.cadence, cadenceReason: input.cadenceReason, brief }),
    niche: nicheCredit(keywordMatchers(brief.nicheKeywords), input.texts),
    audienceSize: audienceSizeCredit(input.followers, brief.followers),
    sponsored: sponsoredCredit(input.sponsored, brief.maxSponsoredShare),
    budget: budgetCredit(brief.budgetPerPost, input.price),
  };
  const fails = hardFails({
    brief,
    platform: input.platform,
    followers: input.followers,
    excluded: keywordMatchers(brief.excludedKeywords),
    bio: input.texts.bio,
    captions: input.texts.captions,
    daysSinceLastPost: input.daysSinceLastPost,
    newerUndatedPosts: input.newerUndatedPosts,
    sponsoredShare: input.sponsored.share,
    sponsoredPostsSeen: input.sponsored.postsSeen,
  });
  return composeFit(brief.weights, results, fails);
}
