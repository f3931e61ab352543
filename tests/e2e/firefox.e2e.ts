import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLATFORMS } from '../../lib/contracts/creator';
import { FIREFOX_EXTENSION_DIR } from '../firefox/firefox-build';
import { FIREFOX, firefoxInstalled, launchFirefoxWithExtension, type FirefoxWithExtension } from '../firefox/launch-firefox';
import { firefoxOverlayFrame } from './firefox-overlay';
import { loadSample } from './sample-pages';

// CI installs Firefox ESR (.ci/run.sh): there a missing browser fails the run instead of skipping.
const skip = !firefoxInstalled() && !process.env.CI;
if (skip) console.warn(`firefox.e2e.ts skipped: ${FIREFOX} is not installed (apt-get install firefox-esr)`);

describe.skipIf(skip)(`the Firefox build in ${FIREFOX} (skipped only when it is not installed)`, () => {
  let firefox: FirefoxWithExtension;

  beforeAll(async () => {
    if (!firefoxInstalled()) throw new Error(`${FIREFOX} is missing: CI must install firefox-esr for this test`);
    firefox = await launchFirefoxWithExtension();
  });
  afterAll(async () => {
    await firefox?.close();
  });

  it('installs as the add-on its manifest names, declaring that it collects no data', () => {
    const manifest = JSON.parse(readFileSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'), 'utf8')) as {
      manifest_version: number;
      background: { scripts?: string[]; service_worker?: string };
      browser_specific_settings: { gecko: { id: string; strict_min_version: string; data_collection_permissions: { required: string[] } } };
    };
    expect(manifest.manifest_version).toBe(3);
    expect(firefox.extensionId).toBe(manifest.browser_specific_settings.gecko.id);
    expect(manifest.browser_specific_settings.gecko.data_collection_permissions.required).toEqual(['none']);
    // Firefox runs MV3 backgrounds as event pages; a service_worker key would not load.
    expect(manifest.background.scripts).toEqual(['background.js']);
    expect(manifest.background.service_worker).toBeUndefined();
  });

  it.each(PLATFORMS)('%s: the overlay shows the handle and follower count, and is sized by its own page', async (platform) => {
    const sample = loadSample(platform);
    firefox.server.setRoute({ url: sample.url, body: sample.html });
    const page = await firefox.browser.newPage();
    try {
      await page.goto(sample.url, { waitUntil: 'domcontentloaded' });
      const frame = await firefoxOverlayFrame(page);
      // The page itself finds no frame: ours is in a closed shadow root (hostile-page.e2e.ts).
      expect(await page.evaluate(() => document.querySelectorAll('iframe[src^="moz-extension:"]').length)).toBe(0);
      // Nor through window.frames, which lists only the document tree's frames.
      expect(await page.evaluate(() => window.frames.length === document.querySelectorAll('iframe').length)).toBe(true);
      await frame.waitForSelector('[data-testid="overlay-badge"][data-state="ready"]', { timeout: 15_000 });
      expect(await frame.$eval('[data-testid="overlay-handle"]', (el) => el.textContent)).toBe(`@${sample.handle}`);
      expect(await frame.$eval('[data-testid="overlay-followers"]', (el) => el.getAttribute('data-value'))).toBe(String(sample.followers));
      // The overlay page tells the content script its rendered size over their private channel; the
      // content script resizes the iframe to it, within its bounds (at least 120×40, at most 480
      // wide and 70% of the viewport high). The frame's own viewport is the iframe's size.
      const clamp = (n: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, n));
      const viewport = await page.evaluate(() => ({ vw: document.documentElement.clientWidth, vh: innerHeight }));
      let sizes = { wanted: '', got: '' };
      for (const deadline = Date.now() + 5_000; Date.now() < deadline; await new Promise((r) => setTimeout(r, 100))) {
        const inside = await frame.$eval('.vetted-root', (el) => {
          const rect = el.getBoundingClientRect();
          return { width: Math.ceil(rect.width), height: Math.ceil(rect.height), frameWidth: innerWidth, frameHeight: innerHeight };
        });
        const width = clamp(inside.width, 120, Math.min(480, viewport.vw));
        const height = clamp(inside.height, 40, Math.min(720, Math.floor(viewport.vh * 0.7)));
        sizes = { wanted: `${width}px × ${height}px`, got: `${inside.frameWidth}px × ${inside.frameHeight}px` };
        if (sizes.wanted === sizes.got) break;
      }
      expect(sizes.got, 'the iframe follows the size its page asked for').toBe(sizes.wanted);
    } finally {
      await page.close();
    }
  });

  it('no extension script threw (Firefox prints their uncaught errors on stderr)', () => {
    expect(firefox.extensionErrors).toEqual([]);
  });
});
