import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import type { ShortlistSummary } from '../../../lib/contracts/shortlist-entry';
import { summarizeEntry } from '../../../lib/csv/entry-summary';
import type { DownloadFile } from '../../../lib/shortlist-view/download';
import { exportCsv } from '../../../lib/shortlist-view/export-csv';
import { XLSX_MIME } from '../../../lib/shortlist-view/xlsx-download';
import { goldenEntries } from '../csv/entries';

const GOLDEN = readFileSync(join(import.meta.dirname, '..', 'csv', 'golden.csv'), 'utf8');
const NOW = new Date('2026-03-05T18:30:00Z');

function fakeShortlist(summaries: ShortlistSummary[]) {
  const calls: string[] = [];
  return {
    calls,
    listSummaries: vi.fn(async () => {
      calls.push('list');
      return { summaries, problems: [] };
    }),
    markExported: vi.fn(async (now: Date) => void calls.push(`exported ${now.toISOString()}`)),
  };
}

describe('exportCsv, as the popup and the dashboard run it', () => {
  const summaries = goldenEntries().map((e) => summarizeEntry(e));

  test('downloads the whole shortlist as the golden CSV, then records the export', async () => {
    const shortlist = fakeShortlist(summaries);
    const files: DownloadFile[] = [];
    await exportCsv(shortlist, { now: NOW, download: (file) => void (files.push(file), shortlist.calls.push('download')) });
    expect(shortlist.calls).toEqual(['list', 'download', `exported ${NOW.toISOString()}`]);
    expect(files).toHaveLength(1);
    expect(files[0]!.fileName).toBe('vetted-shortlist-2026-03-05.csv');
    expect(files[0]!.blob.type).toBe('text/csv;charset=utf-8');
    expect((await files[0]!.blob.text()).replace(/^\uFEFF/, '')).toBe(GOLDEN.replace(/^\uFEFF/, ''));
  });

  test('exports the given summaries (the dashboard filter) without listing the store', async () => {
    const shortlist = fakeShortlist(summaries);
    const files: DownloadFile[] = [];
    await exportCsv(shortlist, { now: NOW, download: (file) => void files.push(file), summaries: summaries.slice(0, 1) });
    expect(shortlist.listSummaries).not.toHaveBeenCalled();
    expect((await files[0]!.blob.text()).trim().split('\r\n')).toHaveLength(2);
    expect(shortlist.markExported).toHaveBeenCalledWith(NOW);
  });

  test("format 'xlsx' downloads a workbook of the same rows", async () => {
    const shortlist = fakeShortlist(summaries);
    const files: DownloadFile[] = [];
    await exportCsv(shortlist, { format: 'xlsx', now: NOW, download: (file) => void files.push(file) });
    expect(files[0]!.blob.type).toBe(XLSX_MIME);
    expect(files[0]!.fileName).toMatch(/\.xlsx$/);
    expect(shortlist.markExported).toHaveBeenCalledOnce();
  });

  test('a download that throws records no export', async () => {
    const shortlist = fakeShortlist(summaries);
    await expect(
      exportCsv(shortlist, {
        now: NOW,
        download: () => {
          throw new Error('blocked');
        },
      }),
    ).rejects.toThrow('blocked');
    expect(shortlist.markExported).not.toHaveBeenCalled();
  });
});
