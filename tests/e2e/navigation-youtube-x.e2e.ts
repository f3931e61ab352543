import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Platform } from '../../lib/contracts/creator';
import type { TabState } from '../../lib/messages/protocol';
import { launchWithExtension, type ExtensionBrowser } from './browser';
import { openProbe, type ExtensionProbe } from './extension-probe';
import { readBadge, waitForBadge, type BadgeReading } from './overlay-badge';
import { loadCapture, type SavedCapture } from './saved-captures';
import { loadSample, type SamplePage } from './sample-pages';
import { pushUrl } from './spa';

/**
 * SPA navigation on YouTube and X as those apps do it: the router pushes the next profile's URL and
 * the app fetches that profile from its own API (InnerTube browse, GraphQL UserByScreenName), which
 * the page-world capture script records. The document keeps the first profile's data (YouTube's
 * ytInitialData, X's rendered header and JSON-LD) the whole time: for any other creator it is stale.
 * The overlay must never show that first creator, nor the one just left, for the creator on screen.
 */

const SWITCHES = 12;

interface Scenario {
  platform: Platform;
  /** The saved profile page the tab opens on; its data stays in the document throughout. */
  page: string;
  /** Real API responses of two other creators, delivered through the page's own fetch. */
  captures: [string, string];
  capturePath: string;
  method: 'GET' | 'POST';
  elsewhere: string;
}

const SCENARIOS: Scenario[] = [
  {
    platform: 'youtube',
    page: '2023-03_channel-videos_html_en-US_richGrid_videoRenderer.html',
    captures: ['2026-01_browse-videos_en-GB_pageHeader_videoRenderer_vsauce.json', '2026-01_browse-videos_en-GB_pageHeader_unverified-small-channel.json'],
    // InnerTube is POSTed to with the request in the body; the path is what the capture matches.
    capturePath: '/youtubei/v1/browse',
    method: 'POST',
    elsewhere: 'https://www.youtube.com/feed/subscriptions',
  },
  {
    platform: 'x',
    page: '2025-11_profile_rendered-dom_en-GB_badlogicgames.html',
    captures: ['2026-08_graphql_UserByScreenName_no-legacy.json', '2023-04_graphql_UserByScreenName_legacy.json'],
    capturePath: '/i/api/graphql/xc8f1g7BYqr6VTzTbvNLGw/UserByScreenName',
    method: 'GET',
    elsewhere: 'https://x.com/home',
  },
];

type Target = (SamplePage & { via: 'document' }) | (SavedCapture & { via: 'capture' });

/** What each switch to a creator known only from a capture ended as, for the report. */
const outcomes: Record<string, Record<string, number>> = {};

function relativeGap(shown: number | null, truth: number): number {
  return shown === null ? Infinity : Math.abs(shown - truth) / truth;
}

/** Wait until the background has settled on `url` (ready or unreadable), or give its last state. */
async function settledState(probe: ExtensionProbe, tabId: number, url: string, timeout = 5_000): Promise<TabState | null> {
  const until = Date.now() + timeout;
  let state = await probe.tabState(tabId);
  while (!(state && state.pageUrl === url && state.status !== 'loading') && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    state = await probe.tabState(tabId);
  }
  return state;
}

/** Run in the page's own world: the app fetching the profile it navigated to. */
async function appFetch(page: Page, path: string, method: 'GET' | 'POST'): Promise<number> {
  return page.evaluate(
    async ({ path, method }) => (await fetch(path, method === 'POST' ? { method, body: '{"context":{}}', headers: { 'content-type': 'application/json' } } : {})).status,
    { path, method },
  );
}

/** Run in the page's own world: count what the page-world capture script hands to the content script. */
async function countCaptures(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __vettedCaptures: number };
    w.__vettedCaptures = 0;
    window.addEventListener('message', (event: MessageEvent<{ source?: unknown }>) => {
      if (event.data?.source === 'vetted-capture') w.__vettedCaptures++;
    });
  });
}

const capturesSeen = (page: Page) => page.evaluate(() => (window as unknown as { __vettedCaptures: number }).__vettedCaptures);

function checkNeverStale(badge: BadgeReading, target: Target, others: Target[], where: string): void {
  expect(badge.frames, where).toBe(1);
  for (const other of others) {
    expect(badge.handle, where).not.toBe(`@${other.handle}`);
    if (badge.followers !== null && other.followers !== target.followers) expect(badge.followers, where).not.toBe(other.followers);
  }
  if (badge.state === 'ready') {
    expect(badge.handle, where).toBe(`@${target.handle}`);
    expect(relativeGap(badge.followers, target.followers), where).toBeLessThan(0.01);
  } else {
    expect(['loading', 'unreadable'], where).toContain(badge.state);
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
  console.info('[navigation-youtube-x] switches to a creator known only from a capture:', JSON.stringify(outcomes));
});

describe('SPA navigation between profiles on YouTube and X in real Chromium', () => {
  it.each(SCENARIOS)(`$platform: ${SWITCHES} switches through the app's own API never show the creator of the stale document`, async (scenario) => {
    const first: Target = { ...loadSample(scenario.platform, scenario.page), via: 'document' };
    const captured = scenario.captures.map((file): Target => ({ ...loadCapture(scenario.platform, file), via: 'capture' }));
    const cycle: Target[] = [captured[0]!, captured[1]!, first];
    let serving: Target | null = null;
    browser.server.setRoute({ url: first.url, body: first.html });
    browser.server.setRoute({
      url: new URL(scenario.capturePath, first.url).href,
      body: () => (serving?.via === 'capture' ? serving.json : '{}'),
      contentType: 'application/json',
    });
    const tally: Record<string, number> = {};
    outcomes[scenario.platform] = tally;

    const page = await browser.context.newPage();
    await page.goto(first.url, { waitUntil: 'domcontentloaded' });
    const firstBadge = await waitForBadge(page, (b) => b.state === 'ready' && b.handle === `@${first.handle}`, 15_000);
    expect(firstBadge).toMatchObject({ frames: 1, handle: `@${first.handle}` });
    expect(relativeGap(firstBadge.followers, first.followers)).toBeLessThan(0.01);
    const tabId = await probe.tabIdOf(first.url);
    await countCaptures(page);

    let previous: Target = first;
    for (let i = 0; i < SWITCHES; i++) {
      const target = cycle[i % cycle.length]!;
      const others = [first, ...captured].filter((t) => t.handle !== target.handle);
      await pushUrl(page, target.url);
      if (target.via === 'capture') {
        serving = target;
        const before = await capturesSeen(page);
        expect(await appFetch(page, scenario.capturePath, scenario.method)).toBe(200);
        // The response did reach the content script: whatever the overlay shows, it had B's data.
        await expect.poll(() => capturesSeen(page), { timeout: 2_000 }).toBeGreaterThan(before);
      }
      const state = await settledState(probe, tabId, target.url);
      const where = `switch ${i + 1} @${previous.handle} → @${target.handle} (${target.via})`;
      expect(state?.pageUrl, `${where}: tab state ${JSON.stringify(state)?.slice(0, 300)}`).toBe(target.url);
      if (state?.status === 'ready') expect(state.report.key, where).toBe(`${scenario.platform}:${target.handle}`);
      const badge = await waitForBadge(page, (b) => b.frames === 1 && b.state === state?.status && (b.state !== 'ready' || b.handle === `@${target.handle}`), 3_000);
      checkNeverStale(badge, target, others, `${where}: saw ${JSON.stringify(badge)}`);
      // A late report for the page just left must not come back over the current one.
      await new Promise((resolve) => setTimeout(resolve, 300));
      const settled = await readBadge(page);
      checkNeverStale(settled, target, others, `${where}, 300 ms later: saw ${JSON.stringify(settled)}`);
      if (target.via === 'document') {
        // The document's data is this creator's again: it must be read, exactly.
        expect(settled, where).toMatchObject({ state: 'ready', handle: `@${target.handle}` });
      } else {
        // Only the page's own API response names this creator: the overlay must show it from there.
        await expect.poll(() => readBadge(page), { timeout: 5_000, message: `${where}: not shown from the captured response` }).toMatchObject({ state: 'ready', handle: `@${target.handle}` });
        checkNeverStale(await readBadge(page), target, others, `${where}, from the capture`);
        tally['shown from capture'] = (tally['shown from capture'] ?? 0) + 1;
      }
      previous = target;
    }

    await pushUrl(page, scenario.elsewhere);
    const gone = await waitForBadge(page, (b) => b.frames === 0, 5_000);
    expect(gone.frames, `overlay frames left on ${scenario.elsewhere}`).toBe(0);
    await expect.poll(() => probe.tabState(tabId), { timeout: 5_000 }).toBeNull();
    await page.close();
  }, 60_000);

  it('the extension made no network request and left no errors on the host pages', () => {
    expect(browser.extensionRequests).toEqual([]);
    expect(browser.pageErrors).toEqual([]);
  });
});
