import { describe, expect, it } from 'vitest';
import { CampaignBriefSchema } from '../../../lib/contracts/report';
import { DEFAULT_BRIEF } from '../../../lib/scoring/default-brief';

describe('DEFAULT_BRIEF', () => {
  it('is a valid brief for micro-influencers with id default-micro', () => {
    expect(CampaignBriefSchema.parse(DEFAULT_BRIEF)).toEqual(DEFAULT_BRIEF);
    expect(DEFAULT_BRIEF.id).toBe('default-micro');
    expect(DEFAULT_BRIEF.followers).toEqual({ min: 3_000, max: 100_000 });
  });

  it('rejects briefs that make no sense', () => {
    expect(CampaignBriefSchema.safeParse({ ...DEFAULT_BRIEF, followers: { min: 5_000, max: 1_000 } }).success).toBe(false);
    expect(CampaignBriefSchema.safeParse({ ...DEFAULT_BRIEF, tierBoundaries: { micro: 10, mid: 5, macro: 50, mega: 60 } }).success).toBe(false);
    const zero = { engagement: 0, authenticity: 0, cadence: 0, niche: 0, audienceSize: 0, sponsored: 0, budget: 0 };
    expect(CampaignBriefSchema.safeParse({ ...DEFAULT_BRIEF, weights: zero }).success).toBe(false);
    expect(CampaignBriefSchema.safeParse({ ...DEFAULT_BRIEF, landingPage: 'javascript:alert(1)' }).success).toBe(false);
    expect(CampaignBriefSchema.safeParse({ ...DEFAULT_BRIEF, minEngagement: { kind: 'absolute', value: 3.4 } }).success).toBe(false); // fractions, not percent
    expect(CampaignBriefSchema.safeParse({ ...DEFAULT_BRIEF, cpm: { 'tiktok-video': { low: 20, high: 10 } } }).success).toBe(false);
  });

  it('accepts the optional overrides', () => {
    const brief = { ...DEFAULT_BRIEF, cpm: { 'x-post': { low: 1, high: 4 } }, viewRates: { 'instagram-reel': 0.5 }, landingPage: 'https://shop.example/spring' };
    expect(CampaignBriefSchema.parse(brief)).toEqual(brief);
  });
});
