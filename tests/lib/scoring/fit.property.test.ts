import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scoreFit, type FitInput } from '../../../lib/scoring/score-fit';
import { vet } from '../../../lib/vetting/vet';
import { briefArb, snapshotArb } from '../vetting/arbitraries';
import { NOW } from '../vetting/factory';

/** The fit input vet would build, with the engagement value replaced. */
function fitInputFor(snapshot: Parameters<typeof vet>[0]['snapshot'], brief: FitInput['brief'], engagement: number | null): FitInput {
  const r = vet({ snapshot, brief, history: [], now: NOW });
  return {
    brief,
    platform: snapshot.creator.platform,
    followers: snapshot.creator.followers,
    engagement,
    engagementReason: engagement === null ? 'hidden' : null,
    engagementBasis: r.metrics.benchmark?.basis ?? r.metrics.engagementRateBasis,
    benchmark: r.metrics.benchmark,
    noBenchmarkReason: r.metrics.reasons.benchmark,
    authenticity: r.authenticity,
    cadence: r.metrics.cadence,
    cadenceReason: r.metrics.reasons.cadence,
    daysSinceLastPost: r.metrics.daysSinceLastPost,
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
        expect(highFit.score).toBeGreaterThanOrEqual(lowFit.score);
      }),
      { numRuns: 200 },
    );
  });

  it('keeps the score an integer in 0–100 that equals the sum of its components', () => {
    fc.assert(
      fc.property(snapshotArb, briefArb, fc.option(rate, { nil: null }), (snapshot, brief, engagement) => {
        const fit = scoreFit(fitInputFor(snapshot, brief, engagement));
        expect(Number.isInteger(fit.score)).toBe(true);
        expect(fit.score).toBeGreaterThanOrEqual(0);
        expect(fit.score).toBeLessThanOrEqual(100);
        expect(fit.components.reduce((s, c) => s + c.score, 0)).toBe(fit.score);
        expect(fit.verdict === 'outside-brief').toBe(fit.hardFails.length > 0);
      }),
      { numRuns: 200 },
    );
  });
});
