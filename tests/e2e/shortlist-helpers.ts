import Papa from 'papaparse';
import type { Page, Worker } from 'playwright-core';
import type { ShortlistEntry } from '../../lib/contracts/shortlist-entry';
import { putSeedSummaries, seededSummaries } from './seed-summaries';

interface SessionChrome {
  chrome: { storage: { session: { get(keys: null): Promise<Record<string, { status?: string; pageUrl?: string } | undefined>> } } };
}

/**
 * The id of the tab whose page `pageUrl` the background has vetted ("ready"), read from the
 * background's own session storage. Playwright does not know Chrome's tab ids; the popup needs one.
 */
export async function readyTabId(worker: Worker, pageUrl: string, timeout = 20_000): Promise<number> {
  const start = Date.now();
  for (;;) {
    const id = await worker.evaluate(async (url) => {
      const all = await (globalThis as unknown as SessionChrome).chrome.storage.session.get(null);
      for (const [key, state] of Object.entries(all)) {
        if (key.startsWith('tab:') && state?.status === 'ready' && state.pageUrl === url) return Number(key.slice(4));
      }
      return null;
    }, pageUrl);
    if (id !== null) return id;
    if (Date.now() - start > timeout) throw new Error(`no ready tab state for ${pageUrl}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** A CSV export as the user's spreadsheet would see it: the header exactly as written, then rows by column. */
export function readExport(text: string): { header: string[]; rows: Array<Record<string, string>> } {
  const body = text.replace(/^\uFEFF/, '');
  const parsed = Papa.parse<string[]>(body, { skipEmptyLines: true });
  const [header = [], ...records] = parsed.data;
  return { header, rows: records.map((cells) => Object.fromEntries(header.map((name, i) => [name, cells[i] ?? '']))) };
}

/**
 * Write `count` creators straight into the extension's IndexedDB from one of its pages, cloned from
 * `template` with their own keys and figures: a quick way to a 10,000-creator shortlist for
 * measuring. The page must have opened the shortlist once (so the database exists at its version).
 */
export async function seedCreators(page: Page, template: ShortlistEntry, count: number): Promise<void> {
  await page.evaluate(
    async ({ template, count }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('vetted');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const tx = db.transaction('creators', 'readwrite');
      const store = tx.objectStore('creators');
      const statuses = ['shortlisted', 'contacted', 'negotiating', 'signed', 'declined'];
      for (let i = 0; i < count; i += 1) {
        const handle = `seed.${String(i).padStart(5, '0')}`;
        const followers = 1_000 + ((i * 7_919) % 900_000);
        const creator = { ...template.snapshot.creator, handle, displayName: `Seed ${i}`, followers, profileUrl: `https://www.instagram.com/${handle}/` };
        const snapshot = { ...template.snapshot, creator };
        const report = template.report ? { ...template.report, key: `instagram:${handle}`, snapshot } : null;
        store.put({
          ...template,
          key: `instagram:${handle}`,
          platform: 'instagram',
          handle,
          displayName: creator.displayName,
          snapshot,
          report,
          status: statuses[i % statuses.length],
          tags: i % 3 === 0 ? ['seeded'] : [],
          updatedAt: new Date(Date.parse(template.updatedAt) - i * 60_000).toISOString(),
        });
      }
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { template, count },
  );
  // From database version 3 the lists read each creator's summary, which the store writes with
  // its row: without them the seeded creators would only appear once the pages rebuilt them.
  await putSeedSummaries(page, seededSummaries(template, count));
}

/** Milliseconds from navigation start to the page's `vetted-list-shown` mark, and to its first contentful paint. */
export async function paintTimes(page: Page): Promise<{ firstContentfulPaint: number | null; listShown: number }> {
  await page.waitForFunction(() => performance.getEntriesByName('vetted-list-shown').length > 0, null, { timeout: 60_000 });
  return page.evaluate(() => ({
    firstContentfulPaint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
    listShown: performance.getEntriesByName('vetted-list-shown')[0]?.startTime ?? -1,
  }));
}

/**
 * Import a file through the dashboard's "Import & export" section, as a user picks it: only once the
 * file input is enabled. Playwright sets files on a disabled input too, and the dashboard drops a
 * file picked before its shortlist has opened (a person cannot pick one then), so a test that does
 * not wait would race the opening. Returns the result notice once it is shown.
 */
export async function importInDashboard(page: Page, file: { name: string; mimeType: string; buffer: Buffer }, timeout = 30_000): Promise<{ ok: boolean; text: string }> {
  await page.getByRole('tab', { name: 'Import & export' }).or(page.getByRole('button', { name: 'Import & export' })).first().click();
  await page.locator('[data-testid="import-file"]:enabled').waitFor({ timeout });
  await page.getByTestId('import-file').setInputFiles(file);
  const result = page.getByTestId('import-result');
  await result.waitFor({ timeout });
  return { ok: (await result.getAttribute('data-ok')) === 'true', text: (await result.textContent()) ?? '' };
}
