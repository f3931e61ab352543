import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Platform } from '../../lib/contracts/creator';
import { launchWithExtension, type ExtensionBrowser } from './browser';
import { openProbe, type ExtensionProbe } from './extension-probe';
import { readBadge, waitForBadge } from './overlay-badge';
import { loadSample, type SamplePage } from './sample-pages';
import { pushUrl, rememberFirstPageData, render, serveForSpa, sidePath, type SwapMode } from './spa';

/**
 * SPA navigation between two saved profiles, as the platforms do it: the URL changes by
 * pushState, the app re-renders <body>, and the JSON embedded in the first HTML stays behind,
 * describing the first profile. The overlay must follow the URL, never the stale data.
 */

const SWITCHES = 20;

interface Scenario {
  platform: Platform;
  files: [string, string];
  /** An in-app page that is no profile. */
  elsewhere: string;
}

const SCENARIOS: Scenario[] = [
  {
    platform: 'tiktok',
    files: ['2025-12_profile_rendered-dom_universal-data_en-ES_illojuan.html', '2026-04_profile_rendered-dom_fr-UI_jsonld_mounirlelion.html'],
    elsewhere: 'https://www.tiktok.com/foryou',
  },
  {
    platform: 'instagram',
    files: ['2025-02_profile_rendered-dom_logged-in_en_celebface-1.1M_sanitized.html', '2025-02_profile_rendered-dom_logged-in_en_gdg_rbu_sanitized.html'],
    elsewhere: 'https://www.instagram.com/explore/',
  },
];

function relativeGap(shown: number | null, truth: number): number {
  return shown === null ? Infinity : Math.abs(shown - truth) / truth;
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

describe('SPA navigation between profiles in real Chromium', () => {
  it.each(SCENARIOS)('$platform: 20 switches follow the URL, never the stale embedded JSON; leaving profiles removes the overlay', async (scenario) => {
    const profiles = scenario.files.map((file) => loadSample(scenario.platform, file)) as [SamplePage, SamplePage];
    for (const p of profiles) serveForSpa(browser.server, p);
    const [first] = profiles;
    const page = await browser.context.newPage();
    await page.goto(first.url, { waitUntil: 'domcontentloaded' });
    await rememberFirstPageData(page);
    const firstBadge = await waitForBadge(page, (b) => b.state === 'ready' && b.handle === `@${first.handle}`, 15_000);
    expect(firstBadge).toMatchObject({ frames: 1, handle: `@${first.handle}`, followers: first.followers });
    const tabId = await probe.tabIdOf(first.url);

    for (let i = 1; i <= SWITCHES; i++) {
      const target = profiles[i % 2]!;
      const previous = profiles[(i + 1) % 2]!;
      const mode: SwapMode = i % 4 < 2 ? 'wipe-body' : 'keep-foreign-nodes';
      await pushUrl(page, target.url);
      if (i % 3 === 0) {
        // The app often changes the URL first and renders after its fetch: meanwhile the overlay
        // must already have let go of the previous creator (loading or unreadable, not their numbers).
        const between = await waitForBadge(page, (b) => b.state !== null && b.handle !== `@${previous.handle}`, 3_000);
        expect(between.handle, `switch ${i}: before the render the overlay still showed ${JSON.stringify(between)}`).not.toBe(`@${previous.handle}`);
      }
      await render(page, sidePath(target), mode);
      // Right after the URL changes the page may still show only rounded figures (Instagram's meta "1M");
      // the exact count follows once the app has rendered the header.
      const badge = await waitForBadge(page, (b) => b.state === 'ready' && b.handle === `@${target.handle}` && relativeGap(b.followers, target.followers) < 0.01);
      const where = `switch ${i} (${mode}) to @${target.handle}: saw ${JSON.stringify(badge)}`;
      expect(badge.handle, where).toBe(`@${target.handle}`);
      expect(badge.frames, where).toBe(1);
      // TikTok's second profile is read from its DOM only ("139.1K"), its JSON-LD being stale: rounded is fine, wrong is not.
      expect(relativeGap(badge.followers, target.followers), where).toBeLessThan(0.01);
      // A late report for the page just left must not come back over the current one.
      await new Promise((resolve) => setTimeout(resolve, 300));
      const settled = await readBadge(page);
      expect(settled, where).toMatchObject({ frames: 1, handle: `@${target.handle}`, key: `${scenario.platform}:${target.handle}` });
      expect(settled.handle, where).not.toBe(`@${previous.handle}`);
      expect(relativeGap(settled.followers, target.followers), where).toBeLessThan(0.01);
      const state = await probe.tabState(tabId);
      expect(state?.status === 'ready' && state.report.key, where).toBe(`${scenario.platform}:${target.handle}`);
      expect(state?.pageUrl, where).toBe(target.url);
    }

    await pushUrl(page, scenario.elsewhere);
    await render(page, '', 'keep-foreign-nodes');
    const gone = await waitForBadge(page, (b) => b.frames === 0, 5_000);
    expect(gone.frames, `overlay frames left on ${scenario.elsewhere}`).toBe(0);
    await expect.poll(() => probe.tabState(tabId), { timeout: 5_000 }).toBeNull();
    await page.close();
  }, 80_000);

  it('the extension made no network request and left no errors on the host pages', () => {
    expect(browser.extensionRequests).toEqual([]);
    expect(browser.pageErrors).toEqual([]);
  });
});
