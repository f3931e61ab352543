import { describe, expect, it } from 'vitest';
import { SnapshotSchema } from '../../../lib/contracts/creator';
import { assembleSnapshot } from '../../../lib/cli/vet-assemble';
import { formatReport } from '../../../lib/cli/vet-format';
import { DEFAULT_BRIEF } from '../../../lib/scoring/default-brief';
import { vet } from '../../../lib/vetting/vet';
import { PLATFORMS } from '../../../lib/contracts/vocabulary';
import { fixtureFiles, loadExpectation, loadFixtureText, parseHtml } from '../platforms/fixture-harness';

const TIKTOK_2021 = '2021-01_profile_next-data-script_en-NL_tiktok.html';

describe('a report speaks of its own platform only', () => {
  it('the 2021 TikTok page (next-data): no YouTube or Shorts anywhere in the report, its formulas or its text', () => {
    const expected = loadExpectation('tiktok', TIKTOK_2021);
    const assembled = assembleSnapshot([{ name: TIKTOK_2021, kind: 'html', doc: parseHtml(loadFixtureText('tiktok', TIKTOK_2021), '') }], new URL(expected.url), new Date(expected.now));
    if (!assembled.ok) throw new Error(assembled.message);
    const report = vet({ snapshot: SnapshotSchema.parse(assembled.snapshot), brief: DEFAULT_BRIEF, history: [], now: new Date(expected.now) });
    expect(report.snapshot.creator.platform).toBe('tiktok');
    expect(JSON.stringify(report)).not.toMatch(/youtube|shorts/i);
    expect(formatReport(report)).not.toMatch(/youtube|shorts/i);
  });

  // Each platform's own words; another platform's name in vet's text would be a label copied across.
  const TERMS = { instagram: /\b(instagram|reels?)\b/i, tiktok: /\btiktok\b/i, youtube: /\b(youtube|shorts)\b/i, x: /\b(tweets?|retweets?|twitter)\b/i } as const;
  it.each(PLATFORMS)('every saved %s profile page: vet\'s text names no other platform or its terms (the creator\'s own contact links aside)', (platform) => {
    const pages = fixtureFiles(platform).filter((f) => f.endsWith('.html') && /profile|channel/.test(f));
    let read = 0;
    for (const file of pages) {
      const expected = loadExpectation(platform, file);
      const assembled = assembleSnapshot([{ name: file, kind: 'html', doc: parseHtml(loadFixtureText(platform, file), '') }], new URL(expected.url), new Date(expected.now));
      if (!assembled.ok) continue;
      read++;
      const report = vet({ snapshot: SnapshotSchema.parse(assembled.snapshot), brief: DEFAULT_BRIEF, history: [], now: new Date(expected.now) });
      const lines = formatReport(report).split('\n').filter((line) => !line.startsWith('Contact: '));
      for (const other of PLATFORMS.filter((p) => p !== platform)) expect(lines.filter((line) => TERMS[other].test(line)), `${file} mentions ${other}`).toEqual([]);
    }
    expect(read).toBeGreaterThanOrEqual(1);
  });
});
