import { describe, expect, it } from 'vitest';
import type { Sponsored, Price } from '../../../lib/contracts/report';
import { benchmarkFor } from '../../../lib/metrics/benchmarks';
import { keywordMatchers } from '../../../lib/metrics/keyword-match';
import { allocatePoints, composeFit, verdictFor } from '../../../lib/scoring/fit';
import {
  audienceSizeCredit,
  budgetCredit,
  cadenceCredit,
  engagementCredit,
  nicheCredit,
  sponsoredCredit,
  UNKNOWN_CREDIT,
} from '../../../lib/scoring/fit-components';
import { DEFAULT_BRIEF } from '../../../lib/scoring/default-brief';

const band = benchmarkFor('instagram', 20_000)!.band; // 0.39 / 0.84–1.11 / 2.61 %
const igMicro = {
  platform: 'instagram' as const,
  bracket: band.label,
  tier: 'micro' as const,
  basis: 'followers' as const,
  low: band.low,
  averageLow: band.averageLow,
  averageHigh: band.averageHigh,
  high: band.high,
  value: null,
  position: null,
  source: 'Modash',
  sourceUrl: 'https://modash.io',
};

describe('allocatePoints', () => {
  it('keeps the default weights (they already sum to 100)', () => {
    expect(allocatePoints(DEFAULT_BRIEF.weights)).toEqual(DEFAULT_BRIEF.weights);
  });
  it('splits uneven thirds by largest remainder, first criterion first', () => {
    // 100/3 = 33.33 each → 33 + 33 + 33 = 99; the spare point goes to engagement
    const w = { engagement: 1, authenticity: 1, cadence: 1, niche: 0, audienceSize: 0, sponsored: 0, budget: 0 };
    expect(allocatePoints(w)).toEqual({ engagement: 34, authenticity: 33, cadence: 33, niche: 0, audienceSize: 0, sponsored: 0, budget: 0 });
  });
  it('gives 14 or 15 points each for seven equal weights', () => {
    // 100/7 = 14.29 → 7 × 14 = 98; two spare points to the first two
    const p = allocatePoints({ engagement: 2, authenticity: 2, cadence: 2, niche: 2, audienceSize: 2, sponsored: 2, budget: 2 });
    expect(Object.values(p)).toEqual([15, 15, 14, 14, 14, 14, 14]);
  });
});

describe('engagementCredit', () => {
  const input = { platform: 'instagram' as const, valueReason: null, basis: 'followers' as const, noBenchmarkReason: null };
  it.each([
    [0, 0],
    [0.0039, 0.25], // at the Low cutoff
    [0.0084, 0.6], // bottom of Average
    [0.00975, 0.725], // half-way through Average (0.84–1.11 %): 0.6 + 0.5 × 0.25
    [0.0111, 0.85],
    [0.0261, 1],
    [0.05, 1],
  ])('tier average: %f → %f', (value, credit) => {
    expect(engagementCredit({ ...input, minEngagement: { kind: 'tier-average' }, value, benchmark: igMicro }).credit).toBeCloseTo(credit, 9);
  });
  it.each([
    [0.01, 0.3], // half the 2 % minimum: 0.6 × 0.5
    [0.02, 0.6],
    [0.03, 0.8], // 0.6 + 0.4 × 0.5
    [0.05, 1],
  ])('absolute 2 %%: %f → %f', (value, credit) => {
    expect(engagementCredit({ ...input, minEngagement: { kind: 'absolute', value: 0.02 }, value, benchmark: null }).credit).toBeCloseTo(credit, 9);
  });
  it('reads like the overlay line', () => {
    const c = engagementCredit({ ...input, minEngagement: { kind: 'tier-average' }, value: 0.041, benchmark: igMicro });
    expect(c.reason).toBe('engagement 4.1% by followers vs Instagram micro average 0.84–1.11% (10k–50k followers)');
  });
  it('gives partial credit when engagement or the benchmark is unknown', () => {
    const unknown = engagementCredit({ ...input, minEngagement: { kind: 'tier-average' }, value: null, valueReason: 'followers unknown', benchmark: igMicro });
    expect(unknown.credit).toBe(UNKNOWN_CREDIT);
    expect(unknown.reason).toContain('followers unknown');
    const x = engagementCredit({ ...input, platform: 'x', minEngagement: { kind: 'tier-average' }, value: 0.01, benchmark: null, noBenchmarkReason: 'no X table' });
    expect(x.credit).toBe(UNKNOWN_CREDIT);
    expect(x.reason).toContain('set an absolute minimum');
  });
});

describe('cadenceCredit', () => {
  const cadence = { postsPerWeek: 1.5, medianGapDays: 5, daysSinceLastPost: 3, regularity: 0.4, datedPosts: 4, spanDays: 14 };
  const brief = { minPostsPerWeek: null, maxDaysSinceLastPost: null };
  it('weighs frequency 70 % and recency 30 %', () => {
    // Instagram norm 2/week: 1.5 / 2 = 0.75 → 0.7 × 0.75 + 0.3 × 1 (3 days ≤ 7) = 0.825
    expect(cadenceCredit({ platform: 'instagram', cadence, cadenceReason: null, daysSinceLastPost: 3, brief }).credit).toBeCloseTo(0.825, 12);
    // 48.5 days with the 90-day default: recency 1 − (48.5 − 7) / 83 = 0.5 → 0.525 + 0.15 = 0.675
    expect(cadenceCredit({ platform: 'instagram', cadence, cadenceReason: null, daysSinceLastPost: 48.5, brief }).credit).toBeCloseTo(0.675, 12);
    // The brief's own target: 3/week → 0.5 frequency; limit 30 days passed → no recency: 0.35
    expect(
      cadenceCredit({ platform: 'instagram', cadence, cadenceReason: null, daysSinceLastPost: 31, brief: { minPostsPerWeek: 3, maxDaysSinceLastPost: 30 } }).credit,
    ).toBeCloseTo(0.35, 12);
  });
  it('gives partial credit without a posting rate', () => {
    // 0.7 × 0.3 + 0.3 × 1 = 0.51
    expect(cadenceCredit({ platform: 'tiktok', cadence: null, cadenceReason: 'one post', daysSinceLastPost: 2, brief }).credit).toBeCloseTo(0.51, 12);
    expect(cadenceCredit({ platform: 'tiktok', cadence: null, cadenceReason: 'none', daysSinceLastPost: null, brief }).credit).toBeCloseTo(UNKNOWN_CREDIT, 12);
  });
});

describe('nicheCredit', () => {
  const texts = { bio: 'Yoga teacher', displayName: 'Ana', category: null, captions: ['#vegan recipes', 'sunday'] };
  it('earns all points at three matched keywords', () => {
    // 2 matched of min(4, 3) = 3 needed → 2/3
    expect(nicheCredit(keywordMatchers(['yoga', 'vegan', 'travel', 'fitness']), texts).credit).toBeCloseTo(2 / 3, 12);
    // 1 keyword in the brief, matched → 1/1
    expect(nicheCredit(keywordMatchers(['yoga']), texts).credit).toBe(1);
    expect(nicheCredit(keywordMatchers(['golf']), texts).credit).toBe(0);
  });
  it('gives full points without keywords and partial ones without text', () => {
    expect(nicheCredit([], texts).credit).toBe(1);
    expect(nicheCredit(keywordMatchers(['yoga']), { bio: '', displayName: 'Ana', category: null, captions: [] }).credit).toBe(UNKNOWN_CREDIT);
  });
});

describe('audienceSizeCredit', () => {
  it.each([
    [20_000, 1],
    [3_000, 1], // inclusive
    [2_999, 0],
    [null, UNKNOWN_CREDIT],
  ])('%s followers → %f', (followers, credit) => {
    expect(audienceSizeCredit(followers, { min: 3_000, max: 100_000 }).credit).toBe(credit);
  });
});

describe('sponsoredCredit', () => {
  const base: Sponsored = {
    share: 0.1,
    sponsoredPosts: 1,
    postsSeen: 10,
    sponsoredPostIds: [],
    norm: { low: 0.05, high: 0.15, source: 'lefty' },
    position: 'within',
    brands: [],
    competitorMentions: [],
    competitorPostIds: [],
    reason: null,
  };
  it.each([
    [0.1, 0.3, 1], // within the 15 % norm
    [0.225, 0.3, 0.5], // half-way from 15 % to the 30 % limit
    [0.3, 0.3, 0],
    [0.25, null, 1 / 3], // no limit: the line runs from the norm (15 %) to twice it (30 %): 1 − 0.1 / 0.15
    [0.1, 0.08, 0], // a brief limit below the norm wins: 10 % is past it
  ])('share %f, limit %s → %f', (share, limit, credit) => {
    expect(sponsoredCredit({ ...base, share }, limit).credit).toBeCloseTo(credit, 12);
  });
  it('halves the credit when a competitor is mentioned', () => {
    const c = sponsoredCredit({ ...base, competitorMentions: [{ competitor: 'Rival', postIds: ['a'] }], competitorPostIds: ['a'] }, 0.3);
    expect(c.credit).toBe(0.5);
    expect(c.reason).toContain('mentions competitor Rival in 1 post');
  });
});

describe('budgetCredit', () => {
  const price = { low: 100, high: 300, reason: null } as Price;
  it.each([
    [300, 1],
    [200, 0.8], // 0.6 + 0.4 × 100 / 200
    [100, 0.6],
    [75, 0.3], // half-way from 50 (half the low) to 100
    [40, 0],
  ])('budget $%i vs $100–300 → %f', (budget, credit) => {
    expect(budgetCredit(budget, price).credit).toBeCloseTo(credit, 12);
  });
  it('is full without a budget and partial without a price', () => {
    expect(budgetCredit(null, price).credit).toBe(1);
    expect(budgetCredit(500, { low: null, high: null, reason: 'x' } as Price).credit).toBe(UNKNOWN_CREDIT);
  });
});

describe('composeFit and verdictFor', () => {
  it('sums rounded points per criterion and names the verdict', () => {
    const credit = (c: number) => ({ credit: c, reason: 'r' });
    const fit = composeFit(
      DEFAULT_BRIEF.weights,
      { engagement: credit(0.725), authenticity: credit(0.8), cadence: credit(0.825), niche: credit(1), audienceSize: credit(1), sponsored: credit(0.5), budget: credit(1) },
      [],
    );
    // 0.725 × 30 = 21.75 → 22; 0.8 × 25 = 20; 0.825 × 15 = 12.4 → 12; 10; 5; 0.5 × 10 = 5; 5 → 79
    expect(fit.components.map((c) => c.score)).toEqual([22, 20, 12, 10, 5, 5, 5]);
    expect(fit.score).toBe(79);
    expect(fit.verdict).toBe('strong');
  });
  it.each([
    [75, 0, 'strong'],
    [74, 0, 'possible'],
    [50, 0, 'possible'],
    [49, 0, 'weak'],
    [100, 1, 'outside-brief'],
  ] as const)('score %i with %i hard fails → %s', (score, fails, verdict) => {
    expect(verdictFor(score, fails)).toBe(verdict);
  });
});
