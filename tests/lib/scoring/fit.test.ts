import { describe, expect, it } from 'vitest';
import type { FitCriterion } from '../../../lib/contracts/brief';
import type { Authenticity, Benchmark, Price, Signal, Sponsored } from '../../../lib/contracts/report';
import { AUTHENTICITY_SIGNAL_IDS } from '../../../lib/contracts/report';
import { benchmarkFor } from '../../../lib/metrics/benchmarks';
import { keywordMatchers } from '../../../lib/metrics/keyword-match';
import { allocatePoints, composeFit, evidenceGapOf, MIN_MEASURED_WEIGHT_SHARE, verdictFor } from '../../../lib/scoring/fit';
import {
  audienceSizeCredit,
  authenticityCredit,
  budgetCredit,
  cadenceCredit,
  engagementCredit,
  nicheCredit,
  sponsoredCredit,
  type CriterionResult,
  type EngagementCreditInput,
} from '../../../lib/scoring/fit-components';
import { DEFAULT_BRIEF } from '../../../lib/scoring/default-brief';

const band = benchmarkFor('instagram', 20_000)!.band; // 0.39 / 0.84–1.11 / 2.61 %
const igMicro: Benchmark = {
  platform: 'instagram',
  bracket: band.label,
  tier: 'micro',
  basis: 'followers',
  low: band.low,
  averageLow: band.averageLow,
  averageHigh: band.averageHigh,
  high: band.high,
  value: null,
  statistic: 'median interactions per post ÷ followers, over the latest 30 posts',
  postsUsed: 12,
  valueReason: null,
  perPostMedian: null,
  position: null,
  source: 'Modash',
  sourceUrl: 'https://modash.io',
};

/** The credit of a measured result; fails the test on any other. */
function creditOf(result: CriterionResult): number {
  expect(result.status).toBe('measured');
  return result.status === 'measured' ? result.credit : Number.NaN;
}

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
  it('gives nothing when every weight is 0 (nothing measured)', () => {
    expect(Object.values(allocatePoints({ engagement: 0, authenticity: 0, cadence: 0, niche: 0, audienceSize: 0, sponsored: 0, budget: 0 }))).toEqual([0, 0, 0, 0, 0, 0, 0]);
  });
});

describe('engagementCredit', () => {
  const input: EngagementCreditInput = {
    platform: 'instagram',
    minEngagement: { kind: 'tier-average' },
    headline: null,
    headlineReason: null,
    basis: 'followers',
    benchmark: igMicro,
    noBenchmarkReason: null,
    enough: true,
    posts: 12,
    of: 12,
    sample: 'latest',
    noInteractionsShort: 'likes and comments not shown',
  };
  it.each([
    [0, 0],
    [0.0039, 0.25], // at the Low cutoff
    [0.0084, 0.6], // bottom of Average
    [0.00975, 0.725], // half-way through Average (0.84–1.11 %): 0.6 + 0.5 × 0.25
    [0.0111, 0.85],
    [0.0261, 1],
    [0.05, 1],
  ])('tier average, the band statistic %f → %f', (value, credit) => {
    expect(creditOf(engagementCredit({ ...input, benchmark: { ...igMicro, value } }))).toBeCloseTo(credit, 9);
  });
  it('holds the band to its own statistic, not to Vetted’s per-post median', () => {
    const c = engagementCredit({ ...input, headline: 0.05, benchmark: { ...igMicro, value: 0.0084, perPostMedian: 0.05 } });
    expect(creditOf(c)).toBeCloseTo(0.6, 9);
  });
  it.each([
    [0.01, 0.3], // half the 2 % minimum: 0.6 × 0.5
    [0.02, 0.6],
    [0.03, 0.8], // 0.6 + 0.4 × 0.5
    [0.05, 1],
  ])('absolute 2 %%: Vetted’s headline %f → %f', (value, credit) => {
    expect(creditOf(engagementCredit({ ...input, minEngagement: { kind: 'absolute', value: 0.02 }, headline: value, benchmark: null }))).toBeCloseTo(credit, 9);
  });
  it('reads like the overlay line', () => {
    const c = engagementCredit({ ...input, benchmark: { ...igMicro, value: 0.041 } });
    expect(c.reason).toBe('engagement 4.1% (median interactions per post ÷ followers, over the latest 30 posts, 12 posts) vs Instagram micro average 0.84–1.11% (10k–50k followers)');
  });
  it('is not measured from fewer than 5 posts, and says so in a few words', () => {
    const c = engagementCredit({ ...input, enough: false, posts: 1, of: 12, benchmark: { ...igMicro, value: 0.06 } });
    expect(c).toMatchObject({ status: 'not-measured', short: 'engagement from 1 post' });
    expect(c.reason).toContain('1 of 12 posts');
  });
  it('is not measured on a selection of popular posts, however many', () => {
    const c = engagementCredit({ ...input, enough: false, sample: 'popular', benchmark: { ...igMicro, value: 0.01 } });
    expect(c).toMatchObject({ status: 'not-measured', short: 'popular posts only, not the latest' });
  });
  it('is not measured without interactions, a benchmark or followers', () => {
    expect(engagementCredit({ ...input, enough: false, posts: 0, of: 12, headlineReason: 'likes and comments are not shown on the channel page', noInteractionsShort: 'likes not shown on the channel page' })).toMatchObject({
      status: 'not-measured',
      short: 'likes not shown on the channel page',
    });
    const x = engagementCredit({ ...input, platform: 'x', headline: 0.01, benchmark: null, noBenchmarkReason: 'no X table' });
    expect(x).toMatchObject({ status: 'not-measured', short: 'no engagement benchmark for X' });
    expect(x.reason).toContain('set an absolute minimum');
    const noFollowers = engagementCredit({ ...input, benchmark: { ...igMicro, value: null, valueReason: 'followers unknown' } });
    expect(noFollowers).toMatchObject({ status: 'not-measured', short: 'followers unknown' });
  });
});

describe('cadenceCredit', () => {
  const cadence = { postsPerWeek: 1.5, medianGapDays: 5, daysSinceLastPost: 3, regularity: 0.4, datedPosts: 4, postsInSpan: 4, spanDays: 14 };
  const brief = { minPostsPerWeek: null, maxDaysSinceLastPost: null };
  it('weighs frequency 70 % and recency 30 %', () => {
    // Instagram norm 2/week: 1.5 / 2 = 0.75 → 0.7 × 0.75 + 0.3 × 1 (3 days ≤ 7) = 0.825
    expect(creditOf(cadenceCredit({ platform: 'instagram', cadence, cadenceReason: null, brief }))).toBeCloseTo(0.825, 12);
    // 48.5 days with the 90-day default: recency 1 − (48.5 − 7) / 83 = 0.5 → 0.525 + 0.15 = 0.675
    expect(creditOf(cadenceCredit({ platform: 'instagram', cadence: { ...cadence, daysSinceLastPost: 48.5 }, cadenceReason: null, brief }))).toBeCloseTo(0.675, 12);
    // The brief's own target: 3/week → 0.5 frequency; limit 30 days passed → no recency: 0.35
    expect(
      creditOf(cadenceCredit({ platform: 'instagram', cadence: { ...cadence, daysSinceLastPost: 31 }, cadenceReason: null, brief: { minPostsPerWeek: 3, maxDaysSinceLastPost: 30 } })),
    ).toBeCloseTo(0.35, 12);
  });
  it('is not measured without a posting rate', () => {
    expect(cadenceCredit({ platform: 'tiktok', cadence: null, cadenceReason: 'only 2 dated posts seen; cadence needs 3', brief })).toMatchObject({ status: 'not-measured', short: 'posting rate unknown' });
    expect(cadenceCredit({ platform: 'x', cadence: null, cadenceReason: 'this page shows popular posts, not the latest', brief })).toMatchObject({
      status: 'not-measured',
      short: 'popular posts only, not the latest',
    });
  });
});

describe('nicheCredit', () => {
  const texts = { bio: 'Yoga teacher', displayName: 'Ana', category: null, captions: ['#vegan recipes', 'sunday'] };
  it('earns all points at three matched keywords', () => {
    // 2 matched of min(4, 3) = 3 needed → 2/3
    expect(creditOf(nicheCredit(keywordMatchers(['yoga', 'vegan', 'travel', 'fitness']), texts))).toBeCloseTo(2 / 3, 12);
    // 1 keyword in the brief, matched → 1/1
    expect(creditOf(nicheCredit(keywordMatchers(['yoga']), texts))).toBe(1);
    expect(creditOf(nicheCredit(keywordMatchers(['golf']), texts))).toBe(0);
  });
  it('is not set without keywords, and not measured without text', () => {
    expect(nicheCredit([], texts).status).toBe('not-set');
    expect(nicheCredit(keywordMatchers(['yoga']), { bio: '', displayName: 'Ana', category: null, captions: [] }).status).toBe('not-measured');
  });
});

describe('audienceSizeCredit', () => {
  it.each([
    [20_000, 1],
    [3_000, 1], // inclusive
    [2_999, 0],
  ])('%s followers → %f', (followers, credit) => {
    expect(creditOf(audienceSizeCredit(followers, { min: 3_000, max: 100_000 }))).toBe(credit);
  });
  it('is not measured without followers, and not set without a range', () => {
    expect(audienceSizeCredit(null, { min: 3_000, max: 100_000 }).status).toBe('not-measured');
    expect(audienceSizeCredit(20_000, { min: null, max: null }).status).toBe('not-set');
  });
});

describe('authenticityCredit', () => {
  const sig = (id: (typeof AUTHENTICITY_SIGNAL_IDS)[number], level: Signal['level']): Signal => ({ id, level, value: null, threshold: null, message: '' });
  const of = (levels: Partial<Record<(typeof AUTHENTICITY_SIGNAL_IDS)[number], Signal['level']>>): Authenticity => {
    const signals = AUTHENTICITY_SIGNAL_IDS.map((id) => sig(id, levels[id] ?? 'unknown'));
    const counts = { ok: 0, warn: 0, risk: 0, unknown: 0 };
    for (const s of signals) counts[s.level]++;
    return { score: 80, signals, counts };
  };
  it('is measured once the checked signals carry half of the weight (11 of 22 before any post page was read)', () => {
    // 3 + 3 + 2 + 1 + 2 = 11; the comment checks (6) wait on a post page and are left out of the 26
    const half = of({ 'engagement-too-low': 'ok', 'engagement-too-high': 'ok', 'like-spread': 'ok', 'median-mean-gap': 'ok', 'comment-like-ratio': 'ok' });
    expect(creditOf(authenticityCredit(half))).toBe(0.8);
    // 1 + 1 + 1 + 1 = 4: a channel page with no likes shown
    const thin = of({ 'follower-following-ratio': 'ok', 'mass-following': 'ok', 'few-posts-many-followers': 'ok', 'account-age': 'ok' });
    expect(authenticityCredit(thin)).toMatchObject({ status: 'not-measured', short: '4 of 11 authenticity checks' });
  });

  it('counts the comment checks once one of them could run (13 of 26)', () => {
    // Comments read, too few to judge repetition and concentration: 11 + generic 2 = 13 of 26, measured.
    const read = of({ 'engagement-too-low': 'ok', 'engagement-too-high': 'ok', 'like-spread': 'ok', 'median-mean-gap': 'ok', 'comment-like-ratio': 'ok', 'generic-comments': 'ok' });
    expect(creditOf(authenticityCredit(read))).toBe(0.8);
    // The same 11 with the comment checks in play but all unknown bar one warning of weight 2 elsewhere: 11 + 0 of 26 → not measured.
    const without = of({ 'engagement-too-low': 'ok', 'engagement-too-high': 'ok', 'like-spread': 'ok', 'median-mean-gap': 'ok', 'follower-following-ratio': 'ok', 'generic-comments': 'ok' });
    // 3 + 3 + 2 + 1 + 1 + 2 = 12 of 26: short of half.
    expect(authenticityCredit(without)).toMatchObject({ status: 'not-measured', short: '6 of 14 authenticity checks' });
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
    expect(creditOf(sponsoredCredit({ ...base, share }, limit))).toBeCloseTo(credit, 12);
  });
  it('halves the credit when a competitor is mentioned', () => {
    const c = sponsoredCredit({ ...base, competitorMentions: [{ competitor: 'Rival', postIds: ['a'] }], competitorPostIds: ['a'] }, 0.3);
    expect(creditOf(c)).toBe(0.5);
    expect(c.reason).toContain('mentions competitor Rival in 1 post');
  });
  it('is not measured from fewer than 5 posts', () => {
    expect(sponsoredCredit({ ...base, share: 1, sponsoredPosts: 2, postsSeen: 2 }, 0.3).status).toBe('not-measured');
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
    expect(creditOf(budgetCredit(budget, price))).toBeCloseTo(credit, 12);
  });
  it('says budget and price in the one money style: a price under $10 keeps its cents, not "$0–$0"', () => {
    expect(budgetCredit(5, { ...price, low: 0.13, high: 0.4 }).reason).toBe('budget $5.00 vs estimated $0.13–$0.40 per post');
    expect(budgetCredit(1_500, price).reason).toBe('budget $1,500 vs estimated $100–$300 per post');
  });

  it('is not set without a budget and not measured without a price', () => {
    expect(budgetCredit(null, price).status).toBe('not-set');
    expect(budgetCredit(500, { low: null, high: null, reason: 'x' } as Price).status).toBe('not-measured');
  });
});

const credit = (c: number): CriterionResult => ({ status: 'measured', credit: c, reason: 'r' });
const notSet: CriterionResult = { status: 'not-set', reason: 'the brief sets no …' };
const unknown = (short: string): CriterionResult => ({ status: 'not-measured', reason: 'r', short });
const allMeasured: Record<FitCriterion, CriterionResult> = {
  engagement: credit(0.725),
  authenticity: credit(0.8),
  cadence: credit(0.825),
  niche: credit(1),
  audienceSize: credit(1),
  sponsored: credit(0.5),
  budget: credit(1),
};

describe('composeFit', () => {
  it('sums rounded points per criterion and names the verdict', () => {
    const fit = composeFit(DEFAULT_BRIEF.weights, allMeasured, []);
    // 0.725 × 30 = 21.75 → 22; 0.8 × 25 = 20; 0.825 × 15 = 12.4 → 12; 10; 5; 0.5 × 10 = 5; 5 → 79
    expect(fit.components.map((c) => c.score)).toEqual([22, 20, 12, 10, 5, 5, 5]);
    expect(fit).toMatchObject({ score: 79, verdict: 'strong', summary: 'Strong fit · 79', measured: { criteria: 7, of: 7 }, evidenceGap: null });
  });

  it('leaves unset criteria out and renormalises the weights: they never add points', () => {
    // The default brief: no niche keywords, no budget. Set: 30 + 25 + 15 + 5 + 10 = 85.
    const fit = composeFit(DEFAULT_BRIEF.weights, { ...allMeasured, niche: notSet, budget: notSet }, []);
    // Shares of 100: 35.29 → 35, 29.41 → 29, 17.65 → 18, 5.88 → 6, 11.76 → 12 (largest remainders)
    expect(fit.components.map((c) => c.maxPoints)).toEqual([35, 29, 18, 0, 6, 12, 0]);
    // 0.725 × 35 = 25.4 → 25; 0.8 × 29 = 23.2 → 23; 0.825 × 18 = 14.85 → 15; 6; 0.5 × 12 = 6 → 75
    expect(fit.components.map((c) => c.score)).toEqual([25, 23, 15, 0, 6, 6, 0]);
    expect(fit.score).toBe(75);
    expect(fit.measured).toEqual({ criteria: 5, of: 5 });
    expect(fit.components.filter((c) => c.status === 'not-set').map((c) => c.criterion)).toEqual(['niche', 'budget']);
    // Under version 1, the same creator got 10 + 5 free points: 22 + 20 + 12 + 10 + 5 + 5 + 5 = 79.
    // Now the score is the weighted mean of what the brief asks, whatever it leaves out.
    const zeroWeights = composeFit({ ...DEFAULT_BRIEF.weights, niche: 0, budget: 0 }, allMeasured, []);
    expect(zeroWeights.score).toBe(fit.score);
  });

  it('gives an unknown input neither full nor zero credit: it is left out and listed as not measured', () => {
    const withUnknown = composeFit(DEFAULT_BRIEF.weights, { ...allMeasured, sponsored: unknown('sponsored share unknown') }, []);
    const fullCredit = composeFit(DEFAULT_BRIEF.weights, { ...allMeasured, sponsored: credit(1) }, []);
    const zeroCredit = composeFit(DEFAULT_BRIEF.weights, { ...allMeasured, sponsored: credit(0) }, []);
    expect(withUnknown.score!).toBeLessThan(fullCredit.score!);
    expect(withUnknown.score!).toBeGreaterThan(zeroCredit.score!);
    expect(withUnknown.measured).toEqual({ criteria: 6, of: 7 });
    expect(withUnknown.components.find((c) => c.criterion === 'sponsored')).toMatchObject({ status: 'not-measured', score: 0, maxPoints: 0 });
    expect(withUnknown.components.reduce((s, c) => s + c.maxPoints, 0)).toBe(100);
  });

  it('says "too little to judge" when engagement is not measured, whatever the score', () => {
    const fit = composeFit(DEFAULT_BRIEF.weights, { ...allMeasured, engagement: unknown('engagement from 1 post') }, []);
    expect(fit.score).toBeGreaterThanOrEqual(75);
    expect(fit).toMatchObject({ verdict: 'insufficient-evidence', summary: 'Too little to judge · engagement from 1 post', evidenceGap: 'engagement from 1 post' });
  });

  it(`says "too little to judge" when less than ${MIN_MEASURED_WEIGHT_SHARE * 100} % of the set weight is measured`, () => {
    // Set: 30 + 25 + 15 + 5 + 10 = 85; measured: engagement 30 + audience 5 + sponsored 10 = 45 (53 %).
    const thin = { ...allMeasured, niche: notSet, budget: notSet, authenticity: unknown('a'), cadence: unknown('c') };
    expect(evidenceGapOf(DEFAULT_BRIEF.weights, thin)).toBe('only 3 of 5 criteria measured');
    expect(composeFit(DEFAULT_BRIEF.weights, thin, []).summary).toBe('Too little to judge · only 3 of 5 criteria measured');
    // With authenticity back: 70 of 85 (82 %).
    expect(evidenceGapOf(DEFAULT_BRIEF.weights, { ...thin, authenticity: credit(0.8) })).toBeNull();
  });

  it('has no score when nothing is measured', () => {
    const none = Object.fromEntries(Object.keys(allMeasured).map((c) => [c, unknown('x')])) as Record<FitCriterion, CriterionResult>;
    const fit = composeFit(DEFAULT_BRIEF.weights, none, []);
    expect(fit).toMatchObject({ score: null, verdict: 'insufficient-evidence', measured: { criteria: 0, of: 7 } });
  });

  it('puts the failing limit first on a hard fail, the score out of the line', () => {
    const fit = composeFit(DEFAULT_BRIEF.weights, allMeasured, [
      { criterion: 'followers', reason: '1,137,245 followers is above the brief’s maximum of 100,000', summary: '1.1M followers > 100k' },
      { criterion: 'days-since-last-post', reason: 'last post 267 days ago', summary: 'last post 267 days ago' },
    ]);
    expect(fit.verdict).toBe('outside-brief');
    expect(fit.summary).toBe('Outside brief · 1.1M followers > 100k (+1 more)');
    expect(fit.summary).not.toContain(String(fit.score));
    expect(fit.evidenceGap).toBeNull();
  });
});

describe('verdictFor', () => {
  it.each([
    [75, 0, null, 'strong'],
    [74, 0, null, 'possible'],
    [50, 0, null, 'possible'],
    [49, 0, null, 'weak'],
    [100, 1, null, 'outside-brief'],
    [100, 1, 'engagement from 1 post', 'outside-brief'],
    [100, 0, 'engagement from 1 post', 'insufficient-evidence'],
    [null, 0, null, 'insufficient-evidence'],
  ] as const)('score %s, %i hard fails, gap %s → %s', (score, fails, gap, verdict) => {
    expect(verdictFor(score, fails, gap)).toBe(verdict);
  });
});
