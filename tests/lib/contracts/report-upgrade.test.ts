import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { VettingReportSchema, type VettingReport } from '../../../lib/contracts/report';
import { upgradeStoredReport } from '../../../lib/contracts/report-upgrade';
import { DEFAULT_BRIEF } from '../../../lib/scoring/default-brief';
import { vet } from '../../../lib/vetting/vet';
import { makeSnapshot, NOW } from '../vetting/factory';

/**
 * Version 1 reports, written by the code of main at 5fb0c7c, on saved
 * pages: what users' shortlists, open tabs and backups hold. Frozen; never regenerate them.
 */
function v1(name: string): Record<string, unknown> & { fit: Record<string, unknown>; metrics: Record<string, unknown> } {
  return JSON.parse(readFileSync(join(import.meta.dirname, 'v1-reports', `${name}.report.json`), 'utf8'));
}

const read = (value: unknown): VettingReport => VettingReportSchema.parse(value);

describe('a version 1 report reads as version 2', () => {
  it('keeps everything it measured, as it was', () => {
    for (const name of ['gdg_rbu', 'celebface', 'badlogicgames', 'pluto__travel']) {
      const old = v1(name);
      const report = read(old);
      expect(report.version).toBe(2);
      for (const key of ['key', 'snapshot', 'computedAt', 'briefId', 'briefName', 'authenticity', 'sponsored', 'price'] as const) expect(report[key]).toEqual(old[key]);
      expect(report.metrics.engagement).toEqual(old.metrics.engagement);
      expect(report.metrics.engagementRate).toEqual(old.metrics.engagementRate);
      expect(report.fit.components.map((c) => [c.criterion, c.weight])).toEqual((old.fit.components as Array<{ criterion: string; weight: number }>).map((c) => [c.criterion, c.weight]));
      // Reading twice changes nothing more.
      expect(read(report)).toEqual(report);
    }
  });

  it('no longer calls "strong" a fit whose engagement came from 1 of 12 posts (gdg_rbu, custom brief: was 83, strong)', () => {
    const old = v1('gdg_rbu');
    expect(old.fit).toMatchObject({ score: 83, verdict: 'strong' });
    const { fit, confidence, metrics } = read(old);
    expect(fit).toMatchObject({ verdict: 'insufficient-evidence', summary: 'Too little to judge · engagement from 1 post', evidenceGap: 'engagement from 1 post' });
    const status = Object.fromEntries(fit.components.map((c) => [c.criterion, c.status]));
    // Version 1 gave the unset budget all 5 of its points, and engagement 28 of 30 from one post.
    expect(status).toMatchObject({ engagement: 'not-measured', budget: 'not-set', niche: 'measured' });
    expect(fit.components.filter((c) => c.status !== 'measured').every((c) => c.score === 0 && c.maxPoints === 0)).toBe(true);
    expect(fit.components.reduce((s, c) => s + c.score, 0)).toBe(fit.score);
    expect(metrics.evidence.engagement).toEqual({ posts: 1, of: 12, minimum: 5, enough: false, note: 'too few posts (1 of 12)' });
    expect(confidence.level).toBe('low');
    expect(confidence.reasons).toContain('at most low: engagement rests on 1 post (needs 5)');
  });

  it('heads an outside-brief verdict with the failing limit (celebface, 1.1M followers: was a big 73)', () => {
    const old = v1('celebface');
    expect(old.fit).toMatchObject({ score: 73, verdict: 'outside-brief' });
    const { fit } = read(old);
    expect(fit.verdict).toBe('outside-brief');
    expect(fit.summary).toBe('Outside brief · 1.14M followers > 100k (+1 more)');
    expect(fit.hardFails.map((f) => f.summary)).toEqual(['1.14M followers > 100k', 'last post 267 days ago']);
  });

  it('says why an X verdict had nothing to judge engagement by (badlogicgames: was 58, possible)', () => {
    const old = v1('badlogicgames');
    expect(old.fit).toMatchObject({ score: 58, verdict: 'possible' });
    expect(read(old).fit).toMatchObject({ verdict: 'insufficient-evidence', summary: 'Too little to judge · no engagement benchmark for X' });
  });

  it('re-composes the points without the unset criteria (pluto__travel, 10 posts: was 72, possible)', () => {
    const old = v1('pluto__travel');
    expect(old.fit).toMatchObject({ score: 72, verdict: 'possible' });
    const { fit } = read(old);
    const oldPoints = Object.fromEntries((old.fit.components as Array<{ criterion: string; score: number; maxPoints: number }>).map((c) => [c.criterion, c]));
    // Niche and budget were unset (10 + 5 free points); the other five share the 100 points now.
    expect(fit.measured).toEqual({ criteria: 5, of: 5 });
    expect(fit.components.filter((c) => c.status === 'not-set').map((c) => c.criterion)).toEqual(['niche', 'budget']);
    for (const c of fit.components.filter((x) => x.status === 'measured')) {
      const before = oldPoints[c.criterion]!;
      expect(c.score).toBe(Math.round((before.score / before.maxPoints) * c.maxPoints));
    }
    const measuredBefore = (['engagement', 'authenticity', 'cadence', 'audienceSize', 'sponsored'] as const).map((c) => oldPoints[c]!);
    // The score is the measured criteria's share, to rounding.
    const share = (100 * measuredBefore.reduce((s, c) => s + c.score, 0)) / measuredBefore.reduce((s, c) => s + c.maxPoints, 0);
    expect(Math.abs(fit.score! - share)).toBeLessThanOrEqual(2);
    expect(fit.summary).toBe(`${fit.verdict === 'strong' ? 'Strong' : 'Possible'} fit · ${fit.score}`);
  });

  it('leaves a version 2 report and anything else alone', () => {
    const report = vet({ snapshot: makeSnapshot(), brief: DEFAULT_BRIEF, history: [], now: NOW });
    expect(upgradeStoredReport(report)).toBe(report);
    expect(read(report)).toEqual(report);
    for (const junk of [null, 'x', { version: 1 }, { version: 1, fit: 'x', metrics: {}, confidence: {}, snapshot: {} }]) {
      expect(VettingReportSchema.safeParse(junk).success).toBe(false);
    }
  });
});
