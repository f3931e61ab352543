/**
 * After the app's in-page navigation to another post, Chromium still names the address the
 * document loaded with as the content script's `sender.url`; the tab's URL is the post on screen
 * (seen in tests/e2e/post-pages.e2e.ts). The post read there must become the tab's post.
 */
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../../lib/background/handlers';
import { createMountStore } from '../../../lib/background/mount-store';
import { createOverlayShortlistStore } from '../../../lib/background/overlay-shortlist-store';
import { createTabPostStore } from '../../../lib/background/tab-post-store';
import { createTabStateStore } from '../../../lib/background/tab-state-store';
import { createRouter } from '../../../lib/messages/router';
import { POST_READERS } from '../../../lib/platforms/post-readers';
import { DEFAULT_BRIEF } from '../../../lib/scoring/default-brief';
import { vet } from '../../../lib/vetting/vet';
import { loadExpectation, loadFixtureText } from '../platforms/fixture-harness';
import { memoryEvidence } from './memory-evidence';
import { memorySession } from './memory-session';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const LOADED = 'https://www.youtube.com/watch?v=hwMkbaS_M_c';
const SHOWN = 'https://www.youtube.com/watch?v=RwTdoQNVMTY';
const FILE = '2026-01_next-watch_en-GB_videoPrimaryInfo_likeCountEntity_connor-craftt.json';

function watchReading() {
  const expected = loadExpectation('youtube', FILE);
  const result = POST_READERS.youtube.readPostCapture(JSON.parse(loadFixtureText('youtube', FILE)), new URL(SHOWN), { now: new Date(expected.now) });
  if (!result.ok) throw new Error(result.reason);
  const { ok: _ok, ...reading } = result;
  return reading;
}

describe('post/submit after an in-page navigation', () => {
  it("makes the video on screen the tab's post, though sender.url still names the first one", async () => {
    const session = memorySession();
    const tabPosts = createTabPostStore(session.area);
    const handlers = createHandlers({
      tabs: createTabStateStore(session.area),
      mounts: createMountStore(session.area),
      now: () => new Date('2026-01-27T12:00:00Z'),
      vet: async (snapshot, now) => vet({ snapshot, brief: DEFAULT_BRIEF, history: [], now }),
      shortlist: createOverlayShortlistStore(() => Promise.reject(new Error('no shortlist in this test'))),
      posts: { tabPosts, evidence: memoryEvidence().store, installKey: async () => new Uint8Array(32).fill(9), lastReport: async () => null },
    });
    const route = createRouter(handlers, { extensionId: ID, extensionOrigin: `chrome-extension://${ID}`, overlayMounted: async () => false });
    const sender = { id: ID, url: LOADED, tab: { id: 7, url: SHOWN }, frameId: 0 };

    expect(await route({ type: 'post/submit', pageUrl: SHOWN, from: 'capture', reading: watchReading() }, sender)).toMatchObject({ ok: true });
    expect(await tabPosts.get(7)).toMatchObject({ postId: 'RwTdoQNVMTY', handle: 'connor.craftt' });
    // A reading of the page itself is checked against the post on screen too.
    expect(await route({ type: 'post/submit', pageUrl: SHOWN, from: 'page', reading: watchReading() }, sender)).toMatchObject({ ok: true });
  });
});
