import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { toCsv } from '../../../lib/csv/to-csv';
import { summarizeEntry } from '../../../lib/csv/entry-summary';
import { csvDownload } from '../../../lib/shortlist-view/download';
import { summariesToCsv } from '../../../lib/shortlist-view/summary-csv';
import { goldenEntries } from '../csv/entries';
import { entryArb } from '../shortlist/entry-arbitrary';

const GOLDEN = readFileSync(join(import.meta.dirname, '..', 'csv', 'golden.csv'), 'utf8');

describe('the CSV from summaries', () => {
  test('is the golden file, byte for byte', () => {
    expect(summariesToCsv(goldenEntries().map((e) => summarizeEntry(e)))).toBe(GOLDEN);
  });

  test('is the file toCsv writes from the full entries, for any entries', () => {
    fc.assert(
      fc.property(fc.array(entryArb, { maxLength: 4 }), (entries) => {
        expect(summariesToCsv(entries.map((e) => summarizeEntry(e)))).toBe(toCsv(entries));
      }),
      { numRuns: 150 },
    );
  });

  test('csvDownload takes summaries or full entries and writes the same file', async () => {
    const entries = goldenEntries();
    const fromSummaries = await csvDownload(entries.map((e) => summarizeEntry(e)), new Date('2026-03-05T00:00:00Z')).blob.text();
    const fromEntries = await csvDownload(entries, new Date('2026-03-05T00:00:00Z')).blob.text();
    expect(fromSummaries).toBe(fromEntries);
    expect(fromSummaries.replace(/^\uFEFF/, '')).toBe(GOLDEN.replace(/^\uFEFF/, ''));
  });
});
