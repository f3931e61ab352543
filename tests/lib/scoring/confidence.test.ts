import { describe, expect, it } from 'vitest';
import type { Authenticity, Evidence } from '../../../lib/contracts/report';
import { assessConfidence, CONFIDENCE_CEILINGS, CONFIDENCE_DEDUCTIONS as D } from '../../../lib/scoring/confidence';
import { hoursAgo, makeCreator, makePost, makePosts, NOW } from '../vetting/factory';

const cadence = { postsPerWeek: 2, medianGapDays: 3, daysSinceLastPost: 4, regularity: 0.1, datedPosts: 12, postsInSpan: 12, spanDays: 33 };
const evidence = (posts: number, sample: Evidence['sample'] = 'latest'): Evidence => ({
  sample,
  engagement: { posts, of: 12, minimum: 5, enough: sample === 'latest' && posts >= 5, note: null },
  cadence: { datedPosts: 12, minimum: 3, enough: sample === 'latest' },
});
const authenticity = (unknown: number): Authenticity => ({
  score: 80,
  signals: Array.from({ length: 12 }, (_, i) => ({ id: 'like-spread' as const, level: i < unknown ? ('unknown' as const) : ('ok' as const), value: null, threshold: null, message: '' })),
  counts: { ok: 12 - unknown, warn: 0, risk: 0, unknown },
});

describe('assessConfidence', () => {
  it('is 100 and high for 12 exact posts, exact followers and a fresh snapshot', () => {
    const c = assessConfidence({ creator: makeCreator(), eligible: makePosts(12), postsUsed: 12, cadence, cadenceReason: null, evidence: evidence(12), authenticity: authenticity(2), now: NOW });
    expect(c).toMatchObject({ level: 'high', score: 100, postsUsed: 12, snapshotAgeHours: 0 });
    expect(c.exactCounts).toEqual({ followers: 'exact', following: 'exact', postsCount: 'exact', likes: 'exact', comments: 'exact', shares: 'unknown', views: 'unknown' });
    expect(c.reasons).toEqual(['12 posts with exact counts, fresh snapshot']);
  });

  it('takes points off for each weakness', () => {
    const creator = makeCreator({ provenance: { followers: { source: 'meta', exact: false, via: 'og:description' } }, capturedAt: hoursAgo(30) });
    const posts = [makePost({ rounded: ['likes'] }), makePost(), makePost({ publishedAtPrecision: 'month' }), makePost({ publishedAtPrecision: 'month' })];
    const c = assessConfidence({ creator, eligible: posts, postsUsed: 4, cadence: null, cadenceReason: 'only 2 dated posts seen; cadence needs 3', evidence: evidence(4), authenticity: authenticity(7), now: NOW });
    // 100 − 20 (4 posts) − 10 (followers rounded) − 10 (likes mixed) − 10 (2 of 4 coarse dates is not most: no deduction)
    //     − 10 (no cadence) − 10 (30 h old) − 10 (7 of 12 checks unknown) = 30
    expect(c.score).toBe(100 - D.fewPosts - D.followersRounded - D.postCountsRounded - D.cadenceUnknown - D.staleDay - D.manyUnknownSignals);
    expect(c.score).toBe(30);
    expect(c.level).toBe('low');
    expect(c.exactCounts.followers).toBe('rounded');
    expect(c.exactCounts.following).toBe('rounded'); // known but without provenance: not vouched for
    expect(c.exactCounts.likes).toBe('mixed');
    expect(c.snapshotAgeHours).toBe(30);
    expect(c.reasons).toContain('only 4 posts entered the engagement rate');
    expect(c.reasons).toContain('posting rate unknown (only 2 dated posts seen; cadence needs 3)');
  });

  it('flags approximate dates when most are coarse, and unknown followers', () => {
    const posts = makePosts(12, (i) => ({ publishedAtPrecision: i < 7 ? 'month' : 'day' }));
    const c = assessConfidence({ creator: makeCreator({ followers: null, provenance: {} }), eligible: posts, postsUsed: 12, cadence, cadenceReason: null, evidence: evidence(12), authenticity: authenticity(0), now: NOW });
    // 100 − 25 (followers unknown) − 10 (7 of 12 dates coarse) = 65
    expect(c.score).toBe(65);
    expect(c.level).toBe('medium');
    expect(c.exactCounts.followers).toBe('unknown');
  });

  it('never says high (or medium) on engagement from fewer than 5 posts', () => {
    // Everything else perfect: 100 − 20 for 1 post = 80, which would be "high".
    const c = assessConfidence({ creator: makeCreator(), eligible: makePosts(12), postsUsed: 1, cadence, cadenceReason: null, evidence: evidence(1), authenticity: authenticity(0), now: NOW });
    expect(c).toMatchObject({ level: 'low', score: CONFIDENCE_CEILINGS.fewPosts });
    expect(c.reasons).toContain('at most low: engagement rests on 1 post (needs 5)');
  });

  it('never says high on a page of popular posts, and says why', () => {
    const c = assessConfidence({
      creator: makeCreator(),
      eligible: makePosts(12),
      postsUsed: 12,
      cadence: null,
      cadenceReason: 'this page shows popular posts, not the latest',
      evidence: evidence(12, 'popular'),
      authenticity: authenticity(0),
      now: NOW,
    });
    // 100 − 10 (no cadence) = 90, held at the medium ceiling.
    expect(c).toMatchObject({ level: 'medium', score: CONFIDENCE_CEILINGS.popularSample });
    expect(c.reasons).toContain('posting rate unknown (this page shows popular posts, not the latest)');
    expect(c.reasons).toContain('at most medium: this page shows popular posts, not the latest');
  });
});
