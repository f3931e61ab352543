import { describe, expect, it } from 'vitest';
import { VettingReportSchema } from '../../../lib/contracts/report';
import { vet } from '../../../lib/vetting/vet';
import { dailyHistory, daysAgo, makeBrief, makePost, makePosts, makeSnapshot, NOW } from './factory';

// A 20,000-follower Instagram yoga creator:
//  - 12 eligible posts 4, 7, …, 37 days old; post i has 300 + 20i likes and 10 comments
//    → interactions 310 … 530, median (410 + 430) / 2 = 420, mean 420
//  - one post 1 day old (#ad @brandco): too young for engagement, counts for cadence and sponsored share
//  - one pinned sponsored post 200 days old: counts for nothing but competitor search
function yogaCreator() {
  const posts = [
    makePost({ id: 'young', ageDays: 1, likes: 50, comments: 1, caption: 'New mat day #ad @brandco' }),
    makePost({ id: 'pinned', ageDays: 200, pinned: true, sponsored: true, caption: 'Old favourite' }),
    ...makePosts(12, (i) => ({ id: `e${i}`, likes: 300 + 20 * i, comments: 10 })),
  ];
  return makeSnapshot({ bio: 'Yoga teacher · vegan recipes', joinedAt: daysAgo(800) }, posts);
}

describe('vet: a hand-checked Instagram micro creator', () => {
  const report = vet({ snapshot: yogaCreator(), brief: makeBrief(), history: [], now: NOW });

  it('passes the report schema and keeps the fields existing code reads', () => {
    expect(VettingReportSchema.parse(report)).toEqual(report);
    expect(report).toMatchObject({ version: 2, key: 'instagram:test.creator', computedAt: NOW.toISOString(), briefId: 'default-micro' });
  });

  it('computes engagement from the 12 eligible posts', () => {
    const m = report.metrics;
    expect(m.eligiblePostIds).toEqual(['e0', 'e1', 'e2', 'e3', 'e4', 'e5', 'e6', 'e7', 'e8', 'e9', 'e10', 'e11']);
    expect(m.engagement.postsUsed).toBe(12);
    // 420 / 20,000 = 0.021 (median and mean)
    expect(m.engagement.byFollowers!.median).toBeCloseTo(0.021, 12);
    expect(m.engagement.byFollowers!.mean).toBeCloseTo(0.021, 12);
    expect(m.engagement.byViews).toBeNull();
    expect(m.engagement.reasons.byViews).toBe('none of the eligible posts with likes, comments or shares shows views');
    expect(m.engagementRate).toBeCloseTo(0.021, 12);
    expect(m.engagementRateBasis).toBe('followers');
    expect(m.viewRate).toBeNull();
    expect(m.tier).toBe('micro');
    // Modash Instagram 10k–50k: 2.1 % sits between the 1.11 % top of Average and the 2.61 % High cutoff
    expect(m.benchmark).toMatchObject({ bracket: '10k–50k', position: 'high', basis: 'followers', postsUsed: 12, valueReason: null });
    // Modash's statistic (median interactions ÷ followers) equals the median of per-post rates when the followers are one number.
    expect(m.benchmark!.value).toBeCloseTo(0.021, 12);
    expect(m.benchmark!.perPostMedian).toBeCloseTo(0.021, 12);
    expect(m.benchmark!.statistic).toBe('median interactions per post ÷ followers, over the latest 30 posts');
    expect(m.evidence).toEqual({
      sample: 'latest',
      engagement: { posts: 12, of: 12, minimum: 5, enough: true, note: null },
      cadence: { datedPosts: 13, minimum: 3, enough: true },
    });
  });

  it('computes cadence from every unpinned dated post', () => {
    // 13 posts at 1, 4, …, 37 days: span 36 → 12 × 7 / 36 = 2.333/week; every gap 3 days → regularity 0
    expect(report.metrics.cadence!.postsPerWeek).toBeCloseTo(7 / 3, 12);
    expect(report.metrics.cadence!.medianGapDays).toBeCloseTo(3, 12);
    expect(report.metrics.cadence!.regularity).toBeCloseTo(0, 12);
    expect(report.metrics.daysSinceLastPost).toBeCloseTo(1, 12);
  });

  it('computes sponsored share over unpinned posts', () => {
    // 1 of 13 unpinned posts discloses (#ad)
    expect(report.metrics.sponsoredShare).toBeCloseTo(1 / 13, 12);
    expect(report.sponsored.brands).toEqual(['brandco']);
    expect(report.sponsored.position).toBe('within'); // Lefty micro 5–15 %
  });

  it('scores authenticity: 9 checks pass, 5 cannot run', () => {
    const levels = Object.fromEntries(report.authenticity.signals.map((s) => [s.id, s.level]));
    expect(levels).toEqual({
      'engagement-too-low': 'ok',
      'engagement-too-high': 'ok', // median likes 410 = 2.05 % of followers
      'like-spread': 'ok', // (520 − 300) / 410 = 54 %
      'median-mean-gap': 'ok',
      'comment-like-ratio': 'ok', // 120 / 4,920 = 2.4 %
      'follower-following-ratio': 'ok',
      'mass-following': 'ok',
      'few-posts-many-followers': 'ok',
      'follower-growth-spike': 'unknown', // only the current point
      'follower-drop': 'unknown',
      'generic-comments': 'unknown', // no post page read
      'repeated-comments': 'unknown',
      'commenter-concentration': 'unknown',
      'account-age': 'ok',
    });
    // checked weight 15 all ok (mean 1); unknown weight 11 earns 0.5 → (15 + 5.5) / 26 = 0.788 → 79
    expect(report.authenticity.score).toBe(79);
  });

  it('adds up the fit score from the measured criteria, the unset ones left out', () => {
    // The default brief sets no niche keywords and no budget: the other five share the 100 points
    // by their weights 30 : 25 : 15 : 5 : 10 → 35, 29, 18, 6, 12 (largest remainders).
    const points = Object.fromEntries(report.fit.components.map((c) => [c.criterion, [c.status, c.score, c.maxPoints]]));
    expect(points).toEqual({
      engagement: ['measured', 33, 35], // 0.85 + (0.021 − 0.0111) / (0.0261 − 0.0111) × 0.15 = 0.949 × 35 = 33.2 → 33
      authenticity: ['measured', 23, 29], // 0.79 × 29 = 22.9 → 23
      cadence: ['measured', 18, 18], // 2.33/week ≥ the brief's 1 (0.7) + posted 1 day ago (0.3)
      niche: ['not-set', 0, 0], // the default brief sets no keywords
      audienceSize: ['measured', 6, 6],
      sponsored: ['measured', 12, 12],
      budget: ['not-set', 0, 0], // no budget
    });
    expect(report.fit).toMatchObject({ score: 92, verdict: 'strong', summary: 'Strong fit · 92', measured: { criteria: 5, of: 5 }, evidenceGap: null, hardFails: [] });
  });

  it('estimates price from followers × the feed view rate', () => {
    // no views shown: 20,000 × 25 % = 5,000 views × $5–15 / 1,000 = $25–75; CPE 25/420 = 0.06, 75/420 = 0.18
    expect(report.price).toMatchObject({ format: 'instagram-feed', low: 25, high: 75, expectedViews: 5_000, costPerEngagement: { low: 0.06, high: 0.18 } });
  });

  it('is confident: 12 exact posts, exact followers, fresh snapshot', () => {
    expect(report.confidence).toMatchObject({ level: 'high', score: 100, postsUsed: 12 });
  });
});

describe('vet: briefs and history change the verdict', () => {
  it('puts the creator outside the brief on an excluded keyword and flags competitors', () => {
    const brief = makeBrief({ excludedKeywords: ['vegan'], competitors: ['@brandco'] });
    const report = vet({ snapshot: yogaCreator(), brief, history: [], now: NOW });
    expect(report.fit.verdict).toBe('outside-brief');
    expect(report.fit.hardFails).toEqual([{ criterion: 'excluded-keyword', reason: 'excluded keyword “vegan” in the bio', summary: 'excluded “vegan” in the bio' }]);
    expect(report.fit.summary).toBe('Outside brief · excluded “vegan” in the bio');
    expect(report.sponsored.competitorPostIds).toEqual(['young']);
    // sponsored credit halved by the competitor mention: 1 × 0.5 × 12 = 6
    expect(report.fit.components.find((c) => c.criterion === 'sponsored')!.score).toBe(6);
  });

  it('rewards niche keywords found in the bio and captions', () => {
    const report = vet({ snapshot: yogaCreator(), brief: makeBrief({ nicheKeywords: ['yoga', 'golf'] }), history: [], now: NOW });
    // Niche set, budget not: 30 : 25 : 15 : 10 : 5 : 10 of 95 → 32, 26, 16, 11, 5, 10 points.
    // 1 of min(2, 3) = 2 needed → 0.5 × 11 = 5.5 → 6
    expect(report.fit.components.find((c) => c.criterion === 'niche')).toMatchObject({ status: 'measured', maxPoints: 11, score: 6, reason: 'matches 1 of 2 niche keywords (yoga)' });
  });

  it('uses the stored history with the current count appended', () => {
    // Earlier points 30/day apart, then the snapshot's 20,000 a day later: +5,030, i.e. 5,000 above the baseline
    const history = dailyHistory([14_880, 14_910, 14_940, 14_970], 1);
    const report = vet({ snapshot: yogaCreator(), brief: makeBrief(), history, now: NOW });
    expect(report.metrics.growth.points).toBe(5);
    const spike = report.authenticity.signals.find((s) => s.id === 'follower-growth-spike')!;
    expect(spike.level).toBe('risk');
    expect(report.authenticity.score).toBeLessThanOrEqual(70); // one risk caps the score at 70
  });
});

describe('vet: other platforms', () => {
  it('handles a YouTube grid with views only and undated Shorts', () => {
    const posts = [
      ...makePosts(4, (i) => ({ likes: null, comments: null, views: 10_000 * (i + 1), kind: 'video', publishedAtPrecision: 'week' })),
      makePost({ id: 'short', publishedAt: null, publishedAtPrecision: null, likes: null, comments: null, views: 90_000, kind: 'short' }),
    ];
    const snapshot = makeSnapshot({ platform: 'youtube', handle: 'chan', profileUrl: 'https://www.youtube.com/@chan', followers: 100_000, following: null, provenance: { followers: { source: 'json', exact: false, via: 'header' } } }, posts);
    const report = vet({ snapshot, brief: makeBrief(), history: [], now: NOW });
    VettingReportSchema.parse(report);
    expect(report.metrics.engagement.byFollowers).toBeNull();
    expect(report.metrics.engagement.reasons.byFollowers).toBe('likes and comments are not shown on the channel page');
    expect(report.metrics.engagementRate).toBeNull();
    expect(report.metrics.engagementRateBasis).toBe('views');
    // views 10k, 20k, 30k, 40k and the Short's 90k → view rates 0.1 … 0.9, median 0.3
    expect(report.metrics.viewRate!.median).toBeCloseTo(0.3, 12);
    expect(report.metrics.eligiblePostIds.at(-1)).toBe('short');
    // price from median views 30,000 × $15–30 → $450–900
    expect(report.price).toMatchObject({ format: 'youtube-video', low: 450, high: 900, expectedViewsSource: 'median-views' });
    // 100,000 followers is inside the default 3k–100k (inclusive); engagement is not shown, so it
    // earns nothing and costs nothing, and there is too little to judge.
    expect(report.fit.hardFails).toEqual([]);
    expect(report.fit.components[0]).toMatchObject({ criterion: 'engagement', status: 'not-measured', score: 0, maxPoints: 0 });
    expect(report.fit.components[0]!.reason).toContain('likes and comments are not shown on the channel page');
    expect(report.fit).toMatchObject({ verdict: 'insufficient-evidence', summary: 'Too little to judge · likes not shown on the channel page' });
    expect(report.confidence.exactCounts.followers).toBe('rounded');
  });

  it('uses per-view engagement on TikTok and has no benchmark on X', () => {
    const tiktokPosts = makePosts(12, () => ({ likes: 800, comments: 20, shares: 30, views: 10_000, kind: 'video' }));
    const tiktok = vet({ snapshot: makeSnapshot({ platform: 'tiktok', profileUrl: 'https://www.tiktok.com/@test.creator' }, tiktokPosts), brief: makeBrief(), history: [], now: NOW });
    // 850 / 10,000 = 8.5 % per view; Modash TikTok 10k–50k average 8.38–9.37 %
    expect(tiktok.metrics.engagementRate).toBeCloseTo(0.085, 12);
    expect(tiktok.metrics.benchmark!.position).toBe('average');
    expect(tiktok.metrics.benchmark!.value).toBeCloseTo(0.085, 12);
    const x = vet({ snapshot: makeSnapshot({ platform: 'x', profileUrl: 'https://x.com/test.creator' }), brief: makeBrief(), history: [], now: NOW });
    expect(x.metrics.benchmark).toBeNull();
    expect(x.metrics.reasons.benchmark).toBe('no published engagement benchmark by follower size for X');
    expect(x.authenticity.signals[0]).toMatchObject({ id: 'engagement-too-low', level: 'unknown' });
  });

  it('copes with an empty profile and an invalid now', () => {
    const empty = makeSnapshot({ followers: null, following: null, postsCount: null, provenance: {} }, []);
    const report = vet({ snapshot: empty, brief: makeBrief(), history: [], now: new Date(Number.NaN) });
    VettingReportSchema.parse(report);
    expect(report.computedAt).toBe(empty.creator.capturedAt);
    expect(report.metrics.engagement.reasons.byFollowers).toBe('no posts seen on the page');
    expect(report.price.reason).toBe('neither views nor followers are known');
    expect(report.confidence.level).toBe('low');
  });
});

