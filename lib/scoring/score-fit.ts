import type { CampaignBrief, FitCriterion } from '../contracts/brief';
import type { Platform } from '../contracts/creator';
import type { Authenticity, Benchmark, Cadence, EngagementBasis, Fit, Price, Sponsored } from '../contracts/report';
import { keywordMatchers } from '../metrics/keyword-match';
import {
  audienceSizeCredit,
  authenticityCredit,
  budgetCredit,
  cadenceCredit,
  engagementCredit,
  nicheCredit,
  sponsoredCredit,
  type Credit,
  type CreatorTexts,
} from './fit-components';
import { composeFit } from './fit';
import { hardFails } from './hard-limits';

export interface FitInput {
  brief: CampaignBrief;
  platform: Platform;
  followers: number | null;
  /** The creator's median engagement on `engagementBasis` (the benchmark's basis when there is one). */
  engagement: number | null;
  engagementReason: string | null;
  engagementBasis: EngagementBasis;
  benchmark: Benchmark | null;
  noBenchmarkReason: string | null;
  authenticity: Authenticity;
  cadence: Cadence | null;
  cadenceReason: string | null;
  daysSinceLastPost: number | null;
  texts: CreatorTexts;
  sponsored: Sponsored;
  price: Price;
}

/** Fit of one creator to one brief: points per criterion, hard limits, verdict. */
export function scoreFit(input: FitInput): Fit {
  const { brief } = input;
  const credits: Record<FitCriterion, Credit> = {
    engagement: engagementCredit({
      platform: input.platform,
      minEngagement: brief.minEngagement,
      value: input.engagement,
      valueReason: input.engagementReason,
      basis: input.engagementBasis,
      benchmark: input.benchmark,
      noBenchmarkReason: input.noBenchmarkReason,
    }),
    authenticity: authenticityCredit(input.authenticity),
    cadence: cadenceCredit({
      platform: input.platform,
      cadence: input.cadence,
      cadenceReason: input.cadenceReason,
      daysSinceLastPost: input.daysSinceLastPost,
      brief,
    }),
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
    sponsoredShare: input.sponsored.share,
  });
  return composeFit(brief.weights, credits, fails);
}
