import { describe, expect, it } from 'vitest';
import { computeCadence } from '../../../lib/metrics/cadence';
import { makePost, NOW } from '../vetting/factory';

describe('computeCadence', () => {
  it('computes posts per week, gaps and regularity by hand', () => {
    const posts = [
      makePost({ ageDays: 10 }),
      makePost({ ageDays: 3 }),
      makePost({ ageDays: 100, pinned: true }), // pinned: ignored
      makePost({ ageDays: 17 }),
      makePost({ publishedAt: null, publishedAtPrecision: null }), // undated: ignored
      makePost({ ageDays: 5 }),
    ];
    const { cadence, reason, daysSinceLastPost } = computeCadence(posts, NOW);
    expect(reason).toBeNull();
    // dated posts at 3, 5, 10, 17 days ago: span 14 days → (4 − 1) × 7 / 14 = 1.5 per week
    expect(cadence!.postsPerWeek).toBeCloseTo(1.5, 12);
    expect(cadence!.spanDays).toBeCloseTo(14, 12);
    expect(cadence!.datedPosts).toBe(4);
    // gaps 2, 5, 7 → median 5
    expect(cadence!.medianGapDays).toBeCloseTo(5, 12);
    // mean 14/3; squared deviations 64/9 + 1/9 + 49/9 = 114/9, /3 → 38/9; sd √(38/9) = 2.0548; cv = 2.0548 / 4.6667 = 0.44032
    expect(cadence!.regularity).toBeCloseTo(Math.sqrt(38 / 9) / (14 / 3), 12);
    expect(cadence!.regularity).toBeCloseTo(0.4403, 4);
    expect(daysSinceLastPost).toBeCloseTo(3, 12);
    expect(cadence!.daysSinceLastPost).toBeCloseTo(3, 12);
  });

  it('counts young posts too: cadence is about every dated post seen', () => {
    const { cadence } = computeCadence([makePost({ ageDays: 1 }), makePost({ ageDays: 8 })], NOW);
    // 1 gap of 7 days → (2 − 1) × 7 / 7 = 1 per week; one gap → no regularity
    expect(cadence!.postsPerWeek).toBeCloseTo(1, 12);
    expect(cadence!.regularity).toBeNull();
  });

  it('is null with a reason under two dated posts, but still knows the last post', () => {
    const one = computeCadence([makePost({ ageDays: 6 }), makePost({ publishedAt: null, publishedAtPrecision: null })], NOW);
    expect(one.cadence).toBeNull();
    expect(one.reason).toBe('only one dated post seen; cadence needs two');
    expect(one.daysSinceLastPost).toBeCloseTo(6, 12);
    const none = computeCadence([makePost({ publishedAt: null, publishedAtPrecision: null })], NOW);
    expect(none.cadence).toBeNull();
    expect(none.reason).toMatch(/no dated posts/);
    expect(none.daysSinceLastPost).toBeNull();
  });

  it('is null when every dated post has the same date', () => {
    const r = computeCadence([makePost({ ageDays: 30 }), makePost({ ageDays: 30 })], NOW);
    expect(r.cadence).toBeNull();
    expect(r.reason).toBe('all dated posts carry the same date');
  });
});
