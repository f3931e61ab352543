/**
 * `npm run docs:screenshot`: the README's picture (.docs/overlay-panel.png), made on purpose and
 * never by a test run (tests write only under ignored folders). The panel shows ages and a verdict
 * measured from "now", so the picture is taken at a fixed --now: the same build gives the same
 * picture whatever day it is run.
 *
 *   tsx tests/e2e/docs-screenshot.ts --now 2025-11-21T00:00:00Z [--out .docs/overlay-panel.png]
 */
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { launchWithExtension, overlayFrame, type ExtensionBrowser } from './browser';
import { freezeWorkerClock } from './fixed-clock';
import { loadSample } from './sample-pages';

const ROOT = join(import.meta.dirname, '..', '..');

function option(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

async function main() {
  const nowText = option('--now');
  const now = nowText ? new Date(nowText) : null;
  if (!now || Number.isNaN(now.getTime())) throw new Error('give --now as an ISO date, e.g. --now 2025-11-21T00:00:00Z (the picture must not change with the day it is taken)');
  const out = resolve(ROOT, option('--out') ?? join('.docs', 'overlay-panel.png'));
  let browser: ExtensionBrowser | undefined;
  try {
    browser = await launchWithExtension();
    // The background vets with its own clock; the overlay frame formats ages with the page's.
    await freezeWorkerClock(browser.worker, now);
    const sample = loadSample('x');
    browser.server.setRoute({ url: sample.url, body: sample.html });
    const page = await browser.context.newPage();
    await page.clock.setFixedTime(now);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(sample.url, { waitUntil: 'domcontentloaded' });
    const frame = await overlayFrame(page);
    await frame.locator('[data-testid="overlay-badge"][data-state="ready"], [data-testid="overlay-panel"]').first().waitFor({ timeout: 15_000 });
    if ((await frame.getByTestId('overlay-panel').count()) === 0) await frame.getByTestId('overlay-badge').first().click();
    await frame.getByTestId('overlay-panel').waitFor({ timeout: 5_000 });
    await page.waitForTimeout(400);
    mkdirSync(dirname(out), { recursive: true });
    await page.screenshot({ path: out });
    console.log(`wrote ${out} (x sample, 1280×800, now ${now.toISOString()})`);
  } finally {
    await browser?.close();
  }
}

main().catch((error: unknown) => {
  console.error(`docs screenshot failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
