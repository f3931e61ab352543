import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../../lib/background/handlers';
import { createMountStore } from '../../../lib/background/mount-store';
import { createOverlayShortlistStore } from '../../../lib/background/overlay-shortlist-store';
import { createTabPostStore } from '../../../lib/background/tab-post-store';
import { createTabStateStore } from '../../../lib/background/tab-state-store';
import { EVIDENCE_CAPS } from '../../../lib/contracts/evidence';
import { createRouter } from '../../../lib/messages/router';
import type { SenderInfo } from '../../../lib/messages/sender';
import type { PostPageReading } from '../../../lib/platforms/post-types';
import { DEFAULT_BRIEF } from '../../../lib/scoring/default-brief';
import { vet } from '../../../lib/vetting/vet';
import { memoryEvidence } from './memory-evidence';
import { memorySession } from './memory-session';
import { readPostFixture as readFixture } from './post-fixtures';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}`;
const NOW = new Date('2026-01-27T12:00:00Z');
const WATCH = 'https://www.youtube.com/watch?v=RwTdoQNVMTY';

const contentOn = (url: string, tabId = 7): SenderInfo => ({ id: ID, url, tab: { id: tabId, url }, frameId: 0 });

function setup(options: { posts?: boolean } = {}) {
  const session = memorySession();
  const evidence = memoryEvidence();
  const mounts = createMountStore(session.area);
  const handlers = createHandlers({
    tabs: createTabStateStore(session.area),
    mounts,
    now: () => NOW,
    vet: async (snapshot, now) => vet({ snapshot, brief: DEFAULT_BRIEF, history: [], now }),
    shortlist: createOverlayShortlistStore(() => Promise.reject(new Error('no shortlist in this test'))),
    ...(options.posts === false ? {} : { posts: { tabPosts: createTabPostStore(session.area), evidence: evidence.store, installKey: async () => new Uint8Array(32).fill(9), lastReport: async () => null } }),
  });
  const route = createRouter(handlers, { extensionId: ID, extensionOrigin: ORIGIN, overlayMounted: mounts.verify });
  const submit = (reading: PostPageReading, from: 'page' | 'capture', pageUrl: string, sender: SenderInfo = contentOn(pageUrl)) => route({ type: 'post/submit', pageUrl, from, reading }, sender);
  return { route, submit, session, evidence };
}

const watchData = () => readFixture('youtube', '2026-01_next-watch_en-GB_videoPrimaryInfo_likeCountEntity_connor-craftt.json');
const comments = () => readFixture('youtube', '2026-01_next-comments_en-GB_commentEntityPayload_hearted_connor-craftt.json');

describe('post/submit', () => {
  it("adds a video's counts and its comments (by keyed hash) to its creator's evidence", async () => {
    const { submit, evidence } = setup();
    expect(await submit(watchData(), 'capture', WATCH)).toEqual({ ok: true, creator: { platform: 'youtube', handle: 'connor.craftt' } });
    // The comment page names no author: it is the video the tab showed.
    expect(await submit(comments(), 'capture', WATCH)).toEqual({ ok: true, creator: { platform: 'youtube', handle: 'connor.craftt' } });
    const stored = evidence.rows.get('youtube:connor.craftt')!;
    expect(stored.posts).toHaveLength(1);
    expect(stored.posts[0]).toMatchObject({ id: 'RwTdoQNVMTY', likes: 320, comments: 68, views: 3421 });
    expect(stored.samples).toHaveLength(1);
    expect(stored.samples[0]!.comments).toHaveLength(20);
    for (const c of stored.samples[0]!.comments) expect(c.authorKey).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(stored)).not.toContain('LiteralGhost8');
  });

  it('refuses a comment page of a post no reading has named the author of, and stores nothing', async () => {
    const { submit, evidence } = setup();
    expect(await submit(comments(), 'capture', WATCH)).toMatchObject({ ok: false, error: { code: 'invalid-data', message: 'no author is known for this post yet' } });
    expect(evidence.writes).toEqual([]);
  });

  it('refuses a reading of another platform, another post than the tab or its page, or another author than the tab named', async () => {
    const { submit, evidence, session } = setup();
    const tiktok = readFixture('tiktok', '2025-12_video_rendered-dom_universal-data_en-ES_illojuan.html');
    const tiktokUrl = 'https://www.tiktok.com/@illojuan/video/7571863205253778710';
    const refused = { ok: false, error: { code: 'invalid-data' } };
    // A TikTok reading sent from a YouTube tab, or naming a YouTube page.
    expect(await submit(tiktok, 'page', tiktokUrl, contentOn(WATCH))).toMatchObject(refused);
    expect(await submit(tiktok, 'page', WATCH, contentOn(tiktokUrl))).toMatchObject(refused);
    // The page's own reading must be the tab's post; a capture must be its page's post.
    expect(await submit(tiktok, 'page', tiktokUrl, contentOn('https://www.tiktok.com/@illojuan/video/1'))).toMatchObject(refused);
    expect(await submit(tiktok, 'capture', 'https://www.tiktok.com/@illojuan/video/1', contentOn(tiktokUrl))).toMatchObject(refused);
    // A reading whose post is not the post it names.
    const swapped = { ...tiktok, post: { ...tiktok.post!, id: '1' } };
    expect(await submit(swapped, 'page', tiktokUrl)).toMatchObject(refused);
    // A handle the creator contract cannot hold.
    expect(await submit({ ...tiktok, author: { ...tiktok.author!, handle: 'ill ojuan<b>' } }, 'page', tiktokUrl)).toMatchObject(refused);
    expect(evidence.writes).toEqual([]);
    expect(session.writes).toEqual([]);
    // Once the tab's post is known, a reading of it naming someone else is refused.
    expect(await submit(tiktok, 'page', tiktokUrl)).toMatchObject({ ok: true });
    expect(await submit({ ...tiktok, author: { ...tiktok.author!, handle: 'someone_else' } }, 'capture', tiktokUrl)).toMatchObject(refused);
    expect(evidence.writes).toEqual(['tiktok:illojuan']);
  });

  it('keeps comment text to the evidence cap', async () => {
    const { submit, evidence } = setup();
    const reading = watchData();
    const long = { ...comments().comments[0]!, text: 'a'.repeat(EVIDENCE_CAPS.commentText + 400) };
    expect(await submit({ ...reading, comments: [long] }, 'capture', WATCH)).toMatchObject({ ok: true });
    expect(evidence.rows.get('youtube:connor.craftt')!.samples[0]!.comments[0]!.text).toHaveLength(EVIDENCE_CAPS.commentText);
  });

  it('fails closed where post pages cannot be kept', async () => {
    const { submit, session } = setup({ posts: false });
    expect(await submit(watchData(), 'capture', WATCH)).toMatchObject({ ok: false, error: { code: 'unavailable' } });
    expect(session.writes).toEqual([]);
  });
});

describe('overlay/post', () => {
  it("answers the overlay of a post page with the post against its creator's median", async () => {
    const { route, submit } = setup();
    const content = contentOn(WATCH);
    const overlay: SenderInfo = { id: ID, url: `${ORIGIN}/overlay.html`, tab: { id: 7 }, frameId: 3 };
    const mounted = await route({ type: 'overlay/mount' }, content);
    if (!mounted.ok || !('token' in mounted)) throw new Error('no token');
    await route({ type: 'overlay/connect', token: mounted.token }, overlay);
    expect(await route({ type: 'overlay/post', token: mounted.token }, overlay)).toMatchObject({ ok: false, error: { code: 'unavailable' } });
    await submit(watchData(), 'capture', WATCH);
    const answer = await route({ type: 'overlay/post', token: mounted.token }, overlay);
    expect(answer).toMatchObject({
      ok: true,
      view: {
        creator: { platform: 'youtube', handle: 'connor.craftt' },
        profileUrl: 'https://www.youtube.com/@connor.craftt',
        verdict: null,
        post: { id: 'RwTdoQNVMTY', sponsored: false },
        interactions: { multiple: null, post: 320 + 68 },
        views: { multiple: null, post: 3421 },
        sponsoredVsOrganic: null,
      },
    });
    // Leaving the page forgets the tab's post.
    await route({ type: 'page/left' }, content);
    expect(await route({ type: 'overlay/post', token: mounted.token }, overlay)).toMatchObject({ ok: false });
  });
});
