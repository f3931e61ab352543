import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { PLATFORMS, type Platform } from '../../lib/contracts/creator';
import type { TabState } from '../../lib/messages/protocol';
import { launchWithExtension, type ExtensionBrowser } from './browser';
import { openProbe, type ExtensionProbe } from './extension-probe';
import { loadCapture, type SavedCapture } from './saved-captures';
import { loadSample } from './sample-pages';

/**
 * The follower-history attack of the security review, performed from the page's own world on each platform: the page pushState()s
 * to another creator's profile URL and posts a capture message for that creator (a real saved API
 * response, so that the reader accepts it). The overlay may show what the capture says, but no
 * follower reading may be recorded for a creator the page never rendered. A real visit still
 * records exactly one reading, so the check below is not vacuous.
 */

interface Forgery {
  capture: SavedCapture;
  /** A capture path of the platform (lib/capture/capture-patterns.ts). */
  path: string;
}

const FORGERIES: Record<Platform, Forgery> = {
  instagram: { capture: loadCapture('instagram', '2026-07_user_derived-from-xig_user_by_username_scrapfly.json'), path: '/api/v1/users/web_profile_info/?username=google' },
  tiktok: { capture: loadCapture('tiktok', '2026-01_userInfo-extracted_scrapfly.json'), path: '/api/user/detail/?uniqueId=oddanimalspecimens' },
  youtube: { capture: loadCapture('youtube', '2026-01_browse-videos_en-GB_pageHeader_videoRenderer_vsauce.json'), path: '/youtubei/v1/browse' },
  x: { capture: loadCapture('x', '2023-04_graphql_UserByScreenName_legacy.json'), path: '/i/api/graphql/abc123/UserByScreenName' },
};

/** Follower readings stored for `key`, read from the extension's own IndexedDB. */
function historyRows(probe: ExtensionProbe, key: string): Promise<number> {
  return probe.page.evaluate(async (key) => {
    if (!(await indexedDB.databases()).some((d) => d.name === 'vetted')) return 0;
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('vetted');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    try {
      if (!db.objectStoreNames.contains('history')) return 0;
      return await new Promise<number>((resolve, reject) => {
        const request = db.transaction('history').objectStore('history').index('by-key').count(key);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    } finally {
      db.close();
    }
  }, key);
}

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, timeout = 10_000): Promise<T> {
  const end = Date.now() + timeout;
  let value = await read();
  while (!done(value) && Date.now() < end) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    value = await read();
  }
  return value;
}

/** From the page's world: move the URL to `url` without loading, then post forged capture messages for it. */
async function pushAndForge(page: Page, url: string, path: string, text: string): Promise<void> {
  await page.evaluate((url) => history.pushState({}, '', url), url);
  // The content script reads the new URL on the next tick; forge a few times, as a script would.
  for (let i = 0; i < 5; i += 1) {
    await new Promise((resolve) => setTimeout(resolve, 300));
    await page.evaluate(({ path, text }) => window.postMessage({ source: 'vetted-capture', v: 1, url: path, text }, location.origin), { path, text });
  }
}

let browser: ExtensionBrowser;
let probe: ExtensionProbe;

beforeAll(async () => {
  browser = await launchWithExtension();
  probe = await openProbe(browser.context, browser.extensionId);
});
afterAll(async () => {
  await browser?.close();
});

describe('hostile page: forged captures never write follower history (follower history)', () => {
  it.each(PLATFORMS)('%s: pushState to another profile + a forged capture → no history row for that creator', async (platform) => {
    const sample = loadSample(platform);
    const { capture, path } = FORGERIES[platform];
    const victimKey = `${platform}:${capture.handle}`;
    browser.server.setRoute({ url: sample.url, body: sample.html });
    const page = await browser.context.newPage();
    await page.goto(sample.url, { waitUntil: 'domcontentloaded' });
    const tabId = await until(() => probe.tabIdOf(sample.url).catch(() => -1), (id) => id >= 0);
    const first = await until(() => probe.tabState(tabId), (s) => s?.status === 'ready');
    expect(first).toMatchObject({ status: 'ready', report: { key: `${platform}:${sample.handle}` } });
    // The page's own rendering of its profile is one reading, however many times the page is read.
    expect(await until(() => historyRows(probe, `${platform}:${sample.handle}`), (n) => n > 0)).toBe(1);
    expect(await historyRows(probe, victimKey)).toBe(0);

    await pushAndForge(page, capture.url, path, capture.json);
    // The forged data reached the background (it is shown for what it is: a capture), so the
    // attack was really performed; yet nothing was written for that creator.
    const after = await until(
      () => probe.tabState(tabId),
      (s: TabState | null) => s?.pageUrl === capture.url && s.status !== 'loading',
    );
    if (after?.status === 'ready') expect(after.report.key).toBe(victimKey);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await historyRows(probe, victimKey)).toBe(0);
    expect(await historyRows(probe, `${platform}:${sample.handle}`)).toBe(1);
    await page.close();
  });

  it('a closed tab leaves no state in session storage', async () => {
    const sample = loadSample('instagram');
    browser.server.setRoute({ url: sample.url, body: sample.html });
    const page = await browser.context.newPage();
    await page.goto(sample.url, { waitUntil: 'domcontentloaded' });
    const tabId = await until(() => probe.tabIdOf(sample.url).catch(() => -1), (id) => id >= 0);
    expect(await until(() => probe.tabState(tabId), (s) => s?.status === 'ready')).toMatchObject({ status: 'ready' });
    await page.close();
    expect(await until(() => probe.tabState(tabId), (s) => s === null)).toBeNull();
  });
});
