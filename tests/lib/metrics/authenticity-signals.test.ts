import { describe, expect, it } from 'vitest';
import {
  accountAge,
  commentLikeRatio,
  engagementTooHigh,
  engagementTooLow,
  fewPostsManyFollowers,
  followerDrop,
  followerFollowingRatio,
  followerGrowthSpike,
  likeSpread,
  massFollowing,
  medianMeanGap,
} from '../../../lib/metrics/authenticity-signals';
import { benchmarkFor } from '../../../lib/metrics/benchmarks';
import { followerGrowth } from '../../../lib/metrics/history';
import { dailyHistory, daysAgo, makePost, NOW } from '../vetting/factory';

const igMicro = benchmarkFor('instagram', 20_000); // Modash 10k–50k: low 0.39 %

describe('engagement-too-low', () => {
  it.each([
    [0.0015, 'risk'], // < 0.39 % / 2 = 0.195 %: far below
    [0.002, 'warn'], // 0.2 % < 0.39 %
    [0.0039, 'ok'], // at the mark
    [0.01, 'ok'],
  ] as const)('%f → %s', (value, level) => {
    const s = engagementTooLow('instagram', 'micro', igMicro, value, null, 'x');
    expect(s.level).toBe(level);
    expect(s.threshold).toBeCloseTo(0.0039, 12);
  });

  it('words the message in plain terms', () => {
    expect(engagementTooLow('instagram', 'micro', igMicro, 0.002, null, 'x').message).toBe(
      'Median engagement by followers 0.2% is below the 0.39% low mark for Instagram micro creators (10k–50k followers) — often a sign of inactive or bought followers.',
    );
  });

  it('is unknown without a value or a benchmark', () => {
    const noValue = engagementTooLow('instagram', 'micro', igMicro, null, 'followers unknown', 'x');
    expect(noValue.level).toBe('unknown');
    expect(noValue.message).toContain('followers unknown');
    const x = engagementTooLow('x', 'micro', null, 0.01, null, 'no published engagement benchmark by follower size for X');
    expect(x.level).toBe('unknown');
    expect(x.message).toContain('no published engagement benchmark');
  });
});

describe('engagement-too-high', () => {
  it.each([
    ['instagram', 9_500, 'risk'], // 9,500 / 10,000 = 95 % ≥ 90 %
    ['instagram', 5_000, 'warn'], // 50 % > 30 %
    ['instagram', 3_000, 'ok'], // 30 %: top of the natural range
    ['x', 9_000, 'risk'], // 90 %
    ['tiktok', 12_000, 'warn'], // 120 % ≥ 100 %: warning only on an algorithmic feed
    ['tiktok', 9_500, 'ok'],
    ['youtube', 50_000, 'warn'],
  ] as const)('%s, median likes %i of 10,000 followers → %s', (platform, likes, level) => {
    expect(engagementTooHigh(platform, likes, 10_000).level).toBe(level);
  });

  it('gives the ratio as its value and is unknown without likes or followers', () => {
    expect(engagementTooHigh('instagram', 5_000, 10_000).value).toBeCloseTo(0.5, 12);
    expect(engagementTooHigh('instagram', null, 10_000).level).toBe('unknown');
    expect(engagementTooHigh('instagram', 100, null).level).toBe('unknown');
    expect(engagementTooHigh('instagram', 100, 0).level).toBe('unknown');
  });
});

describe('like-spread', () => {
  it('flags likes held at one level', () => {
    // mean 110, (120 − 100) / 110 = 0.1818 < 0.4
    const s = likeSpread('instagram', [100, 110, 120, 105, 115]);
    expect(s.level).toBe('warn');
    expect(s.value).toBeCloseTo(20 / 110, 12);
  });
  it('passes a normal spread', () => {
    // mean 150, (200 − 100) / 150 = 0.667
    const s = likeSpread('instagram', [100, 200, 150, 120, 180]);
    expect(s.level).toBe('ok');
    expect(s.value).toBeCloseTo(2 / 3, 12);
  });
  it('flags an outlier on Instagram but not on TikTok', () => {
    // mean 280, (1000 − 100) / 280 = 3.21 > 1
    expect(likeSpread('instagram', [100, 100, 100, 100, 1000]).level).toBe('warn');
    expect(likeSpread('instagram', [100, 100, 100, 100, 1000]).value).toBeCloseTo(900 / 280, 12);
    expect(likeSpread('tiktok', [100, 100, 100, 100, 1000]).level).toBe('ok');
  });
  it('needs five posts with likes', () => {
    expect(likeSpread('instagram', [100, 200, 300, 400]).level).toBe('unknown');
    expect(likeSpread('instagram', [0, 0, 0, 0, 0]).level).toBe('unknown');
  });
});

describe('median-mean-gap', () => {
  it.each([
    [[100, 100, 100, 100, 600], 'warn', 1], // median 100, mean 200 → |200 − 100| / 100 = 1
    [[100, 120, 140, 160, 180], 'ok', 0], // median = mean = 140
    [[100, 100, 100, 100, 300], 'ok', 0.4], // mean 140 → 0.4 ≤ 0.5
  ] as const)('%j → %s', (values, level, gap) => {
    const s = medianMeanGap(values);
    expect(s.level).toBe(level);
    expect(s.value).toBeCloseTo(gap, 12);
  });
  it('needs five posts', () => {
    expect(medianMeanGap([1, 2, 3]).level).toBe('unknown');
  });
});

describe('comment-like-ratio', () => {
  const posts = (comments: number[]) => comments.map((c) => makePost({ likes: 1_000, comments: c }));
  it.each([
    [[0, 1, 1], 'risk'], // 2 / 3,000 = 0.067 % < 0.5 % / 5 = 0.1 %
    [[1, 1, 1], 'warn'], // 3 / 3,000 = 0.1 %: not below 0.1 %, but below 0.5 %
    [[10, 10, 10], 'ok'], // 30 / 3,000 = 1 %
    [[300, 300, 300], 'warn'], // 900 / 3,000 = 30 % > 25 %
  ] as const)('Instagram, comments %j on 1,000 likes each → %s', (comments, level) => {
    expect(commentLikeRatio('instagram', posts([...comments])).level).toBe(level);
  });
  it('holds TikTok to its own norm (1 %)', () => {
    // 15 / 3,000 = 0.5 %: fine on Instagram, low on TikTok
    expect(commentLikeRatio('tiktok', posts([5, 5, 5])).level).toBe('warn');
    expect(commentLikeRatio('instagram', posts([5, 5, 5])).level).toBe('ok');
  });
  it('needs three posts with both counts', () => {
    expect(commentLikeRatio('instagram', posts([10, 10])).level).toBe('unknown');
    expect(commentLikeRatio('instagram', [makePost({ comments: null }), ...posts([1, 1])]).level).toBe('unknown');
  });
});

describe('follower-following-ratio and mass-following', () => {
  it.each([
    [10_000, 25_000, 'risk'], // 0.4 < 0.5
    [10_000, 12_500, 'warn'], // 0.8 < 1
    [10_000, 500, 'ok'], // 20
  ] as const)('%i followers / %i following → %s', (followers, following, level) => {
    expect(followerFollowingRatio('instagram', followers, following).level).toBe(level);
  });
  it('is unknown on YouTube and without counts, ok when following no one', () => {
    expect(followerFollowingRatio('youtube', 10_000, 10).level).toBe('unknown');
    expect(followerFollowingRatio('tiktok', null, 10).level).toBe('unknown');
    expect(followerFollowingRatio('x', 10_000, 0).level).toBe('ok');
  });
  it.each([
    [1_501, 'warn'],
    [1_500, 'ok'],
    [null, 'unknown'],
  ] as const)('mass-following at %s following → %s', (following, level) => {
    expect(massFollowing('instagram', following).level).toBe(level);
  });
});

describe('few-posts-many-followers', () => {
  it.each([
    [20_000, 8, 'warn'], // < 12 posts at ≥ 10k followers
    [20_000, 12, 'ok'],
    [5_000, 3, 'ok'], // small account: few posts are normal
    [20_000, null, 'unknown'],
  ] as const)('%i followers on %s posts → %s', (followers, postsCount, level) => {
    expect(fewPostsManyFollowers(followers, postsCount).level).toBe(level);
  });
});

describe('follower-growth-spike', () => {
  it('flags +5,030 in a day against a 30/day baseline as a risk', () => {
    // intervals 30, 30, 30, 30, 5,030 per day; baseline of the others 30 → bar max(500, 300) = 500
    const s = followerGrowthSpike(followerGrowth(dailyHistory([10_000, 10_030, 10_060, 10_090, 10_120, 15_150]), NOW), true);
    expect(s.level).toBe('risk');
    expect(s.value).toBeCloseTo(5_030, 6);
    expect(s.threshold).toBe(500);
    expect(s.message).toContain('round number'); // excess 5,030 − 30 = 5,000
  });
  it('warns on a non-round jump under 5,000/day', () => {
    // +2,530: excess 2,500 is 500 from a multiple of 1,000 → not round; 2,530/day ≤ 5,000 → warn
    const s = followerGrowthSpike(followerGrowth(dailyHistory([10_000, 10_030, 10_060, 10_090, 12_620]), NOW), true);
    expect(s.level).toBe('warn');
  });
  it('treats a round-number jump as a risk even under 5,000/day', () => {
    // +3,030: excess over the 30/day baseline is exactly 3,000
    const s = followerGrowthSpike(followerGrowth(dailyHistory([10_000, 10_030, 10_060, 10_090, 13_120]), NOW), true);
    expect(s.level).toBe('risk');
  });
  it('passes steady growth and is unknown without history', () => {
    expect(followerGrowthSpike(followerGrowth(dailyHistory([10_000, 10_300, 10_600, 10_900]), NOW), true).level).toBe('ok');
    expect(followerGrowthSpike(followerGrowth([], NOW), true).level).toBe('unknown');
    expect(followerGrowthSpike(followerGrowth(dailyHistory([10_000]), NOW), true).level).toBe('unknown');
  });

  it('does not judge jumps when the page only shows rounded follower counts (YouTube "151K")', () => {
    // 150,000 → 151,000 in a day is a round thousand only because the page rounds to 3 digits.
    const growth = followerGrowth(dailyHistory([150_000, 151_000]), NOW);
    expect(followerGrowthSpike(growth, true).level).not.toBe('ok');
    const s = followerGrowthSpike(growth, false);
    expect(s.level).toBe('unknown');
    expect(s.message).toMatch(/rounded/);
  });
});

describe('follower-drop', () => {
  it.each([
    [[20_000, 17_000], 'risk', 0.15], // lost 3,000 = 15 % ≥ 10 %
    [[20_000, 19_500], 'warn', 0.025], // 2.5 % ≥ 2 %
    [[20_000, 19_900], 'ok', null], // 0.5 %: ordinary unfollows
  ] as const)('%j → %s', (counts, level, share) => {
    const s = followerDrop(followerGrowth(dailyHistory([...counts]), NOW));
    expect(s.level).toBe(level);
    if (share === null) expect(s.value).toBeNull();
    else expect(s.value).toBeCloseTo(share, 12);
  });
});

describe('account-age', () => {
  it.each([
    [daysAgo(100), 'warn'],
    [daysAgo(400), 'ok'],
    [null, 'unknown'],
  ] as const)('joined %s → %s', (joinedAt, level) => {
    expect(accountAge(joinedAt, NOW).level).toBe(level);
  });
  it('reports the age in days', () => {
    expect(accountAge(daysAgo(100), NOW).value).toBeCloseTo(100, 9);
  });
});
