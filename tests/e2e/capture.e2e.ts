import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { TabState } from '../../lib/messages/protocol';
import { launchWithExtension, type ExtensionBrowser } from './browser';
import { openProbe, type ExtensionProbe } from './extension-probe';
import { readBadge, waitForBadge } from './overlay-badge';
import { loadSample } from './sample-pages';

/**
 * The page-world capture script copies JSON the page itself fetches (here TikTok's post list) to
 * the content script. What the page fetches for the profile on screen must reach the report; what
 * it fetches or forges about anyone else must change nothing, and nothing can make it save.
 *
 * The response is tiktok/2026-01_item_list-subset_scrapfly.json: 53 real items whose `author` the
 * scraper dropped (they are @oddanimalspecimens', per its userInfo twin). Real item_list responses
 * carry `author`, so the test adds one: {uniqueId: 'illojuan'} to serve it as the profile's own
 * list, {uniqueId: 'oddanimalspecimens'} for a prefetch of someone else's. Nothing else is changed.
 */

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'tiktok');
const ITEM_LIST_PATH = '/api/post/item_list/';
const page0 = loadSample('tiktok', '2025-12_profile_rendered-dom_universal-data_en-ES_illojuan.html');
const ORIGIN = new URL(page0.url).origin;

function itemList(author: string): string {
  const items = JSON.parse(readFileSync(join(FIXTURES, '2026-01_item_list-subset_scrapfly.json'), 'utf8')) as Array<Record<string, unknown>>;
  return JSON.stringify({ itemList: items.map((item) => ({ ...item, author: { uniqueId: author } })), hasMore: false, statusCode: 0 });
}
const otherCreatorInfo = readFileSync(join(FIXTURES, '2026-01_userInfo-extracted_scrapfly.json'), 'utf8');

/** The parts of a tab's report that captures can change. */
function summary(state: TabState | null) {
  if (state?.status !== 'ready') return { status: state?.status ?? null };
  const { snapshot, metrics } = state.report;
  return {
    status: state.status,
    key: state.report.key,
    followers: snapshot.creator.followers,
    posts: snapshot.posts.length,
    postsWithLikes: snapshot.posts.filter((p) => p.likes !== null).length,
    sources: [...snapshot.sources].sort(),
    engagementRate: metrics.engagementRate,
  };
}

/** Post a message shaped like the capture script's, from the page's own world. */
async function forgeCapture(page: Page, url: string, text: string): Promise<void> {
  await page.evaluate(({ url, text }) => window.postMessage({ source: 'vetted-capture', v: 1, url, text }, location.origin), { url, text });
}

let browser: ExtensionBrowser;
let probe: ExtensionProbe;

beforeAll(async () => {
  browser = await launchWithExtension();
  probe = await openProbe(browser.context, browser.extensionId);
  browser.server.setRoute({ url: page0.url, body: page0.html });
});
afterAll(async () => {
  await browser?.close();
});

describe('page-world capture in real Chromium', () => {
  it("records the profile's own post list the page fetches; ignores other creators' and forged data; never saves", async () => {
    const page = await browser.context.newPage();
    await page.goto(page0.url, { waitUntil: 'domcontentloaded' });
    const ready = await waitForBadge(page, (b) => b.state === 'ready' && b.handle === `@${page0.handle}`, 15_000);
    expect(ready).toMatchObject({ frames: 1, handle: `@${page0.handle}`, followers: page0.followers });
    const tabId = await probe.tabIdOf(page0.url);
    const before = summary(await probe.tabState(tabId));
    // The saved page shows its grid with view counts only: no likes, so no engagement yet.
    expect(before).toMatchObject({ status: 'ready', key: 'tiktok:illojuan', postsWithLikes: 0, engagementRate: null });

    // 1. The page prefetches another creator's list: not this profile's data.
    browser.server.setRoute({ url: `${ORIGIN}${ITEM_LIST_PATH}`, body: itemList('oddanimalspecimens'), contentType: 'application/json' });
    expect(await page.evaluate((path) => fetch(`${path}?count=30`).then((r) => r.status), ITEM_LIST_PATH)).toBe(200);
    // 2. The page forges captures: another creator's profile; this creator's list from another
    //    origin; this creator's list at a path that is no capture path; a body that is not JSON.
    await forgeCapture(page, `${ORIGIN}/api/user/detail/?uniqueId=oddanimalspecimens`, JSON.stringify(JSON.parse(otherCreatorInfo)[0]));
    await forgeCapture(page, `https://evil.example${ITEM_LIST_PATH}`, itemList(page0.handle));
    await forgeCapture(page, `${ORIGIN}/api/shortlist/save/`, itemList(page0.handle));
    await forgeCapture(page, `${ORIGIN}${ITEM_LIST_PATH}`, '{"itemList": [');
    // Longer than the content script's re-read delay (250 ms) plus a round trip to the background.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(summary(await probe.tabState(tabId))).toEqual(before);
    expect(await readBadge(page)).toMatchObject({ frames: 1, handle: `@${page0.handle}`, followers: page0.followers });

    // 3. The page fetches this profile's own list: its likes and comments reach the report.
    browser.server.setRoute({ url: `${ORIGIN}${ITEM_LIST_PATH}`, body: itemList(page0.handle), contentType: 'application/json' });
    await page.evaluate((path) => fetch(`${path}?count=30`).then((r) => r.json()), ITEM_LIST_PATH);
    await expect.poll(async () => summary(await probe.tabState(tabId)).postsWithLikes, { timeout: 10_000 }).toBeGreaterThan(0);
    const after = summary(await probe.tabState(tabId));
    expect(after).toMatchObject({ status: 'ready', key: 'tiktok:illojuan', followers: page0.followers });
    expect(after.sources).toContain('capture:item_list');
    expect(after.posts).toBeGreaterThan(before.posts ?? 0);
    expect(after.engagementRate).toEqual(expect.any(Number));
    expect(await readBadge(page)).toMatchObject({ frames: 1, handle: `@${page0.handle}`, followers: page0.followers });

    // Nothing the page did saved anyone: saves come only from a click inside the overlay.
    expect(await probe.creatorsCount()).toBe(0);
    expect(browser.server.log.filter((r) => r.path === ITEM_LIST_PATH)).toHaveLength(2);
    await page.close();
  }, 60_000);

  it('the extension made no network request and left no errors on the host pages', () => {
    expect(browser.extensionRequests).toEqual([]);
    expect(browser.pageErrors).toEqual([]);
  });
});
