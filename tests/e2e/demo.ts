/**
 * `npm start`: see Vetted work without a social-media account. Serves the bundled sample creator
 * pages at their real addresses on 127.0.0.1 and opens Chromium with Vetted loaded on them.
 * With a display it opens a window and waits; without one (or with --headless) it runs headless,
 * writes screenshots of the overlay and popup to demo-output/ and prints each creator's summary.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { PLATFORMS } from '../../lib/contracts/vocabulary';
import type { TabState } from '../../lib/messages/protocol';
import { launchWithExtension, overlayFrame } from './browser';
import { loadSample } from './sample-pages';
import type { WithChrome } from './chrome-api';

const OUT = join(import.meta.dirname, '..', '..', 'demo-output');
const headless = process.argv.includes('--headless') || !process.env.DISPLAY;

const pct = (x: number | null | undefined) => (x === null || x === undefined ? 'n/a' : `${(x * 100).toFixed(2)}%`);

async function tabState(popup: Page, tabId: number): Promise<TabState | null> {
  const response = (await popup.evaluate((id) => (globalThis as WithChrome).chrome.runtime.sendMessage({ type: 'tab/state', tabId: id }), tabId)) as { ok: boolean; state?: TabState | null };
  return response.ok ? (response.state ?? null) : null;
}

async function main() {
  const browser = await launchWithExtension({ headless });
  const samples = PLATFORMS.map((platform) => loadSample(platform));
  for (const sample of samples) browser.server.setRoute({ url: sample.url, body: sample.html });
  console.log(`Vetted demo: serving ${samples.length} saved creator pages at their real addresses (via 127.0.0.1:${browser.server.port}).`);

  if (!headless) {
    for (const sample of samples) {
      const page = await browser.context.newPage();
      await page.goto(sample.url, { waitUntil: 'domcontentloaded' });
    }
    console.log('Chromium is open with Vetted loaded on each page: click the badge at the bottom-right. Close the window or press Ctrl+C to stop.');
    await new Promise<void>((resolve) => {
      browser.context.on('close', () => resolve());
      process.once('SIGINT', () => resolve());
    });
    await browser.close().catch(() => {});
    return;
  }

  mkdirSync(OUT, { recursive: true });
  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  for (const sample of samples) {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(sample.url, { waitUntil: 'domcontentloaded' });
    const frame = await overlayFrame(page);
    await frame.locator('[data-testid="overlay-badge"]:not([data-state="loading"])').first().waitFor({ timeout: 15_000 });
    await page.screenshot({ path: join(OUT, `${sample.platform}-badge.png`) });
    const badge = frame.locator('[data-testid="overlay-badge"]').first();
    if ((await badge.getAttribute('role')) === 'button' || (await badge.evaluate((el) => el.tagName === 'BUTTON' || el.querySelector('button') !== null))) {
      await badge.click();
      await page.waitForTimeout(400);
    }
    await page.screenshot({ path: join(OUT, `${sample.platform}-overlay.png`) });
    const tabId = (await browser.worker.evaluate(async (url) => (await (globalThis as WithChrome).chrome.tabs.query({})).find((t) => t.url === url)?.id ?? null, sample.url)) as number | null;
    const state = tabId === null ? null : await tabState(popup, tabId);
    if (state?.status === 'ready') {
      const { report } = state;
      const c = report.snapshot.creator;
      console.log(
        `${sample.platform.padEnd(9)} @${c.handle.padEnd(22)} followers ${String(c.followers ?? 'n/a').padStart(9)}  fit ${String(report.fit.score).padStart(3)}/100 ${report.fit.verdict.padEnd(13)} ER ${pct(report.metrics.engagementRate)} (${report.metrics.engagementRateBasis})  authenticity ${report.authenticity.score}/100  posts read ${report.snapshot.posts.length}`,
      );
    } else {
      console.log(`${sample.platform.padEnd(9)} ${sample.url}: ${state ? `${state.status}${state.status === 'unreadable' ? ` (${state.reason})` : ''}` : 'no report'}`);
    }
  }
  await popup.reload();
  await popup.waitForTimeout(500);
  await popup.screenshot({ path: join(OUT, 'popup.png') });
  console.log(`Screenshots written to ${OUT}/ (badge, overlay and popup). Requests made by the extension: ${browser.extensionRequests.length}.`);
  await browser.close();
}

main().catch((error: unknown) => {
  console.error(`demo failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
