import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLATFORMS, type Platform } from '../../lib/contracts/creator';
import type { VettingReport } from '../../lib/contracts/report';
import { fixtureFiles, loadExpectation, loadFixtureText } from '../lib/platforms/fixture-files';
import { launchWithExtension, overlayFrame, type ExtensionBrowser } from './browser';
import { expectedReport } from './expected-report';

/**
 * The honest verdict, end to end: the badge of each saved sample page shows the verdict line, and for every
 * hard-limit failure the line names the limit. Each readable saved profile page is opened in
 * Chromium with the extension; the badge must say what `vet` says in Node for the same page at the
 * same instants, the failing limit first, and show no number when a limit fails or there is too
 * little to judge.
 */

let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
});

const PAGES = PLATFORMS.flatMap((platform) =>
  fixtureFiles(platform)
    .filter((file) => file.endsWith('.html'))
    .filter((file) => {
      const expected = loadExpectation(platform, file);
      return expected.kind === 'page' && expected.expect.ok;
    })
    .map((file) => [platform, file] as const),
);

interface SessionChrome {
  chrome: { storage: { session: { get(keys: null): Promise<Record<string, { status?: string; pageUrl?: string; report?: VettingReport } | undefined>> } } };
}

/** The report the background keeps for the tab showing `key` (the badge renders it). */
async function tabReport(key: string): Promise<VettingReport> {
  const states = await browser.worker.evaluate(async () => Object.values(await (globalThis as unknown as SessionChrome).chrome.storage.session.get(null)));
  const found = states.filter((s) => s?.status === 'ready' && s.report?.key === key).map((s) => s!.report!);
  if (found.length === 0) throw new Error(`no report for ${key}`);
  return found.at(-1)!;
}

describe('the verdict line on the badge of every saved sample page', () => {
  it.each(PAGES)('%s/%s', async (platform: Platform, file: string) => {
    const expected = loadExpectation(platform, file);
    const html = loadFixtureText(platform, file);
    browser.server.setRoute({ url: expected.url, body: html });
    const page = await browser.context.newPage();
    try {
      await page.goto(expected.url, { waitUntil: 'domcontentloaded' });
      const frame = await overlayFrame(page);
      const badge = frame.locator('[data-testid="overlay-badge"][data-state="ready"]');
      await badge.waitFor({ timeout: 20_000 });
      const key = await badge.getAttribute('data-key');
      const line = await badge.getByTestId('overlay-verdict').textContent();
      const stored = await tabReport(key!);
      const node = expectedReport({ platform, file, url: expected.url, html, handle: stored.snapshot.creator.handle, followers: stored.snapshot.creator.followers ?? 0 }, {
        capturedAt: stored.snapshot.creator.capturedAt,
        computedAt: stored.computedAt,
      });
      expect(line).toBe(node.fit.summary);
      expect(line!.length).toBeLessThanOrEqual(60);
      if (node.fit.hardFails.length > 0) {
        expect(line!.startsWith(`Outside brief · ${node.fit.hardFails[0]!.summary}`)).toBe(true);
        expect(await badge.getByTestId('overlay-score').count()).toBe(0);
      } else if (node.fit.verdict === 'insufficient-evidence') {
        expect(line!.startsWith('Too little to judge · ')).toBe(true);
        expect(await badge.getByTestId('overlay-score').count()).toBe(0);
      } else {
        expect(await badge.getByTestId('overlay-score').getAttribute('data-value')).toBe(String(node.fit.score));
      }
      // Never strong or possible on fewer than 5 posts with interactions.
      if (node.fit.verdict === 'strong' || node.fit.verdict === 'possible') expect(node.metrics.evidence.engagement.posts).toBeGreaterThanOrEqual(5);
    } finally {
      await page.close();
    }
  });
});
