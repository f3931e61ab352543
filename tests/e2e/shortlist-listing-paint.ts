import { bucketOf } from '../../lib/shortlist/summary-buckets';
import { launchWithExtension, type ExtensionBrowser } from './browser';
import { paintTimes } from './shortlist-helpers';
import { readRaw, saveSampleCreator, seedListing, seedVersion2 } from './shortlist-seed';

export interface ListingFigures {
  /** Median ms from navigation start to the list on screen (`vetted-list-shown`), fresh tab each run. */
  popupListShown: { entries: number; median: number; all: number[] };
  dashboardRowsShown: { entries: number; median: number; all: number[] };
  /** Median ms from the click on "Export CSV (all …)" to the file's blob being handed to the download. */
  dashboardExport: { entries: number; median: number; all: number[]; bytes: number; lines: number };
  /** Once: a version 2 database of `entries` creators opened by this build (upgrade included) until rows show. */
  upgradeThenRowsShown: { entries: number; ms: number } | null;
  /** Stored size of one seeded creator row and of its summary, as JSON. */
  rowBytes: number;
  summaryBytes: number;
  /** Lines the pages logged about summaries they had to rebuild (0 when the seed is consistent). */
  rebuildLogs: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

/** `vetted-list-shown` of `runs` fresh tabs of an extension page, ms from navigation start. */
export async function paintRuns(browser: ExtensionBrowser, path: string, runs: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/${path}`);
    times.push(Math.round((await paintTimes(page)).listShown));
    await page.close();
  }
  return times;
}

/** Click-to-blob time of the dashboard's "Export CSV (all …)", and the file. */
export async function timeDashboardExport(browser: ExtensionBrowser): Promise<{ ms: number; text: string }> {
  const page = await browser.context.newPage();
  try {
    await page.goto(`chrome-extension://${browser.extensionId}/dashboard.html`);
    await paintTimes(page);
    // What follows the first paint (the complete listing, the counts) is done before a user clicks.
    await page.waitForTimeout(1_000);
    await page.evaluate(() => {
      const w = window as unknown as { exportTimes: { click?: number; blob?: number; text?: Promise<string> } };
      w.exportTimes = {};
      document.addEventListener('click', (e) => {
        if ((e.target as HTMLElement).textContent?.startsWith('Export CSV (all')) w.exportTimes.click = performance.now();
      }, true);
      const create = URL.createObjectURL.bind(URL);
      URL.createObjectURL = (blob: Blob) => {
        w.exportTimes.blob = performance.now();
        w.exportTimes.text = blob.text();
        return create(blob);
      };
    });
    await page.getByRole('button', { name: 'Import & export' }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: /^Export CSV \(all/ }).click();
    await download;
    const result = await page.evaluate(async () => {
      const w = window as unknown as { exportTimes: { click: number; blob: number; text: Promise<string> } };
      return { ms: w.exportTimes.blob - w.exportTimes.click, text: await w.exportTimes.text };
    });
    return { ms: Math.round(result.ms), text: result.text };
  } finally {
    await page.close();
  }
}

/** Lines extension pages log about summaries they had to rebuild (none when every write kept them). */
export function countRebuildLogs(browser: ExtensionBrowser): { readonly count: number } {
  const counter = { count: 0 };
  browser.context.on('page', (p) =>
    p.on('console', (m) => {
      if (m.text().includes('rebuilt the missing')) counter.count += 1;
    }),
  );
  return counter;
}

/**
 * The shortlist's listing figures in the built extension in Chromium: popup list at `popup`
 * creators, dashboard rows and CSV export at `dashboard`, and (with `upgrade`) the first open of a
 * version 2 database of `dashboard` creators. The template is a creator really saved from a sample
 * profile, so rows have a real row's size. Not a test: it reports figures.
 */
export async function measureListing({ popup = 1_000, dashboard = 10_000, runs = 5, exportRuns = 3, upgrade = true } = {}): Promise<ListingFigures> {
  const browser = await launchWithExtension();
  const rebuilt = countRebuildLogs(browser);
  try {
    const { profile, page, key, templateRow, template } = await saveSampleCreator(browser);
    const rowBytes = JSON.stringify(templateRow).length;
    const bucket = (await readRaw(page, 'summaries', bucketOf(key))) as Array<{ key: string }>;
    const summaryBytes = JSON.stringify(bucket.find((s) => s.key === key)).length;

    await seedListing(page, templateRow, popup);
    const popupTimes = await paintRuns(browser, 'popup.html', runs);
    await seedListing(page, templateRow, dashboard);
    const dashboardTimes = await paintRuns(browser, 'dashboard.html', runs);
    const exports: Array<{ ms: number; text: string }> = [];
    for (let i = 0; i < exportRuns; i += 1) exports.push(await timeDashboardExport(browser));
    const last = exports[exports.length - 1] as { ms: number; text: string };

    let upgradeFigure: ListingFigures['upgradeThenRowsShown'] = null;
    if (upgrade) {
      await profile.close();
      await seedVersion2(page, template, dashboard);
      await page.close();
      const [ms] = await paintRuns(browser, 'dashboard.html', 1);
      upgradeFigure = { entries: dashboard, ms: ms as number };
    }
    return {
      popupListShown: { entries: popup + 1, median: median(popupTimes), all: popupTimes },
      dashboardRowsShown: { entries: dashboard + 1, median: median(dashboardTimes), all: dashboardTimes },
      dashboardExport: {
        entries: dashboard + 1,
        median: median(exports.map((e) => e.ms)),
        all: exports.map((e) => e.ms),
        bytes: new TextEncoder().encode(last.text).length,
        lines: last.text.split('\r\n').filter(Boolean).length,
      },
      upgradeThenRowsShown: upgradeFigure,
      rowBytes,
      summaryBytes,
      rebuildLogs: rebuilt.count,
    };
  } finally {
    await browser.close();
  }
}
