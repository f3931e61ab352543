import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLATFORMS, type Platform } from '../../lib/contracts/creator';
import { runAxe, blocking, type AxeFinding } from './axe';
import { launchWithExtension, overlayFrame, type ExtensionBrowser } from './browser';
import { loadSample } from './sample-pages';
import { saveSampleCreator } from './shortlist-seed';
import { importRealisticShortlist } from './realistic-shortlist';
import { clickInFrame } from './frame-click';

const ROOT = join(import.meta.dirname, '..', '..');
const SHOTS = join(ROOT, 'test-artifacts', 'screenshots');
const SCHEMES = ['light', 'dark'] as const;
type Scheme = (typeof SCHEMES)[number];

let browser: ExtensionBrowser;
/** Every finding, whatever its impact, for the report in test-artifacts. */
const report: Array<{ screen: string; scheme: Scheme; findings: AxeFinding[] }> = [];

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
  writeFileSync(join(ROOT, 'test-artifacts', 'axe-report.json'), `${JSON.stringify(report, null, 2)}\n`);
});

/** Moderate rules the open panel also passes: it is the frame's main content, headed by the creator's name. */
const PANEL_RULES = ['landmark-one-main', 'page-has-heading-one'];

async function check(screen: string, scheme: Scheme, target: Page | Frame, alsoRules: readonly string[] = []): Promise<void> {
  const findings = await runAxe(target);
  report.push({ screen, scheme, findings });
  const said = `${screen} (${scheme}): ${findings.map((f) => `${f.id} [${f.impact}] ${f.nodes.slice(0, 3).join(' ')}`).join('; ')}`;
  expect.soft(blocking(findings), said).toEqual([]);
  expect.soft(findings.filter((f) => alsoRules.includes(f.id)).map((f) => f.id), said).toEqual([]);
}

async function openEveryDisclosure(panel: Locator): Promise<void> {
  const closed = panel.locator('details.how:not([open]) > summary, details.chart-data:not([open]) > summary');
  let opened = 0;
  while ((await closed.count()) > 0) {
    await closed.first().click();
    opened += 1;
    if (opened > 100) throw new Error('the panel still shows a closed disclosure after 100 were opened');
  }
  expect(opened).toBeGreaterThan(0);
}

async function profile(platform: Platform): Promise<{ page: Page; frame: Frame }> {
  const sample = loadSample(platform);
  browser.server.setRoute({ url: sample.url, body: sample.html });
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(sample.url, { waitUntil: 'domcontentloaded' });
  const frame = await overlayFrame(page);
  await frame.locator('[data-testid="overlay-badge"][data-state="ready"], [data-testid="overlay-panel"]').waitFor({ timeout: 15_000 });
  return { page, frame };
}

describe('accessibility (axe-core): no serious or critical violations; the open panel is a main landmark headed by the creator\'s name', () => {
  it.each(PLATFORMS)('%s overlay: badge, open panel and every section opened, light and dark', async (platform) => {
    const { page, frame } = await profile(platform);
    if (await frame.getByTestId('overlay-panel').count()) await frame.getByTestId('overlay-collapse').click();
    await frame.locator('[data-testid="overlay-badge"][data-state="ready"]').waitFor();
    for (const scheme of SCHEMES) {
      await page.emulateMedia({ colorScheme: scheme });
      await check(`${platform} badge`, scheme, frame);
    }
    await clickInFrame(page, frame, '[data-testid="overlay-expand"]');
    const panel = frame.getByTestId('overlay-panel');
    await panel.waitFor();
    for (const scheme of SCHEMES) {
      await page.emulateMedia({ colorScheme: scheme });
      await check(`${platform} panel`, scheme, frame, PANEL_RULES);
    }
    for (const toggle of await panel.locator('.section-toggle').all()) await toggle.click();
    // The charts are lazy chunks: their "Chart data" disclosure appears when the chunk has loaded,
    // ahead of disclosures already listed, so a list taken before then points its later entries one
    // off, at a disclosure already opened (a click shuts it) or at one inside it. The suspected cause
    // of one CI run's 30 s timeout on a click ("element is not visible"), not reproduced. Wait for the
    // chart, then open whichever is still closed, first in the document first, until none is left.
    await frame.getByTestId('post-chart').waitFor();
    await openEveryDisclosure(panel);
    for (const scheme of SCHEMES) {
      await page.emulateMedia({ colorScheme: scheme });
      await check(`${platform} panel, all open`, scheme, frame, PANEL_RULES);
    }
    await page.close();
  });

  it('popup with a current creator, and the dashboard, light and dark', async () => {
    const { profile: tab, page: popup } = await saveSampleCreator(browser);
    const dashboard = await browser.context.newPage();
    await dashboard.setViewportSize({ width: 1280, height: 800 });
    await dashboard.goto(`chrome-extension://${browser.extensionId}/dashboard.html`);
    await importRealisticShortlist(dashboard);
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.reload();
    await popup.locator('[data-testid="popup-row"]').nth(3).waitFor();
    for (const scheme of SCHEMES) {
      await popup.emulateMedia({ colorScheme: scheme });
      await check('popup', scheme, popup);
      await popup.screenshot({ path: join(SHOTS, `popup-${scheme}.png`) });
    }
    await dashboard.reload();
    await dashboard.locator('[data-testid="dashboard-row"]').nth(3).waitFor();
    for (const scheme of SCHEMES) {
      await dashboard.emulateMedia({ colorScheme: scheme });
      await check('dashboard', scheme, dashboard);
      await dashboard.screenshot({ path: join(SHOTS, `dashboard-${scheme}.png`) });
    }
    await Promise.all([tab.close(), popup.close(), dashboard.close()]);
  });
});
