import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assembleSnapshot, type InputFile } from '../../../lib/cli/vet-assemble';
import { SnapshotSchema } from '../../../lib/contracts/creator';
import type { VettingReport } from '../../../lib/contracts/report';
import { PLATFORMS } from '../../../lib/contracts/vocabulary';
import { DEFAULT_BRIEF } from '../../../lib/scoring/default-brief';
import { vet } from '../../../lib/vetting/vet';
import { FIXTURES_DIR, fixtureFiles, loadExpectation, loadFixtureText, parseHtml } from '../platforms/fixture-harness';

type Platform = (typeof PLATFORMS)[number];

function reportFor(platform: Platform, file: string): VettingReport | null {
  const expected = loadExpectation(platform, file);
  if (!expected.expect.ok) return null;
  const text = loadFixtureText(platform, file);
  const input: InputFile = file.endsWith('.json') ? { name: file, kind: 'json', json: JSON.parse(text) } : { name: file, kind: 'html', doc: parseHtml(text, expected.url) };
  const assembled = assembleSnapshot([input], new URL(expected.url), new Date(expected.now));
  if (!assembled.ok) throw new Error(assembled.message);
  return vet({ snapshot: SnapshotSchema.parse(assembled.snapshot), brief: DEFAULT_BRIEF, history: [], now: new Date(expected.now) });
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
    daysSinceLastPost: m.daysSinceLastPost,
    sponsoredShare: m.sponsoredShare,
    benchmarkPosition: m.benchmark?.position ?? null,
    authenticity: report.authenticity.score,
    signals: Object.fromEntries(report.authenticity.signals.map((s) => [s.id, s.level])),
    fit: { score: report.fit.score, verdict: report.fit.verdict, hardFails: report.fit.hardFails.map((f) => f.criterion) },
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
