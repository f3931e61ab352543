import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLATFORMS, type Platform } from '../../lib/contracts/creator';
import type { Rect } from '../../lib/content/avoid-header';
import { pathOf, type ProfileHeader } from '../../lib/platforms/page-path';
import { IG_HEADER } from '../../lib/platforms/instagram/paths';
import { PROFILE_HEADER as TIKTOK_HEADER } from '../../lib/platforms/tiktok/paths';
import { X_HEADER } from '../../lib/platforms/x/paths';
import { PROFILE_HEADER as YOUTUBE_HEADER } from '../../lib/platforms/youtube/paths';
import { launchWithExtension, overlayBox, overlayFrame, type ExtensionBrowser } from './browser';
import { SAMPLE_FILES } from './sample-pages';
import { clickInFrame } from './frame-click';

const SHOTS = join(import.meta.dirname, '..', '..', 'test-artifacts', 'screenshots');
const VIEWPORTS = [
  { width: 1280, height: 800 },
  { width: 1440, height: 900 },
] as const;

const HEADERS: Record<Platform, ProfileHeader> = { instagram: IG_HEADER, tiktok: TIKTOK_HEADER, youtube: YOUTUBE_HEADER, x: X_HEADER };

/** The YouTube sample is server HTML whose header only scripts would draw; the saved rendered channel page has one to keep clear of. */
const YOUTUBE_WITH_HEADER = '2018-01_channel-home_rendered-dom_es_polymer.html';
const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
/** A saved page and the address it was saved from (the rendered YouTube page shows no subscriber count, so loadSample would refuse it). */
function savedPage(platform: Platform, file: string): { url: string; html: string } {
  const expected = JSON.parse(readFileSync(join(FIXTURES, platform, file.replace(/\.html$/, '.expected.json')), 'utf8')) as { url: string };
  return { url: expected.url, html: readFileSync(join(FIXTURES, platform, file), 'utf8') };
}
const CASES = [...PLATFORMS.map((platform) => ({ platform, file: SAMPLE_FILES[platform] })), { platform: 'youtube' as Platform, file: YOUTUBE_WITH_HEADER }];

let browser: ExtensionBrowser;
beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
});

/** The header as a person sees it: the drawn extent of the name, counts and bio text, and the avatar's box. */
async function headerOnScreen(page: Page, platform: Platform): Promise<Rect | null> {
  const selectors = [HEADERS[platform].avatar, HEADERS[platform].name, HEADERS[platform].counts, HEADERS[platform].bio].flatMap((entry) => (entry ? [pathOf(entry)] : []));
  return page.evaluate((selectors) => {
    let rect: { left: number; top: number; right: number; bottom: number } | null = null;
    const add = (r: DOMRect) => {
      if (r.width <= 0 || r.height <= 0 || r.bottom <= 0 || r.top >= innerHeight) return;
      rect = rect ? { left: Math.min(rect.left, r.left), top: Math.min(rect.top, r.top), right: Math.max(rect.right, r.right), bottom: Math.max(rect.bottom, r.bottom) } : { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    };
    for (const selector of selectors) {
      for (const el of document.querySelectorAll(selector)) {
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        let texts = 0;
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (!node.textContent?.trim()) continue;
          texts++;
          const range = document.createRange();
          range.selectNodeContents(node);
          add(range.getBoundingClientRect());
        }
        if (texts === 0) add(el.getBoundingClientRect());
      }
    }
    return rect;
  }, selectors);
}

describe('the open panel never covers the profile header', () => {
  for (const viewport of VIEWPORTS) {
    it.each(CASES)(`$platform ($file) at ${viewport.width}x${viewport.height}: panel clear of the header, Save fully in view`, async ({ platform, file }) => {
      const sample = savedPage(platform, file);
      browser.server.setRoute({ url: sample.url, body: sample.html });
      const page = await browser.context.newPage();
      await page.setViewportSize(viewport);
      await page.goto(sample.url, { waitUntil: 'domcontentloaded' });
      const frame = await overlayFrame(page);
      await frame.locator('[data-testid="overlay-badge"][data-state="ready"], [data-testid="overlay-panel"]').waitFor({ timeout: 15_000 });
      if (!(await frame.getByTestId('overlay-panel').count())) await clickInFrame(page, frame, '[data-testid="overlay-expand"]');
      await frame.getByTestId('overlay-panel').waitFor();
      // Let the frame settle: the panel reports its size, the content script places it.
      let box = await overlayBox(frame);
      for (let i = 0; i < 20; i++) {
        await page.waitForTimeout(50);
        const next = await overlayBox(frame);
        if (next && box && JSON.stringify(next) === JSON.stringify(box)) break;
        box = next;
      }
      expect(box).not.toBeNull();
      const header = await headerOnScreen(page, platform);
      const rendered = file === YOUTUBE_WITH_HEADER ? '-rendered' : '';
      await page.screenshot({ path: join(SHOTS, `${platform}${rendered}-page-${viewport.width}x${viewport.height}.png`) });
      // The YouTube sample is server HTML whose header only scripts would draw: nothing to cover there.
      if (file !== SAMPLE_FILES.youtube) expect(header, 'the header is found on the page').not.toBeNull();
      if (header) {
        const frameRect = { left: box!.x, top: box!.y, right: box!.x + box!.width, bottom: box!.y + box!.height };
        const overlap = frameRect.left < header.right && header.left < frameRect.right && frameRect.top < header.bottom && header.top < frameRect.bottom;
        expect(overlap, `frame ${JSON.stringify(frameRect)} vs header ${JSON.stringify(header)}`).toBe(false);
      }
      const save = await frame.getByRole('button', { name: 'Save to shortlist', exact: true }).boundingBox();
      const body = await frame.locator('.panel-body').boundingBox();
      expect(save).not.toBeNull();
      expect(save!.x >= 0 && save!.y >= 0 && save!.x + save!.width <= viewport.width && save!.y + save!.height <= viewport.height, 'Save inside the viewport').toBe(true);
      expect(save!.y >= body!.y && save!.y + save!.height <= body!.y + body!.height + 0.5, 'Save not scrolled out of the panel').toBe(true);
      await page.close();
    });
  }
});
