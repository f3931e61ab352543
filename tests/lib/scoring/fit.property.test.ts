import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FIT_SUMMARY_MAX } from '../../../lib/contracts/report';
import { scoreFit, type FitInput } from '../../../lib/scoring/score-fit';
import { vet } from '../../../lib/vetting/vet';
import { briefArb, snapshotArb } from '../vetting/arbitraries';
import { NOW } from '../vetting/factory';

/** The fit input vet builds, with the creator's engagement (headline and band statistic) replaced. */
function fitInputFor(snapshot: Parameters<typeof vet>[0]['snapshot'], brief: FitInput['brief'], engagement: number | null): FitInput {
  const r = vet({ snapshot, brief, history: [], now: NOW });
  const m = r.metrics;
  return {
    brief,
    platform: snapshot.creator.platform,
    followers: snapshot.creator.followers,
    engagementRate: engagement,
    engagementReason: engagement === null ? 'hidden' : null,
    engagementBasis: m.engagementRateBasis,
    benchmark: m.benchmark && { ...m.benchmark, value: engagement, valueReason: engagement === null ? 'hidden' : null },
    noBenchmarkReason: m.reasons.benchmark,
    evidence: m.evidence,
    noInteractionsShort: 'likes and comments not shown',
    authenticity: r.authenticity,
    cadence: m.cadence,
    cadenceReason: m.reasons.cadence,
    daysSinceLastPost: m.daysSinceLastPost,
    newerUndatedPosts: 0,
    texts: { bio: snapshot.creator.bio, displayName: snapshot.creator.displayName, category: snapshot.creator.category, captions: snapshot.posts.map((p) => p.caption) },
    sponsored: r.sponsored,
    price: r.price,
  };
}

const rate = fc.double({ min: 0, max: 2, noNaN: true });

describe('scoreFit properties', () => {
  it('never lowers the engagement component when engagement rises', () => {
    fc.assert(
      fc.property(snapshotArb, briefArb, rate, rate, (snapshot, brief, a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        const lowFit = scoreFit(fitInputFor(snapshot, brief, low));
        const highFit = scoreFit(fitInputFor(snapshot, brief, high));
        const points = (f: typeof lowFit) => f.components.find((c) => c.criterion === 'engagement')!.score;
        expect(points(highFit)).toBeGreaterThanOrEqual(points(lowFit));
        // Nothing else moves, so the total follows.
        expect(highFit.score ?? 0).toBeGreaterThanOrEqual(lowFit.score ?? 0);
      }),
      { numRuns: 200 },
    );
  });

  it('keeps the score an integer in 0–100 that equals the sum of the measured components, and the line within 60 characters', () => {
    fc.assert(
      fc.property(snapshotArb, briefArb, fc.option(rate, { nil: null }), (snapshot, brief, engagement) => {
        const fit = scoreFit(fitInputFor(snapshot, brief, engagement));
        const measured = fit.components.filter((c) => c.status === 'measured');
        if (fit.score === null) expect(measured).toHaveLength(0);
        else {
          expect(Number.isInteger(fit.score)).toBe(true);
          expect(fit.score).toBeGreaterThanOrEqual(0);
          expect(fit.score).toBeLessThanOrEqual(100);
          expect(measured.reduce((s, c) => s + c.maxPoints, 0)).toBe(100);
        }
        expect(fit.components.reduce((s, c) => s + c.score, 0)).toBe(fit.score ?? 0);
        // No free points: only measured criteria have points to earn.
        for (const c of fit.components) if (c.status !== 'measured') expect([c.score, c.maxPoints]).toEqual([0, 0]);
        expect(fit.measured).toEqual({ criteria: measured.length, of: fit.components.filter((c) => c.status !== 'not-set').length });
        expect(fit.verdict === 'outside-brief').toBe(fit.hardFails.length > 0);
        expect(fit.summary.length).toBeLessThanOrEqual(FIT_SUMMARY_MAX);
      }),
      { numRuns: 200 },
    );
  });
});

describe('vet: the verdict never speaks louder than its evidence', () => {
  it('gives strong or possible only on measured engagement from at least 5 posts of a timeline', () => {
    fc.assert(
      fc.property(snapshotArb, briefArb, (snapshot, brief) => {
        const r = vet({ snapshot, brief, history: [], now: NOW });
        if (r.fit.verdict === 'strong' || r.fit.verdict === 'possible' || r.fit.verdict === 'weak') {
          if (brief.weights.engagement > 0) {
            expect(r.metrics.evidence.engagement.posts).toBeGreaterThanOrEqual(5);
            expect(r.metrics.evidence.sample).toBe('latest');
            expect(r.fit.components.find((c) => c.criterion === 'engagement')?.status).toBe('measured');
          }
        }
        if (r.metrics.evidence.engagement.posts < 5 || r.metrics.evidence.sample === 'popular') expect(r.confidence.level).not.toBe('high');
        if (r.metrics.evidence.engagement.posts < 5) expect(r.confidence.level).toBe('low');
      }),
      { numRuns: 300 },
    );
  });
});
