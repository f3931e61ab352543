import { describe, expect, it } from 'vitest';
import { computeEngagement } from '../../../lib/metrics/engagement';
import { makePost } from '../vetting/factory';

// Three eligible posts of a 10,000-follower creator:
//   a: 300 likes + 20 comments           = 320, views 4,000
//   b: 500 likes + 0 comments            = 500, views 0 (known zero: no per-view rate)
//   c: 200 likes + 10 comments + 10 shares = 220, views 2,000
const a = makePost({ id: 'a', likes: 300, comments: 20, views: 4_000 });
const b = makePost({ id: 'b', likes: 500, comments: 0, views: 0 });
const c = makePost({ id: 'c', likes: 200, comments: 10, shares: 10, views: 2_000 });

describe('computeEngagement', () => {
  it('computes per-follower and per-view rates by hand', () => {
    const r = computeEngagement([a, b, c], 10_000, 'instagram', 3);
    // by followers: 0.032, 0.05, 0.022 → median 0.032, mean 0.104 / 3
    expect(r.engagement.byFollowers!.median).toBeCloseTo(0.032, 12);
    expect(r.engagement.byFollowers!.mean).toBeCloseTo(0.104 / 3, 12);
    // by views (views > 0 only): 320/4000 = 0.08, 220/2000 = 0.11 → median = mean = 0.095
    expect(r.engagement.byViews!.median).toBeCloseTo(0.095, 12);
    expect(r.engagement.byViews!.mean).toBeCloseTo(0.095, 12);
    // view rate: 4000/10000 = 0.4, 0, 2000/10000 = 0.2 → median 0.2, mean 0.6/3 = 0.2
    expect(r.viewRate!.median).toBeCloseTo(0.2, 12);
    expect(r.viewRate!.mean).toBeCloseTo(0.2, 12);
    expect(r.engagement.postsUsed).toBe(3);
    expect(r.engagement.postsUsedByViews).toBe(2);
    expect(r.engagement.postIds).toEqual(['a', 'b', 'c']);
    expect(r.engagement.medianInteractions).toBe(320); // 220, 320, 500
    expect(r.medianViews).toBe(2_000); // 0, 2000, 4000
    expect(r.medianLikes).toBe(300); // 200, 300, 500
    // Instagram's headline is the per-follower median.
    expect(r.engagementRate).toBeCloseTo(0.032, 12);
    expect(r.engagementRateBasis).toBe('followers');
    expect(r.engagement.reasons).toEqual({ byFollowers: null, byViews: null });
    expect(r.engagement.formulas.byFollowers).toContain('÷ followers');
  });

  it('uses the per-view median as the headline on TikTok', () => {
    const r = computeEngagement([a, b, c], 10_000, 'tiktok', 3);
    expect(r.engagementRate).toBeCloseTo(0.095, 12);
    expect(r.engagementRateBasis).toBe('views');
  });

  it('gives null with "followers unknown" and still computes per-view rates', () => {
    const r = computeEngagement([a, b, c], null, 'instagram', 3);
    expect(r.engagement.byFollowers).toBeNull();
    expect(r.engagement.reasons.byFollowers).toBe('followers unknown');
    expect(r.engagement.byViews!.median).toBeCloseTo(0.095, 12);
    expect(r.viewRate).toBeNull();
    expect(r.viewRateReason).toBe('followers unknown');
    expect(r.engagementRate).toBeNull();
    expect(r.engagementRateReason).toBe('followers unknown');
  });

  it('explains a YouTube grid: views but no likes or comments', () => {
    const grid = [makePost({ likes: null, comments: null, views: 30_000 }), makePost({ likes: null, comments: null, views: 10_000 })];
    const r = computeEngagement(grid, 100_000, 'youtube', 2);
    expect(r.engagement.byFollowers).toBeNull();
    expect(r.engagement.byViews).toBeNull();
    expect(r.engagement.reasons.byFollowers).toBe('likes and comments are not shown on the channel page');
    expect(r.engagement.reasons.byViews).toBe('likes and comments are not shown on the channel page');
    expect(r.engagementRate).toBeNull();
    expect(r.engagementRateReason).toBe('likes and comments are not shown on the channel page');
    // view rate: 0.3 and 0.1 → median = mean = 0.2
    expect(r.viewRate!.median).toBeCloseTo(0.2, 12);
    expect(r.engagement.postsUsed).toBe(0);
    expect(r.engagement.postIds).toEqual([]);
  });

  it('says why when no post is eligible', () => {
    expect(computeEngagement([], 10_000, 'instagram', 0).engagement.reasons.byFollowers).toBe('no posts seen on the page');
    expect(computeEngagement([], 10_000, 'instagram', 4).engagement.reasons.byFollowers).toMatch(/no eligible posts/);
    expect(computeEngagement([], 10_000, 'instagram', 4).viewRateReason).toMatch(/no eligible posts/);
  });

  it('gives a per-view reason when the posts with interactions show no views', () => {
    const r = computeEngagement([makePost({ views: null })], 10_000, 'tiktok', 1);
    expect(r.engagement.byViews).toBeNull();
    expect(r.engagement.reasons.byViews).toBe('none of the eligible posts with likes, comments or shares shows views');
    expect(r.viewRateReason).toBe('none of the eligible posts shows views');
  });
});
