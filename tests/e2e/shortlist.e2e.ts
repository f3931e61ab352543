import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSV_HEADER } from '../../lib/csv/csv-columns';
import { launchWithExtension, overlayFrame, type ExtensionBrowser } from './browser';
import { stopWorker } from './worker';
import { loadSample } from './sample-pages';
import { importInDashboard, readExport, readyTabId } from './shortlist-helpers';

let first: ExtensionBrowser;
let second: ExtensionBrowser | undefined;

beforeAll(async () => {
  first = await launchWithExtension();
});
afterAll(async () => {
  await second?.close();
  await first?.close();
});

const sample = loadSample('instagram');
const key = `instagram:${sample.handle}`;
let exported = '';
/** The sample is the 1,137,245-follower Instagram page; the default brief stops at 100k, so it is outside the brief. */
const OUTSIDE_LINE = /^Outside brief · 1\.14M followers > 100k/;
let line = '';

describe('shortlist in real Chromium', () => {
  it('the popup saves the current tab\'s creator and lists it', async () => {
    first.server.setRoute({ url: sample.url, body: sample.html });
    const profile = await first.context.newPage();
    await profile.goto(sample.url, { waitUntil: 'domcontentloaded' });
    const tabId = await readyTabId(first.worker, sample.url);
    // The badge heads with the failing limit.
    const frame = await overlayFrame(profile);
    const badgeLine = frame.locator('[data-testid="overlay-badge"][data-state="ready"] [data-testid="overlay-verdict"]');
    await badgeLine.waitFor({ timeout: 15_000 });
    line = (await badgeLine.textContent()) ?? '';
    expect(line).toMatch(OUTSIDE_LINE);
    expect(await frame.getByTestId('overlay-score').count()).toBe(0);
    // Every step below runs on a worker the browser has stopped: nothing may live in its globals.
    await stopWorker(first.context, first.extensionId);

    // Opened as a tab, the popup is itself the active tab: its real path (tabs.query without the
    // "tabs" permission, then tab/state) finds no profile there, and says so.
    const own = await first.context.newPage();
    await own.goto(`chrome-extension://${first.extensionId}/popup.html`);
    await own.locator('[data-testid="popup-current"][data-state="none"]').waitFor();
    await own.locator('[data-testid="popup-empty"]').waitFor();
    await own.close();

    // A dashboard already open in another tab: it must show the popup's save without a reload.
    const live = await first.context.newPage();
    await live.goto(`chrome-extension://${first.extensionId}/dashboard.html`);
    await live.locator('[data-testid="dashboard-table"]').waitFor();
    expect(await live.locator('[data-testid="dashboard-row"]').count()).toBe(0);

    // The toolbar popup would be opened on the profile tab: point it there.
    const popup = await first.context.newPage();
    await popup.goto(`chrome-extension://${first.extensionId}/popup.html?tabId=${tabId}`);
    const current = popup.locator('[data-testid="popup-current"][data-state="ready"]');
    await current.waitFor();
    expect(await current.textContent()).toContain(`@${sample.handle}`);
    expect(await current.locator('[data-testid="popup-verdict"] .verdict-text').textContent()).toBe(line);
    expect(await current.locator('.fit-score').count()).toBe(0);
    await current.getByRole('button', { name: 'Save to shortlist' }).click();
    await popup.locator(`[data-testid="popup-row"][data-key="${key}"]`).waitFor();
    expect(await popup.locator(`[data-testid="popup-row"][data-key="${key}"] [data-testid="popup-row-verdict"] .verdict-text`).textContent()).toBe(line);
    await expect(current.getByRole('combobox', { name: `Status of @${sample.handle}` }).inputValue()).resolves.toBe('shortlisted');
    // Saved by the worker (the popup's save goes through the background), announced, and listed by the open dashboard.
    await live.locator(`[data-testid="dashboard-row"][data-key="${key}"]`).waitFor({ timeout: 5_000 });
    await live.close();

    await stopWorker(first.context, first.extensionId);
    const [download] = await Promise.all([popup.waitForEvent('download'), popup.getByRole('button', { name: 'Export CSV' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^vetted-shortlist-\d{4}-\d{2}-\d{2}\.csv$/);
    exported = readFileSync(await download.path(), 'utf8');
    const { header, rows } = readExport(exported);
    expect(header).toEqual([...CSV_HEADER]);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      platform: 'instagram',
      handle: sample.handle,
      profile_url: sample.url,
      followers: String(sample.followers),
      status: 'shortlisted',
    });
    expect(rows[0]?.fit_score).toMatch(/^\d+$/);
    expect(rows[0]?.fit_verdict).toBe('outside-brief');
    expect(rows[0]?.fit_summary).toBe(line);
    expect(header.at(-1)).toBe('fit_summary');
    expect(exported.startsWith('\uFEFF')).toBe(true);
    await popup.close();

    const dashboard = await first.context.newPage();
    await dashboard.goto(`chrome-extension://${first.extensionId}/dashboard.html`);
    const cell = dashboard.locator(`[data-testid="dashboard-row"][data-key="${key}"] [data-testid="dashboard-verdict"]`);
    await cell.waitFor();
    expect(await cell.locator('.verdict-text').textContent()).toBe(line);
    expect(await cell.getAttribute('data-verdict')).toBe('outside-brief');
    await dashboard.close();
    await profile.close();
    expect(first.extensionRequests).toEqual([]);
  });

  it('a fresh browser profile imports the file in the dashboard and gives the same list back', async () => {
    expect(exported).not.toBe('');
    second = await launchWithExtension();
    const dashboard = await second.context.newPage();
    await dashboard.goto(`chrome-extension://${second.extensionId}/dashboard.html`);
    await dashboard.getByText('No creators yet.').waitFor();
    const result = await importInDashboard(dashboard, { name: 'shortlist.csv', mimeType: 'text/csv', buffer: Buffer.from(exported) });
    expect(result.ok).toBe(true);
    expect(result.text).toContain('1 added');

    const [download] = await Promise.all([dashboard.waitForEvent('download'), dashboard.getByRole('button', { name: /^Export CSV \(all 1\)/ }).click()]);
    expect(readFileSync(await download.path(), 'utf8')).toBe(exported);

    await dashboard.getByRole('button', { name: 'Shortlist' }).click();
    await dashboard.locator(`[data-testid="dashboard-row"][data-key="${key}"]`).waitFor();
    expect(await dashboard.locator('[data-testid="dashboard-row"]').count()).toBe(1);
    // Imported from the sheet, the verdict line comes with it.
    expect(await dashboard.locator(`[data-testid="dashboard-row"][data-key="${key}"] [data-testid="dashboard-verdict"] .verdict-text`).textContent()).toBe(line);

    // The overlay's link form: #key= highlights the creator.
    await dashboard.goto(`chrome-extension://${second.extensionId}/dashboard.html#key=${encodeURIComponent(key)}`);
    await dashboard.locator(`[data-testid="dashboard-row"][data-key="${key}"][aria-current="true"]`).waitFor();
    await dashboard.locator(`[data-testid="dashboard-details"][data-key="${key}"]`).waitFor();
    expect(second.extensionRequests).toEqual([]);
  });
});
