import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PLATFORMS } from '../../../lib/contracts/vocabulary';
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
    if (!expected.ok) expect(vetted.ok ? 'read' : vetted.reason).toBe(expected.reason);
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
