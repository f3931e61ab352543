import type { CampaignBrief } from '../contracts/brief';
import { DEFAULT_TIER_BOUNDARIES } from '../metrics/tier';

/**
 * The brief used until the user writes one: micro-influencers (3k–100k followers) on every
 * platform, at least the average engagement for their size, active in the last 30 days, with
 * at most 30 % sponsored posts (Imagency's best-practice ceiling, methodology §3.5).
 * Dates are fixed so the default is the same everywhere (nothing in lib/ reads the clock).
 */
export const DEFAULT_BRIEF: CampaignBrief = {
  version: 1,
  id: 'default-micro',
  name: 'Micro-influencers (3k–100k)',
  platforms: ['instagram', 'tiktok', 'youtube', 'x'],
  followers: { min: 3_000, max: 100_000 },
  minEngagement: { kind: 'tier-average' },
  minPostsPerWeek: 1,
  maxDaysSinceLastPost: 30,
  nicheKeywords: [],
  excludedKeywords: [],
  competitors: [],
  maxSponsoredShare: 0.3,
  budgetPerPost: null,
  landingPage: null,
  tierBoundaries: DEFAULT_TIER_BOUNDARIES,
  weights: { engagement: 30, authenticity: 25, cadence: 15, niche: 10, audienceSize: 5, sponsored: 10, budget: 5 },
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
};
