import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLATFORMS, type Platform } from '../../lib/contracts/creator';
import { launchWithExtension, ourOverlayFrames, overlayFrame, type ExtensionBrowser } from './browser';
import { openProbe, type ExtensionProbe } from './extension-probe';
import { clickInFrame, frameShows } from './frame-click';
import {
  extensionMarkers,
  fakePortHeard,
  forgeFrameMessages,
  frameOverlayOverDecoy,
  hideInPage,
  installSpy,
  measureFromPage,
  pageReadableText,
  spyLog,
  undoInPage,
  type Tampering,
} from './hostile-page';
import { firefoxHostileSuite } from './hostile-page-firefox';
import { loadSample, type SamplePage } from './sample-pages';

/**
 * The host page is hostile. Every attack runs in the platform page's own world, as a
 * script injected into Instagram, TikTok, YouTube or X would; the extension is the built one.
 * Each describe block is one group of findings; shared attacker code lives in hostile-page.ts.
 */

/** More than the overlay's VISIBLE_FOR_MS (500): a refusal then is not about having just appeared. */
const SETTLE_MS = 800;

let browser: ExtensionBrowser;
let probe: ExtensionProbe;

beforeAll(async () => {
  browser = await launchWithExtension();
  probe = await openProbe(browser.context, browser.extensionId);
});
afterAll(async () => {
  await probe?.close();
  await browser?.close();
});

/** The stored shortlist row of a creator as JSON (null when not saved): any save changes it. */
async function storedRow(key: string): Promise<string | null> {
  return probe.page.evaluate(async (key) => {
    if (!(await indexedDB.databases()).some((d) => d.name === 'vetted')) return null;
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('vetted');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    try {
      if (!db.objectStoreNames.contains('creators')) return null;
      const row = await new Promise<unknown>((resolve, reject) => {
        const request = db.transaction('creators').objectStore('creators').get(key);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      return row === undefined ? null : JSON.stringify(row);
    } finally {
      db.close();
    }
  }, key);
}

async function storedPosition(platform: Platform): Promise<unknown> {
  return probe.page.evaluate(async (key) => {
    const chrome = (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome;
    return (await chrome.storage.local.get(key))[key];
  }, `overlay:position:${platform}`);
}

async function openProfile(platform: Platform): Promise<{ page: Page; frame: Frame; sample: SamplePage; key: string }> {
  const sample = loadSample(platform);
  browser.server.setRoute({ url: sample.url, body: sample.html });
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  await installSpy(page);
  await page.goto(sample.url, { waitUntil: 'domcontentloaded' });
  const frame = await overlayFrame(page);
  await frame.locator('[data-testid="overlay-badge"][data-state="ready"], [data-testid="overlay-panel"]').waitFor({ timeout: 15_000 });
  if (await frame.getByTestId('overlay-panel').count()) await frame.getByTestId('overlay-collapse').click();
  await frame.locator('[data-testid="overlay-badge"][data-state="ready"]').waitFor();
  return { page, frame, sample, key: `${platform}:${sample.handle}` };
}

/** A real mouse click at the middle of an element of a frame, in page coordinates: what a user's click does. */
const clickAt = clickInFrame;

const SAVE = 'button:text-is("Save to shortlist")';
const JUST_SAVED = '[data-testid="save-status"]:text-matches("^Saved")';
const JUST_SAVED_OR_REFUSED = `[data-testid="save-error"], ${JUST_SAVED}`;

/** Open the panel and press Save with the mouse, as a user fooled by a decoy would. Returns the save's outcome as shown. */
async function expandAndSave(page: Page, frame: Frame): Promise<string> {
  const click = (await frame.getByTestId('overlay-panel').count()) === 0 ? await clickAt(page, frame, '[data-testid="overlay-expand"]') : null;
  await frame
    .getByTestId('overlay-panel')
    .waitFor({ timeout: 5_000 })
    .catch(async (error: Error) => {
      throw new Error(`${error.message}\nThe press reached the frame: ${click?.reachedFrame} (after ${click?.hoverMs} ms of hovering). The frame shows: ${await frameShows(frame)}`);
    });
  await page.waitForTimeout(SETTLE_MS);
  await clickAt(page, frame, SAVE);
  // A creator saved earlier already shows "In your shortlist": only this click's outcome counts.
  const outcome = frame.locator(JUST_SAVED_OR_REFUSED).first();
  await outcome.waitFor({ timeout: 5_000 });
  return (await outcome.textContent()) ?? '';
}

describe('the frame and its channel (issue #11 findings 1, 3, 4) in Chromium', () => {
  it.each(PLATFORMS)('%s: a page that frames overlay.html itself over a decoy gets no report and saves nothing (finding 1)', async (platform) => {
    const { page, frame, key } = await openProfile(platform);
    const before = await storedRow(key);
    // The attacker got hold of the frame's URL (the review read it from the frame's src; here the
    // test hands it over, as a leak elsewhere would): Chromium's dynamic URL, valid all session.
    const src = await (await frame.frameElement()).getAttribute('src');
    await frameOverlayOverDecoy(page, src!);
    const attacker = await (async () => {
      for (const deadline = Date.now() + 10_000; Date.now() < deadline; await page.waitForTimeout(100)) {
        for (const f of page.frames()) {
          const el = await f.frameElement().catch(() => null);
          if (el && (await el.getAttribute('id')) === 'attacker-frame') return f;
        }
      }
      throw new Error('the attacker frame did not load');
    })();
    await attacker.waitForLoadState('load');
    await page.waitForTimeout(1_500);
    // Two real clicks on the decoy: where the badge's expand button and then Save would be.
    const target = async (selector: string) => {
      const element = attacker.locator(selector).first();
      if ((await element.count()) === 0) return { x: 240, y: 350 };
      await element.scrollIntoViewIfNeeded();
      const box = await element.boundingBox();
      return box ? { x: box.x + box.width / 2, y: box.y + box.height / 2 } : { x: 240, y: 350 };
    };
    const first = await target('[data-testid="overlay-expand"]');
    await page.mouse.click(first.x, first.y);
    await page.waitForTimeout(SETTLE_MS);
    const second = await target(SAVE);
    await page.mouse.click(second.x, second.y);
    await page.waitForTimeout(1_000);
    expect(await storedRow(key), 'nothing was saved').toBe(before);
    expect(await attacker.locator('[data-testid="overlay-handle"]').count(), "the page's own frame shows no creator").toBe(0);
    await page.close();
  });

  const TAMPERINGS: Array<[Platform, Tampering]> = [...PLATFORMS.map((p): [Platform, Tampering] => [p, 'opacity']), ['x', 'filter'], ['instagram', 'cover']];
  it.each(TAMPERINGS)('%s: our frame made invisible (%s) over a decoy: the click saves nothing; untouched, the same clicks save (finding 1)', async (platform, how) => {
    const { page, frame, key } = await openProfile(platform);
    const before = await storedRow(key);
    await page.evaluate(hideInPage, how);
    const outcome = await expandAndSave(page, frame);
    expect(outcome).toMatch(/^Not saved: .*(hid|covered|visible)/);
    expect(await storedRow(key), 'nothing was saved').toBe(before);
    // The same user, the same clicks, on a frame the page left alone: saved.
    await page.evaluate(undoInPage);
    await page.waitForTimeout(SETTLE_MS);
    await clickAt(page, frame, SAVE);
    await frame.locator(JUST_SAVED).waitFor({ timeout: 5_000 });
    expect(await storedRow(key)).not.toBe(before);
    await page.close();
  });

  it.each(PLATFORMS)('%s: the page finds no frame, frame URL or extension id, and its messages to frames steer nothing (findings 3, 4)', async (platform) => {
    const { page, frame } = await openProfile(platform);
    const readable = await pageReadableText(page);
    const markers = extensionMarkers(browser.extensionId, frame);
    expect(markers.filter((m) => readable.text.includes(m)), 'extension id or URL readable by the page').toEqual([]);
    // Not even through window.frames: it lists only frames of the document tree, and ours is in a
    // shadow tree. What the page reaches is the saved page's own iframes, nothing else.
    expect(readable.framesReachable, 'frames the page reaches beyond its own iframes').toBe(readable.iframesFound);
    // A saved page may hold its own same-origin frames (X keeps an about:blank one): their URLs are
    // the page's business. No readable frame URL may be anything else.
    const pageOrigin = new URL(page.url()).origin;
    expect(readable.readableFrameUrls.filter((u) => u !== 'about:blank' && new URL(u).origin !== pageOrigin), 'frame URLs the page can read beyond its own').toEqual([]);

    // Forged "placed" answers (height cap 5000, position 20000/20000) and a fake channel offer, to every frame.
    const maxHeightBefore = await frame.evaluate(() => document.documentElement.style.getPropertyValue('--panel-max-height'));
    await forgeFrameMessages(page);
    await page.waitForTimeout(1_000);
    expect(await storedPosition(platform), 'no position stored from the page').toBeUndefined();
    expect(await frame.evaluate(() => document.documentElement.style.getPropertyValue('--panel-max-height'))).toBe(maxHeightBefore);
    expect(await fakePortHeard(page), 'the overlay answered a port the page offered').toEqual([]);
    // Still our working overlay, with one frame.
    expect(await ourOverlayFrames(page)).toHaveLength(1);
    expect(await frame.locator('[data-testid="overlay-badge"][data-state="ready"]').count()).toBe(1);
    await page.close();
  });

  it.each(PLATFORMS)('%s: through open, save and close, no message reaches the page from the overlay: no extension origin, no size (findings 3, 4)', async (platform) => {
    const { page, frame } = await openProfile(platform);
    const outcome = await expandAndSave(page, frame);
    expect(outcome).toMatch(/^Saved/);
    await frame.getByTestId('overlay-collapse').click();
    await page.waitForTimeout(500);
    const log = await spyLog(page);
    const pageOrigin = new URL(page.url()).origin;
    expect(log.messages.filter((m) => m.origin !== pageOrigin), 'messages from another origin than the page').toEqual([]);
    expect(log.messages.filter((m) => /height|width|vetted-overlay|placed/.test(m.data)), 'messages carrying the overlay size').toEqual([]);
    await page.close();
  });

  it.each(PLATFORMS)('%s: what the page can measure of the open overlay is the same before and after a save (finding 3)', async (platform) => {
    const { page, frame } = await openProfile(platform);
    // Tall enough that the panel may take its largest height (720 px). Its content fills that today
    // either way; the frame's sizing (frameHeightFor, unit-tested) keeps it so when the content is shorter.
    await page.setViewportSize({ width: 1280, height: 1200 });
    await page.waitForTimeout(SETTLE_MS);
    await clickAt(page, frame, '[data-testid="overlay-expand"]');
    await frame.getByTestId('overlay-panel').waitFor({ timeout: 5_000 });
    await page.waitForTimeout(SETTLE_MS);
    const box = (await (await frame.frameElement()).boundingBox())!;
    const before = await page.evaluate(measureFromPage, { x: box.x + box.width / 2, y: box.y + box.height / 2 });
    expect(before.hits, 'the probe finds the overlay').toBeGreaterThan(0);
    await clickAt(page, frame, SAVE);
    await frame.locator(JUST_SAVED).waitFor({ timeout: 5_000 });
    await page.waitForTimeout(SETTLE_MS);
    const after = await page.evaluate(measureFromPage, { x: box.x + box.width / 2, y: box.y + box.height / 2 });
    expect(after, 'the overlay box as the page measures it, before and after the save').toEqual(before);
    await page.close();
  });

  it('the extension made no network request and left no errors on the host pages', () => {
    expect(browser.extensionRequests).toEqual([]);
    expect(browser.pageErrors).toEqual([]);
  });
});

firefoxHostileSuite();
