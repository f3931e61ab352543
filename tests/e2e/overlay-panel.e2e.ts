import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLATFORMS, type Platform } from '../../lib/contracts/creator';
import { launchWithExtension, overlayBox, overlayFrame, type ExtensionBrowser } from './browser';
import { expectedReport } from './expected-report';
import { loadSample } from './sample-pages';
import { stopWorker } from './worker';
import { clickInFrame } from './frame-click';

const ROOT = join(import.meta.dirname, '..', '..');
const SHOTS = join(ROOT, 'test-artifacts', 'screenshots');
const VIEWPORT = { width: 1280, height: 800 };

let browser: ExtensionBrowser;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
});

async function openProfile(platform: Platform): Promise<{ page: Page; frame: Frame }> {
  const sample = loadSample(platform);
  browser.server.setRoute({ url: sample.url, body: sample.html });
  const page = await browser.context.newPage();
  await page.setViewportSize(VIEWPORT);
  await page.goto(sample.url, { waitUntil: 'domcontentloaded' });
  const frame = await overlayFrame(page);
  await frame.locator('[data-testid="overlay-badge"][data-state="ready"], [data-testid="overlay-panel"]').waitFor({ timeout: 15_000 });
  // The panel opens by itself when it was left open: start each check from the badge.
  if (await frame.getByTestId('overlay-panel').count()) await frame.getByTestId('overlay-collapse').click();
  await frame.locator('[data-testid="overlay-badge"][data-state="ready"]').waitFor();
  return { page, frame };
}

/** The overlay iframe's box in the page, once its size and place have settled. */
async function frameBox(page: Page) {
  const frame = await overlayFrame(page);
  let last = await overlayBox(frame);
  for (let i = 0; i < 20; i++) {
    await page.waitForTimeout(50);
    const next = await overlayBox(frame);
    if (next && last && next.x === last.x && next.y === last.y && next.width === last.width && next.height === last.height) return next;
    last = next;
  }
  if (!last) throw new Error('no overlay iframe box');
  return last;
}

/** Read the shortlist as stored, from the extension's worker (same origin as the overlay's IndexedDB). */
async function storedCreators(): Promise<Array<{ key: string; score: number | null; tags: string[] }>> {
  return browser.worker.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('vetted');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const all = db.transaction('creators').objectStore('creators').getAll();
          all.onerror = () => reject(all.error);
          all.onsuccess = () => {
            db.close();
            resolve((all.result as Array<{ key: string; report: { fit: { score: number } } | null; tags: string[] }>).map((r) => ({ key: r.key, score: r.report?.fit.score ?? null, tags: r.tags })));
          };
        };
      }),
  );
}

describe('overlay panel in real Chromium', () => {
  it.each(PLATFORMS)('%s: badge with the right verdict line, panel, chart, save, Esc', async (platform) => {
    const sample = loadSample(platform);
    const { page, frame } = await openProfile(platform);

    const line = await frame.getByTestId('overlay-verdict').textContent();
    const verdict = await frame.getByTestId('overlay-verdict').getAttribute('data-verdict');
    // The score is on the badge only when it is the verdict (strong, possible, weak).
    const badgeScore = (await frame.getByTestId('overlay-score').count()) ? Number(await frame.getByTestId('overlay-score').getAttribute('data-value')) : null;
    await frame.getByTestId('overlay-badge').screenshot({ path: join(SHOTS, `${platform}-badge.png`) });
    // The badge's words are 13 px or more too.
    const smallOnBadge = await frame.getByTestId('overlay-badge').evaluate((root) =>
      [root, ...root.querySelectorAll('*')]
        .filter((el) => [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== ''))
        .filter((el) => parseFloat(getComputedStyle(el).fontSize) < 13)
        .map((el) => `${el.tagName}.${el.className}: ${getComputedStyle(el).fontSize}`),
    );
    expect(smallOnBadge).toEqual([]);
    const badgeBox = await frameBox(page);
    // Bottom-right, clear of the profile header at the top.
    expect(badgeBox.x + badgeBox.width).toBeGreaterThan(VIEWPORT.width - 40);
    expect(badgeBox.y).toBeGreaterThan(VIEWPORT.height / 2);

    await clickInFrame(page, frame, '[data-testid="overlay-expand"]');
    const panel = frame.getByTestId('overlay-panel');
    await panel.waitFor();
    const computedAt = await panel.locator('[data-testid="section-confidence"] time').last().getAttribute('datetime');
    const capturedAt = await frame.locator('[data-testid="figure-captured"] time').getAttribute('datetime');
    expect(computedAt && capturedAt).toBeTruthy();
    // The same readers and vetting in Node, on the same saved page, at the same instants.
    const expected = expectedReport(sample, { capturedAt: capturedAt!, computedAt: computedAt! });
    expect({ key: `${platform}:${sample.handle}`, line, verdict }).toEqual({ key: expected.key, line: expected.fit.summary, verdict: expected.fit.verdict });
    const showsScore = expected.fit.verdict !== 'outside-brief' && expected.fit.verdict !== 'insufficient-evidence';
    expect(badgeScore).toBe(showsScore ? expected.fit.score : null);
    // A failed hard limit is the headline, named.
    if (expected.fit.hardFails.length > 0) expect(line!.startsWith(`Outside brief · ${expected.fit.hardFails[0]!.summary}`)).toBe(true);
    // The 1.1M-follower Instagram sample against the default brief.
    if (platform === 'instagram') expect(line).toMatch(/^Outside brief · 1\.14M followers > 100k/);
    expect(await panel.getByTestId('fit-summary').textContent()).toBe(expected.fit.summary);
    const score = expected.fit.score;
    const points = await frame.getByTestId('fit-component').evaluateAll((rows) => rows.map((r) => Number(r.getAttribute('data-points'))));
    expect(points.reduce((a, b) => a + b, 0)).toBe(score ?? 0);

    // Expanded, the frame grows up and left from the corner and stays inside 70 % of the viewport.
    const panelBox = await frameBox(page);
    expect(panelBox.height).toBeGreaterThan(badgeBox.height);
    expect(panelBox.height).toBeLessThanOrEqual(Math.floor(VIEWPORT.height * 0.7));
    expect(panelBox.y).toBeGreaterThanOrEqual(VIEWPORT.height * 0.3 - 16 - 1);
    // X's header reaches under the corner at 1280 px: there the panel opens beside it (avoid-header.e2e.ts).
    if (platform === 'x') expect(Math.round(panelBox.x + panelBox.width)).toBeLessThan(Math.round(badgeBox.x + badgeBox.width));
    else expect(Math.round(panelBox.x + panelBox.width)).toBe(Math.round(badgeBox.x + badgeBox.width));

    // Above the fold of the panel: the verdict, the four key figures and Save, without scrolling it.
    const body = await panel.locator('.panel-body').boundingBox();
    for (const id of ['panel-verdict', 'card-engagement', 'card-cadence', 'card-authenticity', 'card-price']) {
      const box = await frame.getByTestId(id).boundingBox();
      expect(box && body && box.y + box.height <= body.y + body.height + 0.5, `${id} above the fold`).toBe(true);
    }
    const saveBox = await frame.getByRole('button', { name: 'Save to shortlist', exact: true }).boundingBox();
    expect(saveBox && body && saveBox.y + saveBox.height <= body.y + body.height + 0.5, 'Save above the fold').toBe(true);
    // Nothing above the fold is cut short: the name, the verdict, the confidence line and each card's words fit their boxes.
    const cut = await panel.evaluate((root) =>
      [...root.querySelectorAll('.panel-head h1, .verdict-summary, .confidence-line, .card-value, .card-detail')]
        .filter((el) => el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1)
        .map((el) => `${el.className}: ${el.textContent}`),
    );
    expect(cut).toEqual([]);
    await panel.screenshot({ path: join(SHOTS, `${platform}-panel.png`) });
    await page.emulateMedia({ colorScheme: 'dark' });
    await panel.screenshot({ path: join(SHOTS, `${platform}-panel-dark.png`) });
    await page.emulateMedia({ colorScheme: 'light' });

    // Every other section opens from its heading; all text, open or not, is 13 px or more.
    for (const toggle of await panel.locator('.section-toggle').all()) await toggle.click();
    const small = await panel.evaluate((root) =>
      [...root.querySelectorAll('*')]
        .filter((el) => [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== ''))
        .filter((el) => parseFloat(getComputedStyle(el).fontSize) < 13)
        .map((el) => `${el.tagName}.${el.className}: ${getComputedStyle(el).fontSize}`),
    );
    expect(small).toEqual([]);
    const chart = frame.getByTestId('post-chart');
    await chart.waitFor();
    const chartBox = await chart.boundingBox();
    expect(chartBox?.width).toBeGreaterThan(0);
    expect(chartBox?.height).toBeGreaterThan(0);
    expect(await chart.getAttribute('aria-label')).toMatch(/per post for \d+ eligible posts/);
    // Drawn, not just laid out: some pixel of the canvas is not transparent.
    expect(await chart.evaluate((c: HTMLCanvasElement) => c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data.some((v, i) => i % 4 === 3 && v > 0))).toBe(true);
    await chart.screenshot({ path: join(SHOTS, `${platform}-post-chart.png`) });

    const save = frame.getByRole('button', { name: 'Save to shortlist', exact: true });
    await frame.getByLabel('Tag').fill('e2e');
    await frame.getByLabel('Note').fill('Ask about spring rates');
    await save.click();
    // Either outcome ends the wait, so that a refused save fails at once and says why.
    await frame.locator('[data-testid="save-status"], [data-testid="save-error"]').first().waitFor();
    expect(await frame.getByTestId('save-error').count() ? await frame.getByTestId('save-error').textContent() : 'no error').toBe('no error');
    expect(await frame.getByTestId('save-status').textContent()).toMatch(/^Saved — status shortlisted · tags e2e/);
    // The note as saved, shown back under the form.
    expect(await frame.getByTestId('saved-note').textContent()).toBe('Note: Ask about spring rates');
    const href = await frame.getByRole('link', { name: 'Open in shortlist' }).getAttribute('href');
    expect(href).toBe(`chrome-extension://${browser.extensionId}/dashboard.html#key=${encodeURIComponent(expected.key)}`);
    await save.click();
    await frame.getByTestId('save-status').waitFor();
    const stored = (await storedCreators()).filter((c) => c.key === expected.key);
    expect(stored).toEqual([{ key: expected.key, score, tags: ['e2e'] }]);
    // And as a person would check it, with the worker stopped in between: the popup lists it once.
    await stopWorker(browser.context, browser.extensionId);
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await popup.locator(`[data-testid="popup-row"][data-key="${expected.key}"]`).waitFor({ timeout: 15_000 });
    expect(await popup.locator(`[data-testid="popup-row"][data-key="${expected.key}"]`).count()).toBe(1);
    expect(await popup.locator(`[data-testid="popup-row"][data-key="${expected.key}"] [data-testid="popup-row-verdict"] .verdict-text`).textContent()).toBe(expected.fit.summary);
    await popup.close();

    // Back from the popup the keyboard is wherever the browser left it: a person clicks in the panel first.
    await frame.locator('#panel-title').click();
    await page.keyboard.press('Escape');
    await frame.getByTestId('overlay-badge').waitFor();
    expect(await panel.count()).toBe(0);
    expect(await frame.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('overlay-expand');
    await page.close();
  });

  it('drag moves the overlay, clamped to the viewport, and the place is remembered after a reload', async () => {
    const { page, frame } = await openProfile('x');
    const before = await frameBox(page);
    const handle = await frame.getByTestId('overlay-drag').boundingBox();
    expect(handle).not.toBeNull();
    const start = { x: handle!.x + handle!.width / 2, y: handle!.y + handle!.height / 2 };
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    await page.mouse.move(start.x - 150, start.y - 120, { steps: 8 });
    await page.mouse.move(start.x - 300, start.y - 240, { steps: 8 });
    await page.mouse.up();
    const moved = await frameBox(page);
    expect(Math.round(moved.x - before.x)).toBe(-300);
    expect(Math.round(moved.y - before.y)).toBe(-240);

    // Dragged further right than there is room, it stops at the edge.
    const handle2 = (await frame.getByTestId('overlay-drag').boundingBox())!;
    await page.mouse.move(handle2.x + 2, handle2.y + 2);
    await page.mouse.down();
    await page.mouse.move(VIEWPORT.width - 2, handle2.y + 2, { steps: 5 });
    await page.mouse.up();
    const clamped = await frameBox(page);
    expect(Math.round(clamped.x + clamped.width)).toBe(VIEWPORT.width);
    expect(Math.round(clamped.y)).toBe(Math.round(moved.y));

    await page.reload({ waitUntil: 'domcontentloaded' });
    const again = await overlayFrame(page);
    await again.locator('[data-testid="overlay-badge"][data-state="ready"]').waitFor({ timeout: 15_000 });
    await expect.poll(async () => Math.round((await frameBox(page)).y), { timeout: 5_000 }).toBe(Math.round(clamped.y));
    expect(Math.round((await frameBox(page)).x + clamped.width)).toBe(VIEWPORT.width);
    await page.close();

    // Another platform keeps its own place: still the default corner.
    const other = await openProfile('instagram');
    const box = await frameBox(other.page);
    expect(Math.round(VIEWPORT.height - (box.y + box.height))).toBe(16);
    await other.page.close();
  });

  it('measures navigation to badge with a warm worker (reported, not asserted)', async () => {
    const sample = loadSample('x');
    browser.server.setRoute({ url: sample.url, body: sample.html });
    const page = await browser.context.newPage();
    const runs: Array<{ frameMs: number; badgeMs: number }> = [];
    for (let i = 0; i < 5; i++) {
      const started = performance.now();
      await page.goto(sample.url, { waitUntil: 'commit' });
      const frame = await overlayFrame(page);
      const framed = performance.now();
      await frame.locator('[data-testid="overlay-badge"][data-state="ready"]').waitFor({ timeout: 15_000 });
      runs.push({ frameMs: Math.round(framed - started), badgeMs: Math.round(performance.now() - started) });
    }
    await page.close();
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
    const result = { platform: 'x', runs, medianFrameMs: median(runs.map((r) => r.frameMs)), medianBadgeMs: median(runs.map((r) => r.badgeMs)) };
    mkdirSync(join(ROOT, 'test-artifacts'), { recursive: true });
    writeFileSync(join(ROOT, 'test-artifacts', 'overlay-badge-timing.json'), `${JSON.stringify(result, null, 2)}\n`);
    console.log(`navigation → frame loaded ${result.medianFrameMs} ms, → badge ready ${result.medianBadgeMs} ms (x, warm worker, median of ${runs.length})`);
    expect(runs).toHaveLength(5);
  });

  it('the extension made no network request and left no errors on the host pages', () => {
    expect(browser.extensionRequests).toEqual([]);
    expect(browser.pageErrors).toEqual([]);
  });
});
