import { describe, expect, test } from 'vitest';
import { CampaignBriefSchema } from '../../../lib/contracts/brief';
import { DEFAULT_BRIEF } from '../../../lib/scoring/default-brief';
import { briefToDraft, COUNT_HELP, draftToBrief, duplicateBrief, newBrief } from '../../../lib/shortlist-view/brief-draft';
import { makeBrief, NOW } from '../shortlist/factory';

describe('brief draft', () => {
  test('brief → draft → brief gives the same brief (only updatedAt moves)', () => {
    const brief = makeBrief({ minEngagement: { kind: 'absolute', value: 0.025 }, maxSponsoredShare: 0.07, nicheKeywords: ['vegan', 'recipes'], budgetPerPost: 500 });
    const result = draftToBrief(briefToDraft(brief), NOW);
    expect(result).toEqual({ ok: true, brief: { ...brief, updatedAt: NOW.toISOString() } });
  });
  test('percent fields are shown as per cent and stored as fractions', () => {
    const draft = briefToDraft(makeBrief({ minEngagement: { kind: 'absolute', value: 0.07 }, maxSponsoredShare: 0.3 }));
    expect(draft.minEngagementPercent).toBe('7');
    expect(draft.maxSponsoredPercent).toBe('30');
    const result = draftToBrief({ ...draft, maxSponsoredPercent: '12.5%', followersMin: '10,000' }, NOW);
    expect(result.ok && result.brief.maxSponsoredShare).toBe(0.125);
    expect(result.ok && result.brief.followers.min).toBe(10_000);
  });
  test('counts are read as the pages write them (the readers\' parseCount): 100k, 1.5M, 10 000, 10,000', () => {
    const draft = briefToDraft(DEFAULT_BRIEF);
    const read = (followersMax: string) => {
      const result = draftToBrief({ ...draft, followersMin: '1', followersMax }, NOW);
      return result.ok ? result.brief.followers.max : result.errors.followersMax;
    };
    expect(read('100k')).toBe(100_000);
    expect(read('1.5M')).toBe(1_500_000);
    expect(read('10 000')).toBe(10_000);
    expect(read('10,000')).toBe(10_000);
    expect(read('10\u00a0000')).toBe(10_000);
    expect(read(' 250000 ')).toBe(250_000);
    const tiers = draftToBrief({ ...draft, tierMicro: '10k', tierMid: '100K', tierMacro: '500 000', tierMega: '1M' }, NOW);
    expect(tiers.ok && tiers.brief.tierBoundaries).toEqual({ micro: 10_000, mid: 100_000, macro: 500_000, mega: 1_000_000 });
    // Anything else is refused with the accepted forms spelled out, never read as a smaller number.
    for (const bad of ['12 apples', 'lots', '1.5', '-5', '10k followers', '1e5']) expect(read(bad), bad).toBe(COUNT_HELP);
    expect(COUNT_HELP).toMatch(/100k.*1\.5M/);
  });
  test('empty optional fields mean "no limit"', () => {
    const draft = briefToDraft(DEFAULT_BRIEF);
    const result = draftToBrief({ ...draft, followersMax: '', minPostsPerWeek: ' ', maxSponsoredPercent: '', landingPage: '' }, NOW);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.brief).toMatchObject({ followers: { max: null }, minPostsPerWeek: null, maxSponsoredShare: null, landingPage: null });
  });
  test('every problem is reported on its own field, at once', () => {
    const draft = briefToDraft(DEFAULT_BRIEF);
    const result = draftToBrief(
      {
        ...draft,
        name: '  ',
        platforms: [],
        followersMin: 'lots',
        minPostsPerWeek: '-1',
        landingPage: 'shop.example.com',
        tierMid: '5000',
        weights: { engagement: '0', authenticity: '0', cadence: '0', niche: '0', audienceSize: '0', sponsored: '0', budget: '' },
      },
      NOW,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.errors).sort()).toEqual(['followersMin', 'landingPage', 'minPostsPerWeek', 'name', 'platforms', 'tierBoundaries', 'weights', 'weights.budget'].sort());
    expect(result.errors.followersMin).toBe(COUNT_HELP);
    // In the editor's words, not zod's.
    expect(result.errors.name).toBe('required');
    expect(result.errors.platforms).toBe('choose at least one');
    expect(result.errors.minPostsPerWeek).toBe('must be at least 0');
    expect(result.errors['weights.budget']).toBe('required');
    expect(result.errors.tierBoundaries).toMatch(/must rise/);
    expect(result.errors.landingPage).toMatch(/URL/);
  });
  test('cross-field rules land on their group: followers min above max; all weights zero', () => {
    const draft = briefToDraft(DEFAULT_BRIEF);
    const followers = draftToBrief({ ...draft, followersMin: '50000', followersMax: '1000' }, NOW);
    expect(!followers.ok && followers.errors.followers).toMatch(/min must not exceed max/);
    const zero = Object.fromEntries(Object.keys(draft.weights).map((k) => [k, '0'])) as typeof draft.weights;
    const weights = draftToBrief({ ...draft, weights: zero }, NOW);
    expect(!weights.ok && weights.errors.weights).toMatch(/at least one weight/);
  });
  test('new briefs start from the default with a new id; duplicates copy everything but id, name and dates', () => {
    const fresh = newBrief('brief-1', NOW);
    expect(CampaignBriefSchema.parse(fresh)).toEqual({ ...DEFAULT_BRIEF, id: 'brief-1', name: 'New brief', createdAt: NOW.toISOString(), updatedAt: NOW.toISOString() });
    const original = makeBrief();
    const copy = duplicateBrief(original, 'brief-2', NOW);
    expect(copy).toEqual({ ...original, id: 'brief-2', name: 'Summer Glow 2026 (copy)', createdAt: NOW.toISOString(), updatedAt: NOW.toISOString() });
    expect(duplicateBrief({ ...original, name: 'n'.repeat(120) }, 'b', NOW).name).toHaveLength(120);
  });
});
