import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './browser';
import { saveSampleCreator } from './shortlist-seed';
import { importRealisticShortlist } from './realistic-shortlist';

const SHOTS = join(import.meta.dirname, '..', '..', 'test-artifacts', 'screenshots');

let browser: ExtensionBrowser;
beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
});

/** Elements drawn past the right edge of the window (clipped for the user), and text under 12 px. */
async function layoutProblems(page: Page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const clipped: string[] = [];
    const small: string[] = [];
    for (const el of document.body.querySelectorAll('*')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      // Inside a box that scrolls sideways on purpose (the table), an element may sit past the edge.
      if (el.closest('.table-scroll')) continue;
      if (r.right > width + 0.5) clipped.push(`${el.tagName.toLowerCase()}.${el.className} right ${Math.round(r.right)}`);
      const text = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '');
      if (text && parseFloat(getComputedStyle(el).fontSize) < 12) small.push(`${el.tagName.toLowerCase()}.${el.className} ${getComputedStyle(el).fontSize}`);
    }
    return { pageScrollsSideways: document.documentElement.scrollWidth > width, clipped: clipped.slice(0, 10), small: small.slice(0, 10) };
  });
}

describe('popup and dashboard as a person sees them', () => {
  it('popup at 400 px with a current creator: nothing cut at the right edge, text 12 px or more; dashboard at 1280x800: no sideways page scroll, the creator column stays put while the table scrolls', async () => {
    const { profile, page: popup } = await saveSampleCreator(browser);
    const dashboard = await browser.context.newPage();
    await dashboard.setViewportSize({ width: 1280, height: 800 });
    await dashboard.goto(`chrome-extension://${browser.extensionId}/dashboard.html`);
    // Real creators from the saved profile pages of all four platforms, each vetted as a save does.
    const imported = await importRealisticShortlist(dashboard);
    expect(imported).toBeGreaterThanOrEqual(8);
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.reload();
    await popup.locator('[data-testid="popup-row"]').nth(3).waitFor();
    for (const scheme of ['light', 'dark'] as const) {
      await popup.emulateMedia({ colorScheme: scheme });
      await popup.screenshot({ path: join(SHOTS, `popup-400-${scheme}.png`), fullPage: true });
    }
    expect(await layoutProblems(popup)).toEqual({ pageScrollsSideways: false, clipped: [], small: [] });
    // The current creator's verdict is read in full, not ending in "…".
    expect(await popup.getByTestId('popup-verdict').locator('.verdict-text').evaluate((el) => el.scrollWidth <= el.clientWidth + 1 && el.scrollHeight <= el.clientHeight + 1)).toBe(true);

    await dashboard.reload();
    const rows = dashboard.locator('[data-testid="dashboard-row"]');
    await rows.nth(3).waitFor();
    for (const scheme of ['light', 'dark'] as const) {
      await dashboard.emulateMedia({ colorScheme: scheme });
      await dashboard.screenshot({ path: join(SHOTS, `dashboard-1280-${scheme}.png`) });
    }
    expect(await layoutProblems(dashboard)).toEqual({ pageScrollsSideways: false, clipped: [], small: [] });
    // No figure is cut: followers, engagement, scores and prices (the widest, $95,500–$286,500 for 50.1M followers) fit their cells.
    const cutFigures = await dashboard.locator('[data-testid="dashboard-row"] [role="cell"].num').evaluateAll((cells) =>
      cells.filter((el) => el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1).map((el) => el.textContent),
    );
    expect(cutFigures).toEqual([]);
    // At 1280 px, before any sideways scroll, every column up to Price is whole in the table's view: no price half cut by its edge.
    const priceOutside = await dashboard.locator('.table-scroll').evaluate((table) => {
      const right = table.getBoundingClientRect().right;
      return [...table.querySelectorAll('.cell-price')].filter((cell) => cell.getBoundingClientRect().right > right + 0.5).map((cell) => cell.textContent);
    });
    expect(priceOutside).toEqual([]);
    // Export CSV on the main view, not only under "Import & export".
    const [download] = await Promise.all([dashboard.waitForEvent('download'), dashboard.getByTestId('header-export').click()]);
    expect(download.suggestedFilename()).toMatch(/^vetted-shortlist-\d{4}-\d{2}-\d{2}\.csv$/);
    const creator = rows.first().locator('.cell-creator');
    const before = await creator.boundingBox();
    await dashboard.locator('.table-body').evaluate((el) => (el.scrollLeft = 400));
    await dashboard.locator('.table-scroll').evaluate((el) => (el.scrollLeft = 400));
    await dashboard.waitForTimeout(100);
    const after = await creator.boundingBox();
    expect(Math.round(after!.x)).toBe(Math.round(before!.x));
    await dashboard.screenshot({ path: join(SHOTS, `dashboard-1280-scrolled.png`) });
    // Details open below the table, and in view.
    await rows.nth(2).getByRole('button', { name: /^Details of/ }).click();
    const details = dashboard.getByTestId('dashboard-details');
    await details.waitFor();
    await dashboard.waitForTimeout(100);
    const detailsBox = await details.boundingBox();
    expect(detailsBox!.y).toBeLessThan(800);
    expect(detailsBox!.y + Math.min(detailsBox!.height, 200)).toBeLessThanOrEqual(800);
    await dashboard.screenshot({ path: join(SHOTS, `dashboard-1280-details.png`) });
    // The fields of a row line up: the promo code's "up to 32 characters" sits under its box, not between label and box.
    const [promo, link] = await Promise.all([details.getByLabel('Promo code', { exact: true }).boundingBox(), details.getByLabel('Tracking link', { exact: true }).boundingBox()]);
    expect(Math.round(promo!.y)).toBe(Math.round(link!.y));
    await Promise.all([profile.close(), popup.close(), dashboard.close()]);
  });
});
