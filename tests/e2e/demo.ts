/**
 * `npm start`: see Vetted work without a social-media account. Serves the bundled sample creator
 * pages at their real addresses on 127.0.0.1 and opens Chromium with Vetted loaded on them, at
 * 1280×800. On each page it shows the collapsed badge, then the open panel, writes a screenshot of
 * each to demo-output/ and prints the creator's verdict line. Without a display (or with
 * --headless) it then exits; with one it leaves the window open until you close it, press Enter
 * or Ctrl+C.
 *
 * The overlay remembers whether it was left open (per platform, for the whole browser profile), so
 * a page may open with the panel already showing: every step waits for "badge or panel" and closes
 * or opens the panel itself, never for one state only.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { PLATFORMS } from '../../lib/contracts/vocabulary';
import type { TabState } from '../../lib/messages/protocol';
import { launchWithExtension, overlayFrame, type ExtensionBrowser } from './browser';
import type { WithChrome } from './chrome-api';
import { loadSample, type SamplePage } from './sample-pages';
import { formatCount, platformName } from '../../lib/format/format';
import { clickInFrame } from './frame-click';

const OUT = join(import.meta.dirname, '..', '..', 'demo-output');
const VIEWPORT = { width: 1280, height: 800 };
const headless = process.argv.includes('--headless') || !process.env.DISPLAY;

const BADGE_READY = '[data-testid="overlay-badge"][data-state="ready"]';
const PANEL = '[data-testid="overlay-panel"]';
const SETTLED = `${BADGE_READY}, ${PANEL}, [data-testid="overlay-badge"][data-state="unreadable"], [data-testid="overlay-badge"][data-state="error"]`;

async function tabState(popup: Page, tabId: number): Promise<TabState | null> {
  const response = (await popup.evaluate((id) => (globalThis as WithChrome).chrome.runtime.sendMessage({ type: 'tab/state', tabId: id }), tabId)) as { ok: boolean; state?: TabState | null };
  return response.ok ? (response.state ?? null) : null;
}

/** Wait for the overlay to settle, whichever state it remembered, and bring it to `want`. */
async function showOverlay(frame: Frame, want: 'badge' | 'panel'): Promise<void> {
  await frame.locator(SETTLED).first().waitFor({ timeout: 20_000 });
  const panelOpen = (await frame.locator(PANEL).count()) > 0;
  if (want === 'badge' && panelOpen) await frame.getByTestId('overlay-collapse').click();
  if (want === 'panel' && !panelOpen && (await frame.locator(BADGE_READY).count()) > 0) await clickInFrame(frame.page(), frame, '[data-testid="overlay-expand"]');
  await frame.locator(want === 'badge' ? SETTLED.replace(`${PANEL}, `, '') : PANEL).first().waitFor({ timeout: 5_000 });
  // Let the frame's resize and the chart's first paint land before the picture.
  await frame.page().waitForTimeout(400);
}

async function summaryLine(browser: ExtensionBrowser, popup: Page, sample: SamplePage): Promise<string> {
  const tabId = (await browser.worker.evaluate(async (url) => (await (globalThis as WithChrome).chrome.tabs.query({})).find((t) => t.url === url)?.id ?? null, sample.url)) as number | null;
  const state = tabId === null ? null : await tabState(popup, tabId);
  const name = platformName(sample.platform).padEnd(9);
  if (state?.status !== 'ready') return `${name} ${sample.url}: ${state ? `${state.status}${state.status === 'unreadable' ? ` (${state.reason})` : ''}` : 'no report'}`;
  const { report } = state;
  const c = report.snapshot.creator;
  const followers = c.followers === null ? 'followers unknown' : `${formatCount(c.followers)} followers`;
  return `${name} @${c.handle.padEnd(20)} ${followers.padStart(19)}  ${report.fit.summary}  (authenticity ${report.authenticity.score}/100, ${report.snapshot.posts.length} posts read)`;
}

async function walkThrough(browser: ExtensionBrowser, samples: SamplePage[]): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  for (const sample of samples) for (const kind of ['badge', 'overlay']) rmSync(join(OUT, `${sample.platform}-${kind}.png`), { force: true });
  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  for (const sample of samples) {
    const page = await browser.context.newPage();
    await page.setViewportSize(VIEWPORT);
    await page.goto(sample.url, { waitUntil: 'domcontentloaded' });
    const frame = await overlayFrame(page, 20_000);
    await showOverlay(frame, 'badge');
    await page.screenshot({ path: join(OUT, `${sample.platform}-badge.png`) });
    await showOverlay(frame, 'panel');
    await page.screenshot({ path: join(OUT, `${sample.platform}-overlay.png`) });
    console.log(await summaryLine(browser, popup, sample));
  }
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.reload();
  await popup.waitForTimeout(500);
  await popup.screenshot({ path: join(OUT, 'popup.png') });
  console.log(`Screenshots written to ${OUT}/ (badge and panel of each platform, and the popup). Requests made by the extension: ${browser.extensionRequests.length}.`);
}

async function main() {
  let browser: ExtensionBrowser | undefined;
  let stop: () => void = () => {};
  const stopped = new Promise<void>((resolve) => (stop = resolve));
  // Ctrl+C (or a test's SIGTERM) still closes Chromium and removes its temporary profile.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => stop());
  try {
    browser = await launchWithExtension({ headless });
    const samples = PLATFORMS.map((platform) => loadSample(platform));
    for (const sample of samples) browser.server.setRoute({ url: sample.url, body: sample.html });
    console.log(`Vetted demo: serving ${samples.length} saved creator pages at their real addresses (via 127.0.0.1:${browser.server.port}).`);
    await Promise.race([walkThrough(browser, samples), stopped]);
    if (!headless) {
      const { context } = browser;
      console.log('Chromium is open with Vetted loaded on each page: click the badge at the bottom-right. Close the window, press Enter or Ctrl+C to stop.');
      process.stdin.on('data', (chunk: Buffer) => {
        if (chunk.includes(10)) stop();
      });
      await Promise.race([stopped, new Promise<void>((resolve) => context.on('close', () => resolve()))]);
    }
  } finally {
    await browser?.close().catch(() => {});
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`demo failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
