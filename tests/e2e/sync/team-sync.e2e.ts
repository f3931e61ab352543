import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, overlayFrame, type ExtensionBrowser } from '../browser';
import { clickInFrame } from '../frame-click';
import { loadSample } from '../sample-pages';
import { importInDashboard } from '../shortlist-helpers';
import { startCouchServer, type CouchServer } from '../../sync/couch-server';
import { startTeamProxy, type TeamProxy } from './team-proxy';

/**
 * Two browser profiles syncing through a real CouchDB-protocol server (pouchdb-server), each with
 * its own built extension, shortlist and PouchDB. The team server's https address is mapped to a
 * local proxy; the extension copy built here has that one host already granted, because a test
 * cannot answer the permission prompt that "Turn on sync" raises (everything else is the real path).
 */
const ROOT = join(import.meta.dirname, '..', '..', '..');
const TEAM_HOST = 'couch.vetted.test';
const OUT_DIR = '.output-e2e-sync';
const EXTENSION_DIR = join(ROOT, OUT_DIR, 'chrome-mv3');
const ALICE = { name: 'alice', password: 'alice-pw' };
const BOB = { name: 'bob', password: 'bob-pw' };

let server: CouchServer;
let proxy: TeamProxy;
const browsers: ExtensionBrowser[] = [];
/** The two teammates of the first test, whose shortlists the next ones go on with. */
let team: { dashA: Page; dashB: Page; key: string; handle: string } | null = null;

beforeAll(async () => {
  execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'ignore', env: { ...process.env, VETTED_OUT_DIR: OUT_DIR, VETTED_E2E_TEAM_HOST: TEAM_HOST } });
  server = await startCouchServer({ users: [ALICE, BOB] });
  proxy = await startTeamProxy(server.origin);
}, 240_000);

afterAll(async () => {
  for (const b of browsers) await b.close().catch(() => undefined);
  await proxy?.close();
  await server?.close();
  rmSync(join(ROOT, OUT_DIR), { recursive: true, force: true });
});

async function profile(): Promise<ExtensionBrowser> {
  const b = await launchWithExtension({ extensionDir: EXTENSION_DIR, extraHosts: [{ host: TEAM_HOST, port: proxy.port }] });
  browsers.push(b);
  return b;
}

async function dashboard(b: ExtensionBrowser): Promise<Page> {
  const page = await b.context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`chrome-extension://${b.extensionId}/dashboard.html`);
  return page;
}

async function turnOnSync(page: Page, user: { name: string; password: string }, db = server.dbName): Promise<void> {
  await page.getByRole('tab', { name: 'Team sync' }).or(page.getByRole('button', { name: 'Team sync' })).first().click();
  await page.locator('input[name="sync-url"]').fill(`https://${TEAM_HOST}/${db}`);
  await page.locator('input[name="sync-user"]').fill(user.name);
  await page.locator('input[name="sync-password"]').fill(user.password);
  await page.getByRole('button', { name: 'Turn on sync' }).click();
}

describe('team sync between two browser profiles through a local CouchDB-protocol server', () => {
  it('a creator saved in A appears in B\'s open dashboard within 5 s', async () => {
    const [a, b] = [await profile(), await profile()];
    const [dashA, dashB] = [await dashboard(a), await dashboard(b)];
    await turnOnSync(dashA, ALICE);
    await turnOnSync(dashB, BOB);
    for (const d of [dashA, dashB]) await d.locator('[data-testid="sync-indicator"][data-state="up-to-date"]').first().waitFor({ timeout: 30_000 });

    const sample = loadSample('instagram');
    a.server.setRoute({ url: sample.url, body: sample.html });
    const page = await a.context.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(sample.url, { waitUntil: 'domcontentloaded' });
    const frame = await overlayFrame(page);
    await frame.locator('[data-testid="overlay-badge"][data-state="ready"]').waitFor({ timeout: 20_000 });
    await clickInFrame(page, frame, '[data-testid="overlay-expand"]');
    await frame.getByTestId('overlay-panel').waitFor({ timeout: 5_000 });
    await page.waitForTimeout(800);
    await clickInFrame(page, frame, 'button:text-is("Save to shortlist")');
    await frame.locator('[data-testid="save-status"]:text-matches("^Saved")').waitFor({ timeout: 5_000 });
    const savedAt = Date.now();

    await dashB.getByRole('tab', { name: 'Shortlist' }).or(dashB.getByRole('button', { name: 'Shortlist' })).first().click();
    const row = dashB.locator(`[data-testid="dashboard-row"][data-key="instagram:${sample.handle}"]`);
    await row.waitFor({ timeout: 10_000 });
    const arrivedMs = Date.now() - savedAt;
    expect(arrivedMs, `the save reached B's dashboard after ${arrivedMs} ms`).toBeLessThanOrEqual(5_000);
    // Through the worker, not as a request of the page's: the only requests are the worker's, to the team host.
    expect([...a.extensionRequests, ...b.extensionRequests].filter((r) => !r.includes(`https://${TEAM_HOST}/`))).toEqual([]);
    await dashA.getByRole('tab', { name: 'Shortlist' }).or(dashA.getByRole('button', { name: 'Shortlist' })).first().click();
    team = { dashA, dashB, key: `instagram:${sample.handle}`, handle: sample.handle };
  });

  it('edits of the same creator made in A and B while the server is down end with both changes on both sides', async () => {
    if (!team) throw new Error('needs the first test\'s two teammates');
    const { dashA, dashB, key, handle } = team;
    await dashA.locator(`[data-testid="dashboard-row"][data-key="${key}"]`).waitFor();
    await server.stop();
    // A changes the status; B adds a tag and a note, neither seeing the other's change.
    await dashA.getByRole('combobox', { name: `Status of @${handle}` }).selectOption('contacted');
    await dashB.getByRole('button', { name: new RegExp(`^Tags of @${handle}`) }).click();
    const tags = dashB.getByRole('textbox', { name: `Tags of @${handle}` });
    await tags.fill('beauty');
    await tags.press('Enter');
    await dashB.getByRole('button', { name: new RegExp(`^Notes on @${handle}`) }).click();
    const notes = dashB.getByRole('textbox', { name: `Notes on @${handle}` });
    await notes.fill('asked for rates');
    await notes.evaluate((el) => (el as HTMLElement).blur());
    await dashB.waitForTimeout(1_000);
    await server.start();
    // Both sides converge on status from A, tag and note from B.
    for (const [side, dash] of [['A', dashA], ['B', dashB]] as const) {
      const status = dash.getByRole('combobox', { name: `Status of @${handle}` });
      await expect.poll(() => status.inputValue(), { timeout: 30_000, message: `${side}'s status` }).toBe('contacted');
      await expect.poll(async () => (await dash.locator(`[data-testid="dashboard-row"][data-key="${key}"]`).textContent()) ?? '', { timeout: 30_000, message: `${side}'s tag and note` }).toMatch(/beauty[\s\S]*asked for rates/);
    }
  });

  it('the server down for 10 s while A adds 20 creators: all 20 reach B once it is back', async () => {
    if (!team) throw new Error('needs the first test\'s two teammates');
    const { dashA, dashB } = team;
    const shown = (dash: Page) => dash.getByText(/^Showing \d+ of \d+ creators$/).first().textContent();
    const before = Number(/of (\d+)/.exec((await shown(dashB)) ?? '')?.[1]);
    await server.stop();
    const stoppedAt = Date.now();
    try {
      // 20 creators added in A with the server down: an import of a sheet with platform and handle.
      const csv = ['platform,handle', ...Array.from({ length: 20 }, (_, i) => `instagram,offline.creator.${i}`)].join('\n');
      expect(await importInDashboard(dashA, { name: 'team.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) }, 10_000)).toMatchObject({ ok: true });
      await dashA.waitForTimeout(Math.max(0, 10_000 - (Date.now() - stoppedAt)));
    } finally {
      await server.start();
    }
    await expect.poll(async () => (await shown(dashB)) ?? '', { timeout: 60_000, message: "B's shortlist after the server came back" }).toBe(`Showing ${before + 20} of ${before + 20} creators`);
  });

  it('a wrong password is the error state, said in words, and nothing local is lost', async () => {
    const c = await profile();
    const dash = await dashboard(c);
    // A fresh profile: the import waits for the dashboard's shortlist to open, as a person would.
    expect(await importInDashboard(dash, { name: 'mine.csv', mimeType: 'text/csv', buffer: Buffer.from('platform,handle\ninstagram,only.mine\n') })).toMatchObject({ ok: true });
    await turnOnSync(dash, { name: ALICE.name, password: 'not-her-password' });
    const indicator = dash.locator('[data-testid="sync-indicator"][data-state="error"]').first();
    await indicator.waitFor({ timeout: 30_000 });
    expect(await indicator.textContent()).toMatch(/password/i);
    await dash.getByRole('tab', { name: 'Shortlist' }).or(dash.getByRole('button', { name: 'Shortlist' })).first().click();
    await dash.locator('[data-testid="dashboard-row"][data-key="instagram:only.mine"]').waitFor({ timeout: 10_000 });
  });
});
