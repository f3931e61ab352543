/**
 * The golden report of each real fixture: the figures a user compares with other tools, vetted
 * with the default brief at the capture date. Shared by the golden test (which only reads the
 * files) and `npm run golden:update` (the only writer).
 */
import { join } from 'node:path';
import { assembleSnapshot, type InputFile } from '../../../lib/cli/vet-assemble';
import type { CampaignBrief } from '../../../lib/contracts/brief';
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

/**
 * Each fixture as the readers assemble it, read once per test file: the golden test vets every page
 * up to six times (two briefs, four checks), and parsing the saved HTML is nearly all of that time.
 * The reading depends only on the fixture and its expectation file, both fixed for the run; every
 * caller gets its own copy through SnapshotSchema.parse below, so no vetting can change another's.
 */
const assembledFixtures = new Map<string, ReturnType<typeof assembleSnapshot>>();

function assembleFixture(platform: Platform, file: string): ReturnType<typeof assembleSnapshot> {
  const key = `${platform}/${file}`;
  const known = assembledFixtures.get(key);
  if (known) return known;
  const expected = loadExpectation(platform, file);
  const text = loadFixtureText(platform, file);
  const input: InputFile = file.endsWith('.json') ? { name: file, kind: 'json', json: JSON.parse(text) } : { name: file, kind: 'html', doc: parseHtml(text, expected.url) };
  const assembled = assembleSnapshot([input], new URL(expected.url), new Date(expected.now));
  assembledFixtures.set(key, assembled);
  return assembled;
}

/** Read the fixture with the extension's readers (as `vet` does) and vet it against `brief`; or why it can't be read. */
export function vetFixture(platform: Platform, file: string, brief: CampaignBrief = DEFAULT_BRIEF): Vetted {
  const expected = loadExpectation(platform, file);
  const assembled = assembleFixture(platform, file);
  if (!assembled.ok) return { ok: false, message: assembled.message, reason: assembled.reason ?? null };
  return { ok: true, report: vet({ snapshot: SnapshotSchema.parse(assembled.snapshot), brief, history: [], now: new Date(expected.now) }) };
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

/** What the golden file of a fixture holds: the headline, or for a page Vetted can't read, the reader's reason. */
export function goldenOf(vetted: Vetted): unknown {
  return vetted.ok ? headline(vetted.report) : { unreadable: vetted.reason ?? vetted.message };
}

export function goldenText(vetted: Vetted): string {
  return `${JSON.stringify(goldenOf(vetted), null, 2)}\n`;
}
