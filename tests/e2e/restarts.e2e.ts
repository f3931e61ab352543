import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, ourOverlayFrames, overlayBox, overlayFrame, type ExtensionBrowser } from './browser';
import type { WithChrome } from './chrome-api';
import { openProbe, type ExtensionProbe } from './extension-probe';
import { clickInFrame, frameShows } from './frame-click';
import { waitForBadge, type BadgeReading } from './overlay-badge';
import { loadSample, type SamplePage } from './sample-pages';
import { pushUrl, rememberFirstPageData, render, serveForSpa, sidePath } from './spa';
import { stopWorker, workerRunning } from './worker';

/**
 * The browser stops an idle MV3 worker after 30 s and may do so between any two messages; users
 * also reload or update the extension with tabs open. Every step here runs on a worker that was
 * stopped just before it (CDP ServiceWorker.stopAllWorkers), so nothing may live in worker globals.
 */

let browser: ExtensionBrowser;
let probe: ExtensionProbe;
let first: SamplePage;
let second: SamplePage;

beforeAll(async () => {
  browser = await launchWithExtension();
  probe = await openProbe(browser.context, browser.extensionId);
  first = loadSample('tiktok', '2025-12_profile_rendered-dom_universal-data_en-ES_illojuan.html');
  second = loadSample('tiktok', '2026-04_profile_rendered-dom_fr-UI_jsonld_mounirlelion.html');
  for (const p of [first, second]) serveForSpa(browser.server, p);
});
afterAll(async () => {
  await browser?.close();
});

async function stopped(): Promise<void> {
  await stopWorker(browser.context, browser.extensionId);
  expect(await workerRunning(browser.context, browser.extensionId)).toBe(false);
}

function showing(p: SamplePage) {
  // TikTok's second profile is read from its DOM ("139.1K") once its JSON-LD is stale: allow rounding.
  return (b: BadgeReading) => b.state === 'ready' && b.handle === `@${p.handle}` && b.followers !== null && Math.abs(b.followers - p.followers) / p.followers < 0.01;
}

async function expectShowing(page: Page, p: SamplePage, step: string): Promise<void> {
  const badge = await waitForBadge(page, showing(p), 10_000);
  // The page's frames (address, detached) tell a frame never mounted from one whose page never loaded.
  const frames = showing(p)(badge) ? '' : `; the page's frames: ${JSON.stringify(page.frames().map((f) => [f.url().slice(0, 90), f.isDetached()]))}`;
  expect(showing(p)(badge), `${step}: saw ${JSON.stringify(badge)}${frames}`).toBe(true);
  expect(badge.frames, step).toBe(1);
}

describe('service worker restarts in real Chromium', () => {
  it('every step works on a worker stopped just before it', async () => {
    const page = await browser.context.newPage();
    await page.goto(first.url, { waitUntil: 'domcontentloaded' });
    await expectShowing(page, first, 'first load');
    const tabId = await probe.tabIdOf(first.url);

    await stopped();
    await page.reload({ waitUntil: 'domcontentloaded' });
    await expectShowing(page, first, 'page reload on a stopped worker');

    await stopped();
    await rememberFirstPageData(page);
    await pushUrl(page, second.url);
    await render(page, sidePath(second), 'keep-foreign-nodes');
    await expectShowing(page, second, 'SPA switch on a stopped worker');

    await stopped();
    // The overlay page asks for the tab's state afresh: a new worker answers from session storage.
    const frame = await overlayFrame(page);
    await frame.evaluate(() => location.reload());
    await expectShowing(page, second, 'overlay reloaded on a stopped worker');

    await stopped();
    // The popup asks for the tab's state by id.
    const state = await probe.tabState(tabId);
    expect(state?.status === 'ready' && state.report.key).toBe(`tiktok:${second.handle}`);

    // The panel (where it exists) opens from the badge with the same creator.
    const overlay = await overlayFrame(page);
    const expand = overlay.locator('[data-testid="overlay-expand"]');
    if ((await expand.count()) > 0) {
      await stopped();
      const click = await clickInFrame(page, overlay, '[data-testid="overlay-expand"]');
      await overlay
        .locator(`[data-testid="overlay-panel"][data-key="tiktok:${second.handle}"]`)
        .waitFor({ timeout: 10_000 })
        .catch(async (error: Error) => {
          throw new Error(`${error.message}\nThe press reached the frame: ${click.reachedFrame} (after ${click.hoverMs} ms of hovering, aimed at ${click.aim.x},${click.aim.y}; the frame is at ${JSON.stringify(await overlayBox(overlay).catch(() => null))}). The frame shows: ${await frameShows(overlay)}`);
        });
    }
    await page.close();
  }, 60_000);

  it('a worker stopped between a page load and the next read misses nothing (5 rounds)', async () => {
    const page = await browser.context.newPage();
    for (let round = 0; round < 5; round++) {
      const p = round % 2 === 0 ? first : second;
      await stopped();
      await page.goto(p.url, { waitUntil: 'domcontentloaded' });
      await expectShowing(page, p, `round ${round}`);
    }
    await page.close();
  }, 60_000);

  it('reloading the extension mid-session leaves no error and no orphaned overlay on open tabs', async () => {
    const page = await browser.context.newPage();
    await page.goto(first.url, { waitUntil: 'domcontentloaded' });
    await expectShowing(page, first, 'before the reload');
    // From an extension page: the worker from launch may have been stopped above.
    await probe.page.evaluate(() => {
      // Later, so that this evaluation returns before the extension goes away.
      setTimeout(() => (globalThis as WithChrome).chrome.runtime.reload(), 50);
    });
    // The old content script notices its extension is gone and takes its frame with it.
    const orphan = await waitForBadge(page, (b) => b.frames === 0, 6_000);
    expect(orphan.frames, 'overlay frames left behind by the old content script').toBe(0);
    // Chrome does not inject a reloaded extension into open tabs; after a navigation at most one
    // overlay (0 here: Chromium does not bring back a command-line-loaded extension after reload).
    await page.reload({ waitUntil: 'domcontentloaded' });
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect((await ourOverlayFrames(page)).length).toBeLessThanOrEqual(1);
    expect(browser.pageErrors).toEqual([]);
    await page.close();
  }, 60_000);

  it('the extension made no network request and left no errors on the host pages', () => {
    expect(browser.extensionRequests).toEqual([]);
    expect(browser.pageErrors).toEqual([]);
  });
});
