import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assembleSnapshot, type InputFile } from '../../../lib/cli/vet-assemble';
import type { CampaignBrief } from '../../../lib/contracts/brief';
import { FIT_SUMMARY_MAX } from '../../../lib/contracts/report';
import { SnapshotSchema } from '../../../lib/contracts/creator';
import type { VettingReport } from '../../../lib/contracts/report';
import { PLATFORMS } from '../../../lib/contracts/vocabulary';
import { DEFAULT_BRIEF } from '../../../lib/scoring/default-brief';
import { vet } from '../../../lib/vetting/vet';
import { FIXTURES_DIR, fixtureFiles, loadExpectation, loadFixtureText, parseHtml } from '../platforms/fixture-harness';

type Platform = (typeof PLATFORMS)[number];

function reportFor(platform: Platform, file: string, brief: CampaignBrief = DEFAULT_BRIEF): VettingReport | null {
  const expected = loadExpectation(platform, file);
  if (!expected.expect.ok) return null;
  const text = loadFixtureText(platform, file);
  const input: InputFile = file.endsWith('.json') ? { name: file, kind: 'json', json: JSON.parse(text) } : { name: file, kind: 'html', doc: parseHtml(text, expected.url) };
  const assembled = assembleSnapshot([input], new URL(expected.url), new Date(expected.now));
  if (!assembled.ok) throw new Error(assembled.message);
  return vet({ snapshot: SnapshotSchema.parse(assembled.snapshot), brief, history: [], now: new Date(expected.now) });
}

/** The figures a user compares with other tools; a change to any of them must be deliberate. */
function headline(report: VettingReport) {
  const m = report.metrics;
  return {
    followers: m.followers,
    tier: m.tier,
    eligiblePostIds: m.eligiblePostIds,
    engagementRate: m.engagementRate,
    engagementRateBasis: m.engagementRateBasis,
    byFollowers: m.engagement.byFollowers,
    byViews: m.engagement.byViews,
    postsUsed: m.engagement.postsUsed,
    viewRate: m.viewRate,
    postsPerWeek: m.cadence?.postsPerWeek ?? null,
    postsInSpan: m.cadence?.postsInSpan ?? null,
    daysSinceLastPost: m.daysSinceLastPost,
    sponsoredShare: m.sponsoredShare,
    benchmark: m.benchmark && { value: m.benchmark.value, perPostMedian: m.benchmark.perPostMedian, postsUsed: m.benchmark.postsUsed, position: m.benchmark.position },
    evidence: { sample: m.evidence.sample, engagementPosts: m.evidence.engagement.posts, engagementNote: m.evidence.engagement.note, datedPosts: m.evidence.cadence.datedPosts },
    authenticity: report.authenticity.score,
    signals: Object.fromEntries(report.authenticity.signals.map((s) => [s.id, s.level])),
    fit: {
      score: report.fit.score,
      verdict: report.fit.verdict,
      summary: report.fit.summary,
      measured: report.fit.measured,
      criteria: Object.fromEntries(report.fit.components.map((c) => [c.criterion, c.status === 'measured' ? `${c.score}/${c.maxPoints}` : c.status])),
      hardFails: report.fit.hardFails.map((f) => f.criterion),
    },
    price: { low: report.price.low, high: report.price.high },
    confidence: report.confidence.level,
  };
}

describe('golden reports on the real fixtures (default brief, "now" = capture date)', () => {
  const cases = PLATFORMS.flatMap((platform) => fixtureFiles(platform).map((file) => [platform, file] as const));
  it.each(cases)('%s/%s', async (platform, file) => {
    const report = reportFor(platform, file);
    if (!report) return;
    await expect(`${JSON.stringify(headline(report), null, 2)}\n`).toMatchFileSnapshot(join('golden', platform, `${file.replace(/\.(html|json)$/, '')}.report.json`));
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

describe('issue #10 on every saved sample page', () => {
  const cases = PLATFORMS.flatMap((platform) => fixtureFiles(platform).map((file) => [platform, file] as const)).filter(([p, f]) => loadExpectation(p, f).expect.ok);
  const verdicts: string[] = [];

  it.each(cases)('%s/%s: no strong or possible verdict on fewer than 5 posts; the line names the failing limit', (platform, file) => {
    for (const brief of [DEFAULT_BRIEF, OPEN_BRIEF]) {
      const report = reportFor(platform, file, brief)!;
      const { fit, metrics, confidence } = report;
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
    const unset = reportFor(platform, file)!.fit;
    const zero = reportFor(platform, file, { ...DEFAULT_BRIEF, weights: { ...DEFAULT_BRIEF.weights, niche: 0, budget: 0 } })!.fit;
    expect(unset.score).toBe(zero.score);
    expect(unset.verdict).toBe(zero.verdict);
    for (const c of unset.components.filter((x) => x.criterion === 'niche' || x.criterion === 'budget')) expect(c).toMatchObject({ status: 'not-set', score: 0, maxPoints: 0 });
  });

  it('the 1.1M-follower Instagram page against the default brief: "Outside brief · 1.1M followers > 100k", the score out of the line', () => {
    const report = reportFor('instagram', '2025-02_profile_rendered-dom_logged-in_en_celebface-1.1M_sanitized.html')!;
    expect(report.snapshot.creator.followers).toBe(1_137_245);
    expect(report.fit.verdict).toBe('outside-brief');
    expect(report.fit.summary).toMatch(/^Outside brief · 1\.1M followers > 100k/);
    expect(report.fit.summary).not.toContain(String(report.fit.score));
  });

  it('the sample pages give more than one kind of verdict under the open brief (the checks above are not vacuous)', () => {
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
    const report = reportFor('instagram', file)!;
    expect(rates.length).toBe(report.metrics.engagement.postsUsed);
    expect(report.metrics.engagement.byFollowers?.median).toBeCloseTo(median, 12);
    expect(report.metrics.engagement.byFollowers?.mean).toBeCloseTo(mean, 12);
    expect(report.metrics.engagementRate).toBeCloseTo(median, 12);
    expect(report.metrics.engagementRateBasis).toBe('followers');
  });
});
