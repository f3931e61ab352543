import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CampaignBrief } from '../../../lib/contracts/brief';
import type { Platform } from '../../../lib/contracts/creator';
import { FIT_SUMMARY_MAX, type VettingReport } from '../../../lib/contracts/report';
import { PLATFORMS } from '../../../lib/contracts/vocabulary';
import { DEFAULT_BRIEF } from '../../../lib/scoring/default-brief';
import { FIXTURES_DIR, loadExpectation } from '../platforms/fixture-files';
import { GOLDEN_DIR, goldenCases, goldenOf, goldenPath, vetFixture } from './golden-report';

// Golden files are never written by a test run, locally or in CI: a missing, changed or stale one
// fails, and `npm run golden:update` (README "Development") is the only way to write them.
const UPDATE = 'if the change is intended, run `npm run golden:update` and review the diff';

describe('golden reports on the real fixtures (default brief, "now" = capture date)', () => {
  it.each(goldenCases())('%s/%s', (platform, file) => {
    const vetted = vetFixture(platform, file);
    const expected = loadExpectation(platform, file).expect;
    // A page the readers can't read has a golden too: the reason, asserted, not skipped.
    if (!expected.ok) expect(vetted.ok ? 'read' : vetted.reason).toBe(expected.vetReason ?? expected.reason);
    else if (expected.vetReason) expect(vetted.ok ? 'read' : vetted.reason).toBe(expected.vetReason);
    else expect(vetted.ok ? 'read' : vetted.message).toBe('read');
    const path = goldenPath(platform, file);
    expect(existsSync(path), `${relative(GOLDEN_DIR, path)} is missing: ${UPDATE}`).toBe(true);
    expect(goldenOf(vetted), `${relative(GOLDEN_DIR, path)} differs: ${UPDATE}`).toEqual(JSON.parse(readFileSync(path, 'utf8')));
  });

  it('has no golden without a fixture', () => {
    const wanted = new Set(goldenCases().map(([platform, file]) => goldenPath(platform, file)));
    const stale = PLATFORMS.flatMap((platform) => {
      const dir = join(GOLDEN_DIR, platform);
      return existsSync(dir) ? readdirSync(dir).map((name) => join(dir, name)).filter((path) => !wanted.has(path)) : [];
    });
    expect(stale.map((path) => relative(GOLDEN_DIR, path)), UPDATE).toEqual([]);
  });
});

/**
 * A brief that lets most sample pages through its hard limits (any size, any age, niche keywords
 * set), so that the evidence rule, not a limit, decides their verdict.
 */
const OPEN_BRIEF: CampaignBrief = {
  ...DEFAULT_BRIEF,
  id: 'open',
  name: 'Open',
  followers: { min: null, max: null },
  maxDaysSinceLastPost: null,
  maxSponsoredShare: null,
  nicheKeywords: ['travel', 'tech', 'food'],
};

function reportOf(platform: Platform, file: string, brief: CampaignBrief = DEFAULT_BRIEF): VettingReport {
  const vetted = vetFixture(platform, file, brief);
  if (!vetted.ok) throw new Error(vetted.message);
  return vetted.report;
}

describe('issue #10 on every saved sample page', () => {
  const cases = goldenCases().filter(([platform, file]) => {
    const expected = loadExpectation(platform, file).expect;
    return expected.ok && !expected.vetReason;
  });
  const verdicts: string[] = [];

  it.each(cases)('%s/%s: no strong or possible verdict on fewer than 5 posts; the line names the failing limit', (platform, file) => {
    for (const brief of [DEFAULT_BRIEF, OPEN_BRIEF]) {
      const { fit, metrics, confidence } = reportOf(platform, file, brief);
      verdicts.push(fit.verdict);
      if (fit.verdict === 'strong' || fit.verdict === 'possible') {
        expect(metrics.evidence.engagement.posts).toBeGreaterThanOrEqual(5);
        expect(metrics.evidence.sample).toBe('latest');
      }
      if (metrics.evidence.engagement.posts < 5) expect(confidence.level).toBe('low');
      expect(fit.summary.length).toBeLessThanOrEqual(FIT_SUMMARY_MAX);
      if (fit.hardFails.length > 0) expect(fit.summary.startsWith(`Outside brief · ${fit.hardFails[0]!.summary}`)).toBe(true);
      if (fit.verdict === 'insufficient-evidence') expect(fit.summary).toBe(`Too little to judge · ${fit.evidenceGap}`);
    }
  });

  it.each(cases)('%s/%s: a criterion the brief leaves unset never adds points', (platform, file) => {
    // The default brief sets no niche keywords and no budget: the same as giving them weight 0.
    const unset = reportOf(platform, file).fit;
    const zero = reportOf(platform, file, { ...DEFAULT_BRIEF, weights: { ...DEFAULT_BRIEF.weights, niche: 0, budget: 0 } }).fit;
    expect(unset.score).toBe(zero.score);
    expect(unset.verdict).toBe(zero.verdict);
    for (const c of unset.components.filter((x) => x.criterion === 'niche' || x.criterion === 'budget')) expect(c).toMatchObject({ status: 'not-set', score: 0, maxPoints: 0 });
  });

  it('the 1.1M-follower Instagram page against the default brief: "Outside brief · 1.1M followers > 100k", the score out of the line', () => {
    const report = reportOf('instagram', '2025-02_profile_rendered-dom_logged-in_en_celebface-1.1M_sanitized.html');
    expect(report.snapshot.creator.followers).toBe(1_137_245);
    expect(report.fit.verdict).toBe('outside-brief');
    expect(report.fit.summary).toMatch(/^Outside brief · 1\.14M followers > 100k/);
    expect(report.fit.summary).not.toContain(String(report.fit.score));
  });

  it.each(cases)('%s/%s: a page of popular posts gives no cadence or last post, and confidence says so', (platform, file) => {
    const { snapshot, metrics, confidence, fit } = reportOf(platform, file);
    if (snapshot.postOrder !== 'popular') return;
    expect(metrics.cadence).toBeNull();
    expect(metrics.daysSinceLastPost).toBeNull();
    expect(metrics.reasons.cadence).toBe('this page shows popular posts, not the latest');
    expect(metrics.reasons.daysSinceLastPost).toBe('this page shows popular posts, not the latest');
    expect(confidence.level).not.toBe('high');
    expect(confidence.reasons.some((r) => r.includes('this page shows popular posts, not the latest'))).toBe(true);
    expect(fit.hardFails.map((f) => f.criterion)).not.toContain('days-since-last-post');
    expect(['insufficient-evidence', 'outside-brief']).toContain(fit.verdict);
  });

  it('the logged-out X page is one of them (issue #10.4: "0 posts/week, last post 406 days ago" was the bug)', () => {
    const { snapshot, metrics, fit } = reportOf('x', '2025-11_profile_rendered-dom_en-GB_badlogicgames.html');
    expect(snapshot.postOrder).toBe('popular');
    expect(metrics.daysSinceLastPost).toBeNull();
    expect(fit.summary).toBe('Too little to judge · popular posts only, not the latest');
  });

  it('the sample pages give every kind of verdict under the two briefs (the checks above are not vacuous)', () => {
    expect(verdicts).toContain('insufficient-evidence');
    expect(verdicts).toContain('outside-brief');
    expect(verdicts.some((v) => v === 'strong' || v === 'possible' || v === 'weak')).toBe(true);
  });
});

describe('hand computation on a real page: pluto__travel, Instagram, June 2021', () => {
  // Computed straight from the page's own JSON, independently of the reader: each of the 12
  // timeline posts' (likes + comments) / 2,187 followers, posts at least 72 h before "now".
  const file = '2021-06_profile_html_sharedData_logged-in_pluto__travel.html';
  const html = readFileSync(join(FIXTURES_DIR, 'instagram', file), 'utf8');
  const json = JSON.parse(/window\._sharedData = (\{.*?\});\s*<\/script>/s.exec(html)?.[1] ?? 'null') as {
    entry_data: { ProfilePage: Array<{ graphql: { user: { edge_followed_by: { count: number }; edge_owner_to_timeline_media: { edges: Array<{ node: { taken_at_timestamp: number; edge_liked_by: { count: number }; edge_media_to_comment: { count: number } } }> } } } }> };
  };
  const user = json.entry_data.ProfilePage[0]!.graphql.user;
  const now = Date.parse(loadExpectation('instagram', file).now);
  const rates = user.edge_owner_to_timeline_media.edges
    .map((e) => e.node)
    .filter((n) => now - n.taken_at_timestamp * 1000 >= 72 * 3600 * 1000)
    .sort((a, b) => b.taken_at_timestamp - a.taken_at_timestamp)
    .slice(0, 12)
    .map((n) => (n.edge_liked_by.count + n.edge_media_to_comment.count) / user.edge_followed_by.count)
    .sort((a, b) => a - b);
  const median = rates.length % 2 ? rates[(rates.length - 1) / 2]! : (rates[rates.length / 2 - 1]! + rates[rates.length / 2]!) / 2;
  const mean = rates.reduce((a, b) => a + b, 0) / rates.length;

  it('engagement by followers: median and mean match the page arithmetic', () => {
    const vetted = vetFixture('instagram', file);
    if (!vetted.ok) throw new Error(vetted.message);
    const report = vetted.report;
    expect(rates.length).toBe(report.metrics.engagement.postsUsed);
    expect(report.metrics.engagement.byFollowers?.median).toBeCloseTo(median, 12);
    expect(report.metrics.engagement.byFollowers?.mean).toBeCloseTo(mean, 12);
    expect(report.metrics.engagementRate).toBeCloseTo(median, 12);
    expect(report.metrics.engagementRateBasis).toBe('followers');
  });
});
