import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PLATFORMS } from '../../../lib/contracts/creator';
import { VettingReportSchema } from '../../../lib/contracts/report';
import { vet } from '../../../lib/vetting/vet';
import { briefArb, historyArb, nowArb, snapshotArb } from './arbitraries';

describe('vet on any schema-valid input', () => {
  it('never throws, and its report passes the schema with integer scores in 0–100 that add up', () => {
    fc.assert(
      fc.property(snapshotArb, briefArb, historyArb, nowArb, (snapshot, brief, history, now) => {
        const report = vet({ snapshot, brief, history, now });
        VettingReportSchema.parse(report);
        // JSON round trip: what the background stores is what the overlay reads back.
        expect(JSON.parse(JSON.stringify(report))).toEqual(report);
        for (const score of [report.fit.score ?? 0, report.authenticity.score, report.confidence.score]) {
          expect(Number.isInteger(score)).toBe(true);
          expect(score).toBeGreaterThanOrEqual(0);
          expect(score).toBeLessThanOrEqual(100);
        }
        expect(report.fit.components.reduce((sum, c) => sum + c.score, 0)).toBe(report.fit.score ?? 0);
        // The measured criteria share the 100 points; with none measured there is no score.
        expect(report.fit.components.reduce((sum, c) => sum + c.maxPoints, 0)).toBe(report.fit.score === null ? 0 : 100);
        for (const c of report.fit.components) expect(c.score).toBeLessThanOrEqual(c.maxPoints);
      }),
      { numRuns: 300 },
    );
    // 300 random creators take ~10 s on a quiet 2-core machine; a loaded one needs more than the default 20 s.
  }, 60_000);

  it('gives outside-brief whenever a hard limit is broken', () => {
    const violation = fc.constantFrom('platform', 'excluded-keyword', 'followers', 'inactive', 'sponsored');
    fc.assert(
      fc.property(snapshotArb, briefArb, historyArb, nowArb, violation, (snapshot, brief, history, now, kind) => {
        const creator = snapshot.creator;
        let s: typeof snapshot;
        let b: typeof brief;
        if (kind === 'platform') {
          s = snapshot;
          b = { ...brief, platforms: PLATFORMS.filter((p) => p !== creator.platform) };
        } else if (kind === 'excluded-keyword') {
          s = { ...snapshot, creator: { ...creator, bio: `${creator.bio} zqxvetted`.slice(-2000) } };
          b = { ...brief, excludedKeywords: [...brief.excludedKeywords.slice(0, 3), 'zqxvetted'] };
        } else if (kind === 'followers') {
          s = { ...snapshot, creator: { ...creator, followers: 5_000 } };
          b = { ...brief, followers: { min: 6_000, max: null } };
        } else if (kind === 'inactive') {
          // One unpinned post 400 days old and none newer; the brief allows 30 days.
          const old = new Date(now.getTime() - 400 * 86_400_000).toISOString();
          s = { ...snapshot, postOrder: 'latest', posts: [{ ...(snapshot.posts[0] ?? fakePost()), pinned: false, publishedAt: old, publishedAtPrecision: 'day' }] };
          b = { ...brief, maxDaysSinceLastPost: 30 };
        } else {
          // Five sponsored posts: a share of fewer posts neither scores nor fails the limit.
          const post = snapshot.posts[0] ?? fakePost();
          s = { ...snapshot, posts: [1, 2, 3, 4, 5].map((i) => ({ ...post, id: `sponsored-${i}`, pinned: false, sponsored: true })) };
          b = { ...brief, maxSponsoredShare: 0.5 };
        }
        const report = vet({ snapshot: s, brief: b, history, now });
        expect(report.fit.verdict).toBe('outside-brief');
        expect(report.fit.hardFails.length).toBeGreaterThan(0);
      }),
      { numRuns: 200 },
    );
  });
});

function fakePost() {
  return {
    id: 'only',
    url: null,
    publishedAt: null,
    publishedAtPrecision: null,
    likes: null,
    comments: null,
    views: null,
    shares: null,
    saves: null,
    rounded: [],
    kind: 'image' as const,
    pinned: false,
    sponsored: false,
    caption: '',
  };
}
