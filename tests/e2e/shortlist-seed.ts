import type { Page } from 'playwright-core';
import { SHORTLIST_STATUSES, type ShortlistEntry, type ShortlistSummary } from '../../lib/contracts/shortlist-entry';
import { summarizeEntry } from '../../lib/csv/entry-summary';
import { readStoredRow } from '../../lib/shortlist/stored-row';
import { putSeedSummaries, seededEntry, seededSummaries } from './seed-summaries';
import type { ExtensionBrowser } from './browser';
import { loadSample } from './sample-pages';
import { readyTabId } from './shortlist-helpers';

/*
 * Large shortlists for the real browser, written as the store writes them (version 3: compact rows
 * and summary buckets) or as version 2 left them (to time and check the upgrade). Cloned from a
 * creator really saved from a sample profile, so each row has a real row's size.
 */

/**
 * Save the Instagram sample creator through the popup, as a user does; the row as stored (the
 * template the seeders clone) and read back. The profile tab and the popup page stay open.
 */
export async function saveSampleCreator(browser: ExtensionBrowser): Promise<{ profile: Page; page: Page; key: string; templateRow: unknown; template: ShortlistEntry }> {
  const sample = loadSample('instagram');
  browser.server.setRoute({ url: sample.url, body: sample.html });
  const profile = await browser.context.newPage();
  await profile.goto(sample.url, { waitUntil: 'domcontentloaded' });
  const tabId = await readyTabId(browser.worker, sample.url);
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
  await page.getByRole('button', { name: 'Save to shortlist' }).click();
  await page.locator('[data-testid="popup-row"]').first().waitFor();
  const key = `instagram:${sample.handle}`;
  const templateRow = await readRaw(page, 'creators', key);
  const template = readStoredRow(templateRow).entry;
  if (!template) throw new Error('the saved creator does not read back');
  return { profile, page, key, templateRow, template };
}

/** One stored value, read with raw IndexedDB from an extension page. */
export async function readRaw(page: Page, store: string, key: string | number): Promise<unknown> {
  return page.evaluate(
    ({ store, key }) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('vetted');
        open.onsuccess = () => {
          const get = open.result.transaction(store).objectStore(store).get(key);
          get.onsuccess = () => {
            open.result.close();
            resolve(get.result);
          };
          get.onerror = () => reject(get.error);
        };
        open.onerror = () => reject(open.error);
      }),
    { store, key },
  );
}

/**
 * Write `count` creators into the current (version 3) database as the store itself would: each row
 * in its stored form (cloned from the raw template row) and its summary, computed here with the
 * store's own summarizeEntry. Rows are built in the page to keep 10,000 × 8 KB off the wire.
 */
export async function seedListing(page: Page, templateRow: unknown, count: number): Promise<ShortlistSummary[]> {
  const summaries = seededSummaries(templateRow, count);
  await page.evaluate(
    async ({ templateRow, keys, statuses }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('vetted');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const tx = db.transaction('creators', 'readwrite');
      const t = templateRow as Record<string, unknown> & { snapshot: { creator: Record<string, unknown> }; report: Record<string, unknown> | null; updatedAt: string };
      keys.forEach((key, i) => {
        const handle = key.slice(key.indexOf(':') + 1);
        const creator = { ...t.snapshot.creator, handle, displayName: `Seed ${i}`, followers: 1_000 + ((i * 7_919) % 900_000), profileUrl: `https://www.instagram.com/${handle}/` };
        const snapshot = { ...t.snapshot, creator };
        // A compact template (its report without the shared snapshot) gives compact clones.
        const report = t.report ? { ...t.report, key, ...('snapshot' in t.report ? { snapshot } : {}) } : null;
        tx.objectStore('creators').put({
          ...t,
          key,
          platform: 'instagram',
          handle,
          displayName: creator.displayName,
          snapshot,
          report,
          status: statuses[i % statuses.length],
          tags: i % 3 === 0 ? ['seeded'] : [],
          updatedAt: new Date(Date.parse(t.updatedAt) - i * 60_000).toISOString(),
        });
      });
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { templateRow, keys: summaries.map((s) => s.key), statuses: [...SHORTLIST_STATUSES] },
  );
  await putSeedSummaries(page, summaries);
  // The page built the rows; check that a few read back, through the store's reader, as the summaries say.
  for (const i of [0, 1, Math.floor(count / 2), count - 1]) {
    const summary = summaries[i] as ShortlistSummary;
    const { entry, problem } = readStoredRow(await readRaw(page, 'creators', summary.key));
    if (!entry || problem || JSON.stringify(summarizeEntry(entry)) !== JSON.stringify(summary)) throw new Error(`seeded row ${summary.key} does not read back as its summary`);
  }
  return summaries;
}

/** Replace database "vetted" with a version 2 one holding `count` creators (full rows, as version 2 stored them). */
export async function seedVersion2(page: Page, template: ShortlistEntry, count: number): Promise<void> {
  const rows = [seededEntry(template, 0)];
  await page.evaluate(
    async ({ rows, count }) => {
      await new Promise<void>((resolve, reject) => {
        const del = indexedDB.deleteDatabase('vetted');
        del.onsuccess = () => resolve();
        del.onerror = () => reject(del.error);
      });
      const open = indexedDB.open('vetted', 2);
      open.onupgradeneeded = () => {
        const db = open.result;
        const creators = db.createObjectStore('creators', { keyPath: 'key' });
        creators.createIndex('by-updatedAt', 'updatedAt');
        creators.createIndex('by-status', 'status');
        creators.createIndex('by-platform', 'platform');
        db.createObjectStore('history', { keyPath: 'id', autoIncrement: true }).createIndex('by-key', 'key');
        db.createObjectStore('briefs', { keyPath: 'id' });
        db.createObjectStore('settings');
      };
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const tx = db.transaction('creators', 'readwrite');
      const base = rows[0] as Record<string, unknown> & { snapshot: { creator: Record<string, unknown> }; report: Record<string, unknown> | null; updatedAt: string };
      for (let i = 0; i < count; i += 1) {
        const handle = `seed.${String(i).padStart(5, '0')}`;
        const creator = { ...base.snapshot.creator, handle, displayName: `Seed ${i}`, followers: 1_000 + ((i * 7_919) % 900_000), profileUrl: `https://www.instagram.com/${handle}/` };
        const snapshot = { ...base.snapshot, creator };
        tx.objectStore('creators').put({
          ...base,
          key: `instagram:${handle}`,
          handle,
          displayName: creator.displayName,
          snapshot,
          report: base.report ? { ...base.report, key: `instagram:${handle}`, snapshot } : null,
          updatedAt: new Date(Date.parse(base.updatedAt) - i * 60_000).toISOString(),
        });
      }
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { rows, count },
  );
}
