// @vitest-environment node
/**
 * The Excel export opened by a real spreadsheet: LibreOffice converts it to CSV headless, and the
 * CSV says what a person would see in the cells. CI installs LibreOffice (.ci/run); elsewhere the
 * test is skipped when `soffice` is missing, and says so.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import Papa from 'papaparse';
import { afterAll, describe, expect, test } from 'vitest';
import { summarizeEntry } from '../../../lib/csv/entry-summary';
import { xlsxBytes } from '../../../lib/shortlist-view/xlsx-download';
import { makeTempDir, removeTempDir } from '../../temp-dir';
import { goldenEntries } from '../csv/entries';

function hasSoffice(): boolean {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'ignore', timeout: 60_000 });
    return true;
  } catch {
    return false;
  }
}

const available = hasSoffice();
if (!available && process.env.CI) throw new Error('CI must have LibreOffice (soffice) for the xlsx check: .ci/run installs libreoffice-calc-nogui');
if (!available) console.warn('xlsx-libreoffice: soffice not found, LibreOffice check skipped (apt-get install libreoffice-calc-nogui)');

const dir = makeTempDir('xlsx-');
afterAll(() => removeTempDir(dir));

describe.skipIf(!available)('the Excel export in LibreOffice', () => {
  test('non-ASCII names, numbers as numbers, formula-looking text as text', async () => {
    const xlsx = join(dir, 'vetted-shortlist-2026-03-05.xlsx');
    writeFileSync(xlsx, await xlsxBytes(goldenEntries().map((e) => summarizeEntry(e)), new Date('2026-03-05T18:30:00Z')));
    // A throw-away LibreOffice profile keeps the run from touching (or waiting on) the user's own.
    execFileSync(
      'soffice',
      ['--headless', '--norestore', `-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`, '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76', '--outdir', dir, xlsx],
      { stdio: 'ignore', timeout: 170_000 },
    );
    const csv = readFileSync(join(dir, 'vetted-shortlist-2026-03-05.csv'), 'utf8');
    const { data } = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
    const by = Object.fromEntries(data.map((row) => [row.handle, row]));
    // Cells are shown with the number formats of the sheet: only a number cell gets "48,200" and "2.57%".
    expect(by['ana.cocina']).toMatchObject({ followers: '48,200', engagement_rate: '2.57%', posts_per_week: '2.5', verified: 'FALSE', first_saved_at: '2026-01-10 08:31', price_low: '180.00' });
    expect(by['maryam.art']).toMatchObject({ display_name: 'مريم 🎨', followers: '1,500,000', verified: 'TRUE' });
    // Never run, never prefixed: the text itself.
    expect(by['dani.runs']).toMatchObject({ display_name: '=HYPERLINK("http://evil.example","x")', tags: '-minus; run', notes: '@mention me' });
    expect(by['ana.cocina']!.notes).toBe('Asked for rates, "urgent"\nCall back Monday');
  }, 180_000);
});
