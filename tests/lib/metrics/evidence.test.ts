import { describe, expect, it } from 'vitest';
import type { Engagement } from '../../../lib/contracts/report';
import { assessEvidence, MIN_ENGAGEMENT_POSTS } from '../../../lib/metrics/evidence';

const engagement = (postsUsed: number, postsUsedByViews = 0) => ({ postsUsed, postsUsedByViews }) as Engagement;

describe('assessEvidence', () => {
  it(`counts engagement as measured from ${MIN_ENGAGEMENT_POSTS} posts with interactions, and marks fewer`, () => {
    expect(MIN_ENGAGEMENT_POSTS).toBe(5);
    const one = assessEvidence({ engagement: engagement(1), basis: 'followers', eligiblePosts: 12, datedPosts: 12, postOrder: 'latest' });
    expect(one.engagement).toEqual({ posts: 1, of: 12, minimum: 5, enough: false, note: 'too few posts (1 of 12)' });
    const five = assessEvidence({ engagement: engagement(5), basis: 'followers', eligiblePosts: 12, datedPosts: 12, postOrder: 'latest' });
    expect(five.engagement).toMatchObject({ posts: 5, enough: true, note: null });
  });

  it('counts posts with views on a views basis (TikTok, YouTube)', () => {
    const e = assessEvidence({ engagement: engagement(12, 3), basis: 'views', eligiblePosts: 12, datedPosts: 12, postOrder: 'latest' });
    expect(e.engagement).toMatchObject({ posts: 3, enough: false, note: 'too few posts (3 of 12)' });
  });

  it('needs 3 dated posts for cadence', () => {
    expect(assessEvidence({ engagement: engagement(12), basis: 'followers', eligiblePosts: 12, datedPosts: 2, postOrder: 'latest' }).cadence).toEqual({ datedPosts: 2, minimum: 3, enough: false });
    expect(assessEvidence({ engagement: engagement(12), basis: 'followers', eligiblePosts: 12, datedPosts: 3, postOrder: 'latest' }).cadence.enough).toBe(true);
  });

  it('counts nothing from a page of popular posts as measured', () => {
    const e = assessEvidence({ engagement: engagement(12), basis: 'followers', eligiblePosts: 12, datedPosts: 0, postOrder: 'popular' });
    expect(e).toMatchObject({ sample: 'popular', engagement: { enough: false, note: 'popular posts only, not the latest' }, cadence: { enough: false } });
  });
});
