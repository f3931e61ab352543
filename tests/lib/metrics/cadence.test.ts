import { describe, expect, it } from 'vitest';
import { computeCadence, POPULAR_POSTS_REASON } from '../../../lib/metrics/cadence';
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
    // Not in date order as given, so the undated post's place says nothing: only dated posts count.
    expect(cadence!.postsInSpan).toBe(4);
    // gaps 2, 5, 7 → median 5
    expect(cadence!.medianGapDays).toBeCloseTo(5, 12);
    // mean 14/3; squared deviations 64/9 + 1/9 + 49/9 = 114/9, /3 → 38/9; sd √(38/9) = 2.0548; cv = 2.0548 / 4.6667 = 0.44032
    expect(cadence!.regularity).toBeCloseTo(Math.sqrt(38 / 9) / (14 / 3), 12);
    expect(cadence!.regularity).toBeCloseTo(0.4403, 4);
    expect(daysSinceLastPost).toBeCloseTo(3, 12);
    expect(cadence!.daysSinceLastPost).toBeCloseTo(3, 12);
  });

  it('counts young posts too: cadence is about every dated post seen', () => {
    const { cadence } = computeCadence([makePost({ ageDays: 1 }), makePost({ ageDays: 4 }), makePost({ ageDays: 8 })], NOW);
    // 2 gaps over 7 days → (3 − 1) × 7 / 7 = 2 per week
    expect(cadence!.postsPerWeek).toBeCloseTo(2, 12);
    expect(cadence!.regularity).toBeCloseTo(1 / 7, 12); // gaps 3 and 4: sd 0.5 / mean 3.5
  });

  it('counts the undated posts between two dated ones on a timeline (issue #10.5)', () => {
    // An Instagram grid, newest first: photos carry a date in their alt text, videos none.
    const undated = () => makePost({ publishedAt: null, publishedAtPrecision: null });
    const posts = [undated(), makePost({ ageDays: 2 }), undated(), undated(), makePost({ ageDays: 9 }), undated(), makePost({ ageDays: 16 }), undated()];
    const { cadence, newerUndatedPosts } = computeCadence(posts, NOW);
    // From the newest to the oldest dated post, inclusive: 2, u, u, 9, u, 16 = 6 posts in 14 days
    // → (6 − 1) × 7 / 14 = 2.5 per week (dated posts alone would say 1). The first and last
    // undated posts lie outside the span.
    expect(cadence!.postsInSpan).toBe(6);
    expect(cadence!.datedPosts).toBe(3);
    expect(cadence!.postsPerWeek).toBeCloseTo(2.5, 12);
    // Gaps: 7 days over 3 intervals, 7 days over 2 → 7/3, 7/3, 7/3, 3.5, 3.5; median 7/3
    expect(cadence!.medianGapDays).toBeCloseTo(7 / 3, 12);
    expect(newerUndatedPosts).toBe(1);
  });

  it('leaves pinned posts out of the span, dated or not', () => {
    const posts = [
      makePost({ ageDays: 300, pinned: true }),
      makePost({ publishedAt: null, publishedAtPrecision: null, pinned: true }),
      makePost({ ageDays: 1 }),
      makePost({ publishedAt: null, publishedAtPrecision: null, pinned: true }),
      makePost({ ageDays: 8 }),
      makePost({ ageDays: 15 }),
    ];
    const { cadence } = computeCadence(posts, NOW);
    expect(cadence!.postsInSpan).toBe(3);
    expect(cadence!.postsPerWeek).toBeCloseTo(1, 12);
  });

  it('is null on a page of popular posts, and so is the last post (issue #10.4)', () => {
    const posts = [makePost({ ageDays: 406 }), makePost({ ageDays: 500 }), makePost({ ageDays: 700 })];
    const r = computeCadence(posts, NOW, 'popular');
    expect(r).toMatchObject({ cadence: null, reason: POPULAR_POSTS_REASON, daysSinceLastPost: null, daysSinceLastPostReason: POPULAR_POSTS_REASON });
    expect(POPULAR_POSTS_REASON).toBe('this page shows popular posts, not the latest');
    // The same posts on a timeline.
    expect(computeCadence(posts, NOW, 'latest').daysSinceLastPost).toBeCloseTo(406, 12);
  });

  it('needs three dated posts, but still knows the last post from one', () => {
    const two = computeCadence([makePost({ ageDays: 6 }), makePost({ ageDays: 13 })], NOW);
    expect(two.cadence).toBeNull();
    expect(two.reason).toBe('only 2 dated posts seen; cadence needs 3');
    expect(two.datedPosts).toBe(2);
    const one = computeCadence([makePost({ ageDays: 6 }), makePost({ publishedAt: null, publishedAtPrecision: null })], NOW);
    expect(one.cadence).toBeNull();
    expect(one.reason).toBe('only 1 dated post seen; cadence needs 3');
    expect(one.daysSinceLastPost).toBeCloseTo(6, 12);
    const none = computeCadence([makePost({ publishedAt: null, publishedAtPrecision: null })], NOW);
    expect(none.cadence).toBeNull();
    expect(none.reason).toMatch(/no dated posts/);
    expect(none.daysSinceLastPost).toBeNull();
  });

  it('is null when every dated post has the same date', () => {
    const r = computeCadence([makePost({ ageDays: 30 }), makePost({ ageDays: 30 }), makePost({ ageDays: 30 })], NOW);
    expect(r.cadence).toBeNull();
    expect(r.reason).toBe('all dated posts carry the same date');
  });
});
