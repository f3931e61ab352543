import type { ShortlistEntry } from '../../lib/contracts/shortlist-entry';
import { launchWithExtension } from './browser';
import { loadSample } from './sample-pages';
import { paintTimes, readyTabId, seedCreators } from './shortlist-helpers';

export interface PaintFigures {
  entries: number;
  runs: number;
  /** Median milliseconds from navigation start. */
  firstContentfulPaint: number | null;
  listShown: number;
  all: number[];
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

/**
 * First paint of the popup and the dashboard over a seeded shortlist, in the built extension in
 * Chromium. The seed is cloned from a creator really saved from a sample profile, so each row is
 * the size of a real one (report and posts included). Not a test: it reports figures.
 */
export async function measureShortlistPaint({ popup = 1_000, dashboard = 10_000, runs = 5 } = {}): Promise<PaintFigures[]> {
  const browser = await launchWithExtension();
  try {
    const sample = loadSample('instagram');
    browser.server.setRoute({ url: sample.url, body: sample.html });
    const profile = await browser.context.newPage();
    await profile.goto(sample.url, { waitUntil: 'domcontentloaded' });
    const tabId = await readyTabId(browser.worker, sample.url);
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
    await page.getByRole('button', { name: 'Save to shortlist' }).click();
    await page.locator('[data-testid="popup-row"]').first().waitFor();
    const template = await page.evaluate(
      () =>
        new Promise<unknown>((resolve, reject) => {
          const open = indexedDB.open('vetted');
          open.onsuccess = () => {
            const get = open.result.transaction('creators').objectStore('creators').getAll();
            get.onsuccess = () => resolve(get.result[0]);
            get.onerror = () => reject(get.error);
          };
        }),
    );
    const results: PaintFigures[] = [];
    const measure = async (path: string, entries: number) => {
      await seedCreators(page, template as ShortlistEntry, entries);
      const times: Array<{ firstContentfulPaint: number | null; listShown: number }> = [];
      for (let i = 0; i < runs; i += 1) {
        const fresh = await browser.context.newPage();
        await fresh.goto(`chrome-extension://${browser.extensionId}/${path}`);
        times.push(await paintTimes(fresh));
        await fresh.close();
      }
      const fcp = times.map((t) => t.firstContentfulPaint).filter((t): t is number => t !== null);
      results.push({ entries, runs, firstContentfulPaint: fcp.length ? median(fcp) : null, listShown: median(times.map((t) => t.listShown)), all: times.map((t) => Math.round(t.listShown)) });
    };
    await measure('popup.html', popup);
    await measure('dashboard.html', dashboard);
    return results;
  } finally {
    await browser.close();
  }
}
