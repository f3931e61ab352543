import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseSavedPage } from '../../lib/cli/saved-page';
import { assembleSnapshot } from '../../lib/cli/vet-assemble';
import { PLATFORMS, type Platform, type Snapshot } from '../../lib/contracts/creator';
import { fixtureFiles, loadExpectation, loadFixtureText } from '../lib/platforms/fixture-files';
import { launchWithExtension, type ExtensionBrowser } from './browser';

/**
 * The Node path (npm run vet, every test that parses a saved page) reads what the
 * browser reads. Each readable saved profile page is opened in Chromium with the extension, and
 * the snapshot the background stored for the tab is compared with what `vet`'s parsing and the
 * same readers give in Node, at the same instant.
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

/** The fields a reading is judged by: the creator's counts and identity, and each post's figures. */
function reading(snapshot: Snapshot) {
  const { creator, posts } = snapshot;
  return {
    creator: { handle: creator.handle, displayName: creator.displayName, followers: creator.followers, following: creator.following, postsCount: creator.postsCount, totalLikes: creator.totalLikes, verified: creator.verified, links: creator.links, emails: creator.emails },
    posts: posts.map((p) => ({ id: p.id, publishedAt: p.publishedAt, likes: p.likes, comments: p.comments, views: p.views, shares: p.shares, pinned: p.pinned })),
  };
}

interface TabState {
  status?: string;
  pageUrl?: string;
  report?: { snapshot: Snapshot };
}

interface SessionChrome {
  chrome: { storage: { session: { get(keys: null): Promise<Record<string, TabState | undefined>> } } };
}

// Several fixtures are served at the same URL (two captures of one channel); a closed tab's state
// can outlive it, so each page's reading is the ready state of a tab not seen before.
const seenTabs = new Set<string>();

async function freshReading(pageUrl: string, timeout = 20_000): Promise<Snapshot> {
  const start = Date.now();
  for (;;) {
    const states = await browser.worker.evaluate(async () => Object.entries(await (globalThis as unknown as SessionChrome).chrome.storage.session.get(null)));
    const found = states.find(([key, state]) => key.startsWith('tab:') && !seenTabs.has(key) && state?.status === 'ready' && state.pageUrl === pageUrl && state.report);
    if (found) {
      seenTabs.add(found[0]);
      return found[1]!.report!.snapshot;
    }
    if (Date.now() - start > timeout) throw new Error(`no new ready tab state for ${pageUrl}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('Node reads what the browser reads, on every readable saved profile page', () => {
  it.each(PAGES)('%s/%s', async (platform: Platform, file: string) => {
    const expected = loadExpectation(platform, file);
    const html = loadFixtureText(platform, file);
    browser.server.setRoute({ url: expected.url, body: html });
    const page = await browser.context.newPage();
    try {
      await page.goto(expected.url, { waitUntil: 'domcontentloaded' });
      const inBrowser = await freshReading(expected.url);
      // Relative dates ("2 days ago") are resolved against the reading's instant: use the browser's.
      const assembled = assembleSnapshot([{ name: file, kind: 'html', doc: parseSavedPage(html, file) }], new URL(expected.url), new Date(inBrowser.creator.capturedAt));
      if (!assembled.ok) throw new Error(assembled.message);
      expect(reading(assembled.snapshot)).toEqual(reading(inBrowser));
    } finally {
      await page.close();
    }
  });
});
