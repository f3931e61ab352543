import { describe, expect, it } from 'vitest';
import { SnapshotSchema } from '../../../lib/contracts/creator';
import { assembleSnapshot } from '../../../lib/cli/vet-assemble';
import { formatReport } from '../../../lib/cli/vet-format';
import { DEFAULT_BRIEF } from '../../../lib/scoring/default-brief';
import { vet } from '../../../lib/vetting/vet';
import { loadExpectation, loadFixtureText, parseHtml } from '../platforms/fixture-harness';

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
});
