import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHARED_SNAPSHOT } from '../../lib/shortlist/stored-row';
import { SUMMARY_BUCKETS } from '../../lib/shortlist/summary-buckets';
import { launchWithExtension, type ExtensionBrowser } from './browser';
import { countRebuildLogs, paintRuns, timeDashboardExport } from './shortlist-listing-paint';
import { readExport } from './shortlist-helpers';
import { readRaw, saveSampleCreator, seedVersion2 } from './shortlist-seed';

const CREATORS = 2_000;
let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
});

/** Every summary and the bucket rows, read with raw IndexedDB in an extension page. */
async function storedSummaries(): Promise<{ buckets: number; keys: string[] }> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  const result = await page.evaluate(
    () =>
      new Promise<{ buckets: number; keys: string[] }>((resolve, reject) => {
        const open = indexedDB.open('vetted');
        open.onsuccess = () => {
          const all = open.result.transaction('summaries').objectStore('summaries').getAll();
          all.onsuccess = () => {
            open.result.close();
            const rows = all.result as Array<Array<{ key: string }>>;
            resolve({ buckets: rows.length, keys: rows.flat().map((s) => s.key) });
          };
          all.onerror = () => reject(all.error);
        };
        open.onerror = () => reject(open.error);
      }),
  );
  await page.close();
  return result;
}

describe('a large shortlist in real Chromium', () => {
  it(`a version 2 shortlist of ${CREATORS.toLocaleString('en')} real-size creators is upgraded: every creator listed and exported, rows stored once`, async () => {
    const rebuilt = countRebuildLogs(browser);
    const { profile, page, template } = await saveSampleCreator(browser);
    await profile.close();
    await seedVersion2(page, template, CREATORS);
    const v2Row = (await readRaw(page, 'creators', 'instagram:seed.00042')) as Record<string, unknown>;
    await page.close();

    // Opening the dashboard runs the upgrade (version 2 → 3), then lists the summaries.
    const [shown] = await paintRuns(browser, 'dashboard.html', 1);
    expect(shown).toBeGreaterThan(0);
    const dashboard = await browser.context.newPage();
    await dashboard.goto(`chrome-extension://${browser.extensionId}/dashboard.html`);
    await dashboard.getByText(`Showing ${CREATORS.toLocaleString('en')} of ${CREATORS.toLocaleString('en')} creators`).waitFor();

    // Built by the upgrade itself, in bucket rows: nothing had to be rebuilt on reading.
    const { buckets, keys } = await storedSummaries();
    expect(new Set(keys).size).toBe(CREATORS);
    expect(buckets).toBeLessThanOrEqual(SUMMARY_BUCKETS);
    expect(rebuilt.count).toBe(0);

    // The row no longer repeats its snapshot inside its report.
    const v3Row = (await readRaw(dashboard, 'creators', 'instagram:seed.00042')) as Record<string, Record<string, unknown>>;
    expect(v3Row[SHARED_SNAPSHOT]).toBe(true);
    expect(v3Row.report).not.toHaveProperty('snapshot');
    expect(JSON.stringify(v3Row).length).toBeLessThan(JSON.stringify(v2Row).length - JSON.stringify(v2Row.snapshot).length + 100);
    await dashboard.close();

    // The export, written from summaries, has every creator with the figures of its report.
    const { text } = await timeDashboardExport(browser);
    const { rows } = readExport(text);
    expect(rows).toHaveLength(CREATORS);
    const row = rows.find((r) => r.handle === 'seed.00042');
    const report = template.report;
    expect(row).toMatchObject({
      platform: 'instagram',
      display_name: 'Seed 42',
      followers: String(1_000 + ((42 * 7_919) % 900_000)),
      fit_score: String(report?.fit.score),
      authenticity_score: String(report?.authenticity.score),
      profile_url: 'https://www.instagram.com/seed.00042/',
    });
  });
});
