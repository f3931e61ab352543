/**
 * In real Chromium: "Export Excel (.xlsx)" in the popup and the dashboard downloads a
 * workbook that reads back with the CSV's columns and typed cells, and the workbook library is
 * loaded only on that click (the pages' initial scripts do not contain it).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSV_HEADER } from '../../lib/csv/csv-columns';
import { EXTENSION_DIR, launchWithExtension, type ExtensionBrowser } from './browser';
import { loadSample } from './sample-pages';
import { saveSampleCreator } from './shortlist-seed';

let browser: ExtensionBrowser;
beforeAll(async () => {
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
});

async function readWorkbook(path: string) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(path) as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet('Shortlist');
  if (!sheet) throw new Error('no Shortlist sheet');
  const header = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
  const cell = (row: number, name: string) => sheet.getRow(row).getCell(header.indexOf(name) + 1);
  return { sheet, header, cell };
}

/** The scripts a page loads before any click: its entry script and everything it imports statically. */
function initialScripts(page: string): string[] {
  const html = readFileSync(join(EXTENSION_DIR, page), 'utf8');
  const queue = [...html.matchAll(/(?:src|href)="\/(chunks\/[^"]+\.js)"/g)].map((m) => m[1]!);
  const seen = new Set<string>();
  while (queue.length) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(join(EXTENSION_DIR, file), 'utf8');
    // Static imports only ("import … from './x.js'", "import './x.js'"); import('./x.js') is a click away.
    for (const m of code.matchAll(/(?:^|[;}\s])import\s*(?:[\w${},\s*]+from\s*)?["']\.\/([^"']+\.js)["']/g)) queue.push(`chunks/${m[1]!}`);
  }
  return [...seen];
}

describe('Excel export in real Chromium', () => {
  it('the popup and the dashboard download a typed workbook with the CSV columns', async () => {
    const sample = loadSample('instagram');
    const { page: popup, profile, key } = await saveSampleCreator(browser);

    const [download] = await Promise.all([popup.waitForEvent('download'), popup.getByRole('button', { name: 'Export Excel (.xlsx)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^vetted-shortlist-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const fromPopup = await readWorkbook(await download.path());
    expect(fromPopup.header).toEqual([...CSV_HEADER]);
    expect(fromPopup.sheet.rowCount).toBe(2);
    expect(fromPopup.cell(2, 'handle').value).toBe(sample.handle);
    expect(fromPopup.cell(2, 'followers').value).toBe(sample.followers);
    expect(fromPopup.cell(2, 'followers').type).toBe(ExcelJS.ValueType.Number);
    expect(fromPopup.cell(2, 'first_saved_at').type).toBe(ExcelJS.ValueType.Date);
    expect(String(fromPopup.cell(2, 'fit_summary').value)).toMatch(/^Outside brief · 1\.14M followers > 100k/);
    expect(fromPopup.sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    await popup.close();

    const dashboard = await browser.context.newPage();
    await dashboard.goto(`chrome-extension://${browser.extensionId}/dashboard.html`);
    await dashboard.locator(`[data-testid="dashboard-row"][data-key="${key}"]`).waitFor();
    await dashboard.getByRole('button', { name: 'Import & export' }).click();
    const [fromDashboard] = await Promise.all([dashboard.waitForEvent('download'), dashboard.getByRole('button', { name: /^Export Excel \(\.xlsx, all 1\)/ }).click()]);
    const book = await readWorkbook(await fromDashboard.path());
    expect(book.header).toEqual([...CSV_HEADER]);
    expect(book.cell(2, 'profile_url').value).toBe(sample.url);
    await dashboard.close();
    await profile.close();
    expect(browser.extensionRequests).toEqual([]);
    expect(browser.pageErrors).toEqual([]);
  });

  it('the workbook library is not in the popup\'s or the dashboard\'s initial scripts', () => {
    const library = readFileSync(join(EXTENSION_DIR, 'chunks', readdirChunk(/^exceljs/)), 'utf8');
    expect(library.length).toBeGreaterThan(500_000);
    for (const page of ['popup.html', 'dashboard.html']) {
      const scripts = initialScripts(page);
      expect(scripts.some((f) => f.includes('exceljs')), page).toBe(false);
      const bytes = scripts.reduce((sum, f) => sum + statSync(join(EXTENSION_DIR, f)).size, 0);
      console.log(`${page}: initial scripts ${(bytes / 1024).toFixed(1)} KB in ${scripts.length} files; exceljs chunk ${(library.length / 1024).toFixed(0)} KB loaded on click`);
    }
  });
});

function readdirChunk(name: RegExp): string {
  const found = readdirSync(join(EXTENSION_DIR, 'chunks')).find((f) => name.test(f));
  if (!found) throw new Error(`no chunk matching ${name}`);
  return found;
}
