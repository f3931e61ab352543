import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLATFORMS } from '../../lib/contracts/creator';
import { launchWithExtension, overlayFrame, type ExtensionBrowser } from './browser';
import { loadSample } from './sample-pages';

let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
});

describe('walking skeleton in real Chromium', () => {
  it.each(PLATFORMS)('%s: the overlay shows the handle and follower count read from the saved profile', async (platform) => {
    const sample = loadSample(platform);
    browser.server.setRoute({ url: sample.url, body: sample.html });
    const page = await browser.context.newPage();
    await page.goto(sample.url, { waitUntil: 'domcontentloaded' });
    const frame = await overlayFrame(page);
    const badge = frame.locator('[data-testid="overlay-badge"][data-state="ready"]');
    await badge.waitFor({ timeout: 15_000 });
    expect(await frame.locator('[data-testid="overlay-handle"]').textContent()).toBe(`@${sample.handle}`);
    expect(await frame.locator('[data-testid="overlay-followers"]').getAttribute('data-value')).toBe(String(sample.followers));
    await page.close();
  });

  it('the popup opens and renders', async () => {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await expect(page.locator('[data-testid="popup"]').isVisible()).resolves.toBe(true);
    await page.close();
  });

  it('the extension made no network request and left no errors on the host pages', () => {
    expect(browser.extensionRequests).toEqual([]);
    expect(browser.pageErrors).toEqual([]);
  });
});
