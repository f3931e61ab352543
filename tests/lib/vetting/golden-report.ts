/**
 * The golden report of each real fixture: the figures a user compares with other tools, vetted
 * with the default brief at the capture date. Shared by the golden test (which only reads the
 * files) and `npm run golden:update` (the only writer).
 */
import { join } from 'node:path';
import { assembleSnapshot, type InputFile } from '../../../lib/cli/vet-assemble';
import { SnapshotSchema, type Platform } from '../../../lib/contracts/creator';
import type { VettingReport } from '../../../lib/contracts/report';
import { PLATFORMS } from '../../../lib/contracts/vocabulary';
import { DEFAULT_BRIEF } from '../../../lib/scoring/default-brief';
import { vet } from '../../../lib/vetting/vet';
import { fixtureFiles, loadExpectation, loadFixtureText, parseHtml } from '../platforms/fixture-files';

export const GOLDEN_DIR = join(import.meta.dirname, 'golden');

export function goldenPath(platform: Platform, file: string): string {
  return join(GOLDEN_DIR, platform, `${file.replace(/\.(html|json)$/, '')}.report.json`);
}

export function goldenCases(): Array<readonly [Platform, string]> {
  return PLATFORMS.flatMap((platform) => fixtureFiles(platform).map((file) => [platform, file] as const));
}

export type Vetted = { ok: true; report: VettingReport } | { ok: false; message: string; reason: string | null };

/** Read the fixture with the extension's readers (as `vet` does) and vet it; or why it can't be read. */
export function vetFixture(platform: Platform, file: string): Vetted {
  const expected = loadExpectation(platform, file);
  const text = loadFixtureText(platform, file);
  const input: InputFile = file.endsWith('.json') ? { name: file, kind: 'json', json: JSON.parse(text) } : { name: file, kind: 'html', doc: parseHtml(text, expected.url) };
  const assembled = assembleSnapshot([input], new URL(expected.url), new Date(expected.now));
  if (!assembled.ok) return { ok: false, message: assembled.message, reason: assembled.reason ?? null };
  return { ok: true, report: vet({ snapshot: SnapshotSchema.parse(assembled.snapshot), brief: DEFAULT_BRIEF, history: [], now: new Date(expected.now) }) };
}

/** The figures a user compares with other tools; a change to any of them must be deliberate. */
export function headline(report: VettingReport) {
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

/** What the golden file of a fixture holds: the headline, or for a page Vetted can't read, the reader's reason. */
export function goldenOf(vetted: Vetted): unknown {
  return vetted.ok ? headline(vetted.report) : { unreadable: vetted.reason ?? vetted.message };
}

export function goldenText(vetted: Vetted): string {
  return `${JSON.stringify(goldenOf(vetted), null, 2)}\n`;
}
