import { describe, expect, it } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { createHandlers } from '../../../lib/background/handlers';
import { MAX_CAPTURE_CHARS } from '../../../lib/capture/capture-patterns';
import { MAX_PAGE_DATA_CHARS } from '../../../lib/capture/page-data-message';
import { createOverlayShortlistStore } from '../../../lib/background/overlay-shortlist-store';
import { openShortlist } from '../../../lib/shortlist/repository';
import { createTabStateStore } from '../../../lib/background/tab-state-store';
import { createMountStore } from '../../../lib/background/mount-store';
import { createRouter } from '../../../lib/messages/router';
import { REQUEST_TYPES } from '../../../lib/messages/protocol';
import type { SenderInfo } from '../../../lib/messages/sender';
import { memorySession } from '../background/memory-session';
import { DEFAULT_BRIEF } from '../../../lib/scoring/default-brief';
import { vet } from '../../../lib/vetting/vet';
import { createTabPostStore } from '../../../lib/background/tab-post-store';
import { memoryEvidence } from '../background/memory-evidence';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}`;
const contentSender: SenderInfo = { id: ID, url: 'https://www.instagram.com/celebface/', tab: { id: 7, url: 'https://www.instagram.com/celebface/' }, frameId: 0 };
const overlaySender: SenderInfo = { id: ID, url: `${ORIGIN}/overlay.html`, tab: { id: 7 }, frameId: 3 };
const popupSender: SenderInfo = { id: ID, url: `${ORIGIN}/popup.html` };

function setup() {
  const session = memorySession();
  let vetCalls = 0;
  const mounts = createMountStore(session.area);
  const evidence = memoryEvidence();
  const handlers = createHandlers({
    posts: { tabPosts: createTabPostStore(session.area), evidence: evidence.store, installKey: async () => new Uint8Array(32).fill(1), lastReport: async () => null },
    tabs: createTabStateStore(session.area),
    mounts,
    now: () => new Date('2026-11-22T00:00:00Z'),
    vet: async (snapshot, now) => {
      vetCalls++;
      return vet({ snapshot, brief: DEFAULT_BRIEF, history: [], now });
    },
    shortlist: createOverlayShortlistStore(() => openShortlist(undefined, { idbFactory: new IDBFactory() })),
  });
  const route = createRouter(handlers, { extensionId: ID, extensionOrigin: ORIGIN, overlayMounted: mounts.verify });
  /** What the content script and its frame do: a token for the tab, shown by the frame. */
  const mountOverlay = async (sender: SenderInfo = overlaySender) => {
    const mounted = await route({ type: 'overlay/mount' }, contentSender);
    if (!mounted.ok || !('token' in mounted)) throw new Error('no token');
    expect(await route({ type: 'overlay/connect', token: mounted.token }, sender)).toMatchObject({ ok: true, tabId: 7 });
    return mounted.token;
  };
  return { route, session, vetCalls: () => vetCalls, mountOverlay, evidenceWrites: evidence.writes };
}

export const validSnapshot = {
  creator: {
    platform: 'instagram', handle: 'celebface', displayName: 'Celeb Face', profileUrl: 'https://www.instagram.com/celebface/',
    followers: 1137245, following: 0, postsCount: 7883, totalLikes: null, verified: false, bio: '', emails: [], links: [], category: null,
    provenance: { followers: { source: 'dom', exact: true, via: 'span[title]' } }, joinedAt: null, capturedAt: '2026-11-22T00:00:00.000Z',
  },
  posts: [],
  sources: ['dom:header'],
};

const comment = { id: 'c1', authorHandle: 'someone', text: 'nice', publishedAt: null, likes: 1, replies: 0, byCreator: false, creatorReplied: null, creatorLiked: null };
const reading = { platform: 'instagram', postId: 'DFp17y5MymE', author: null, post: null, comments: [comment], totalComments: null, sources: [] };
const postSubmit = (change: Record<string, unknown>) => ({ type: 'post/submit', pageUrl: 'https://www.instagram.com/p/DFp17y5MymE/', from: 'page', reading, ...change });

/** One malformed payload per message type: right type, wrong body. */
const MALFORMED: Record<string, unknown[]> = {
  'snapshot/submit': [{ type: 'snapshot/submit' }, { type: 'snapshot/submit', pageUrl: 42, snapshot: validSnapshot }, { type: 'snapshot/submit', pageUrl: 'x'.repeat(5000), snapshot: {} }],
  'page/unreadable': [{ type: 'page/unreadable', pageUrl: 'https://www.instagram.com/a/', platform: 'myspace', reason: 'private', tried: [] }, { type: 'page/unreadable', pageUrl: 'https://www.instagram.com/a/', platform: 'instagram', reason: 'boom', tried: [] }],
  'page/loading': [{ type: 'page/loading' }, { type: 'page/loading', pageUrl: null }],
  'capture/read': [{ type: 'capture/read' }, { type: 'capture/read', pageUrl: 42, text: '{}' }, { type: 'capture/read', pageUrl: 'https://www.youtube.com/@vsauce', text: { contents: {} } }],
  'post/read-page': [{ type: 'post/read-page' }, { type: 'post/read-page', pageUrl: 'https://x.com/a/status/1' }, { type: 'post/read-page', pageUrl: 'https://x.com/a/status/1', extract: { lang: 'en', articles: [] } }, { type: 'post/read-page', pageUrl: 'https://x.com/a/status/1', extract: 'x'.repeat(MAX_PAGE_DATA_CHARS + 1) }],
  'post/read-capture': [{ type: 'post/read-capture' }, { type: 'post/read-capture', pageUrl: 42, text: '{}' }, { type: 'post/read-capture', pageUrl: 'https://x.com/a/status/1', text: { data: {} } }, { type: 'post/read-capture', pageUrl: 'https://x.com/a/status/1', text: 'x'.repeat(MAX_CAPTURE_CHARS + 1) }],
  // It carries nothing: a body is refused, not ignored.
  'page/wake': [{ type: 'page/wake', pageUrl: 'https://www.instagram.com/celebface/' }, { type: 'page/wake', extra: 1 }, { type: 'page/wake', token: 'f'.repeat(32) }],
  'post/submit': [
    { type: 'post/submit' },
    postSubmit({ from: 'elsewhere' }),
    postSubmit({ pageUrl: 'x'.repeat(5000) }),
    postSubmit({ reading: { ...reading, platform: 'myspace' } }),
    postSubmit({ reading: { ...reading, comments: Array.from({ length: 201 }, (_, i) => ({ ...comment, id: `c${i}` })) } }),
    postSubmit({ reading: { ...reading, comments: [{ ...comment, text: 'x'.repeat(10_001) }] } }),
    postSubmit({ reading: { ...reading, comments: [{ ...comment, authorHandle: 'x'.repeat(201) }] } }),
    postSubmit({ reading: { ...reading, postId: 'x'.repeat(129) } }),
    postSubmit({ reading: { ...reading, sources: Array.from({ length: 21 }, () => 'json') } }),
  ],
  'page/left': [{ type: 'page/left', extra: 1 }].map((m) => ({ ...m, type: 'page/left ' })),
  'overlay/mount': [{ type: 'overlay/mount ' }, { type: 'overlay/Mount' }],
  'overlay/connect': [{ type: 'overlay/connect' }, { type: 'overlay/connect', token: 'not-hex' }, { type: 'overlay/connect', token: 'a'.repeat(64) }],
  'overlay/post': [{ type: 'overlay/post' }, { type: 'overlay/post', token: 'not-hex' }, { type: 'overlay/post', token: 7 }],
  'overlay/state': [{ type: 'overlay/state ' }, { type: 'Overlay/state' }, { type: 'overlay/state' }, { type: 'overlay/state', token: 42 }],
  'overlay/shortlist': [{ type: 'overlay/shortlist' }, { type: 'overlay/shortlist', key: 'x'.repeat(201) }],
  'overlay/save': [{ type: 'overlay/save' }, { type: 'overlay/save', key: 'instagram:celebface', tag: 'x'.repeat(41) }, { type: 'overlay/save', key: 'instagram:celebface', note: 42 }],
  'overlay/brief': [{ type: 'overlay/brief' }, { type: 'overlay/brief', briefId: '' }, { type: 'overlay/brief', briefId: null }],
  'tab/state': [{ type: 'tab/state' }, { type: 'tab/state', tabId: -1 }, { type: 'tab/state', tabId: '7' }, { type: 'tab/state', tabId: 1.5 }],
  'tab/save': [{ type: 'tab/save', tabId: 7 }, { type: 'tab/save', tabId: '7', key: 'instagram:celebface' }, { type: 'tab/save', tabId: 7, key: 'x'.repeat(201) }],
  'sync/status-stamp': [{ type: 'sync/status-stamp' }, { type: 'sync/status-stamp', key: 7 }, { type: 'sync/status-stamp', key: 'x'.repeat(201) }],
};

describe('background router', () => {
  it('has a malformed-payload case for every message type', () => {
    const types = [...REQUEST_TYPES].sort();
    expect(Object.keys(MALFORMED).sort()).toEqual(types);
  });

  for (const [type, cases] of Object.entries(MALFORMED)) {
    it.each(cases.map((c, i) => [i, c]))(`${type}: malformed payload %i is rejected and writes nothing`, async (_i, message) => {
      const { route, session, vetCalls, evidenceWrites } = setup();
      const sender = type === 'overlay/mount' ? contentSender : type.startsWith('overlay/') ? overlaySender : type.startsWith('tab/') ? popupSender : contentSender;
      const response = await route(message, sender);
      expect(response.ok).toBe(false);
      if (!response.ok) expect(['bad-request', 'unknown-type']).toContain(response.error.code);
      expect(session.writes).toEqual([]);
      expect(evidenceWrites).toEqual([]);
      expect(vetCalls()).toBe(0);
    });
  }

  it('answers a content script\'s page/wake at once and changes nothing; other parts of Vetted may not send it', async () => {
    const { route, session, vetCalls } = setup();
    expect(await route({ type: 'page/wake' }, contentSender)).toEqual({ ok: true });
    expect(await route({ type: 'page/wake' }, overlaySender)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await route({ type: 'page/wake' }, popupSender)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await route({ type: 'page/wake' }, { ...contentSender, url: 'https://evil.example/', tab: { id: 7 } })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(session.writes).toEqual([]);
    expect(vetCalls()).toBe(0);
  });

  it('rejects non-objects and unknown types with a typed error', async () => {
    const { route, session } = setup();
    for (const message of [null, undefined, 42, 'snapshot/submit', [], { type: 'shortlist/drop-everything' }]) {
      const response = await route(message, contentSender);
      expect(response).toMatchObject({ ok: false });
    }
    expect(session.writes).toEqual([]);
  });

  it('rejects senders that are not Vetted, and messages from the wrong part of Vetted', async () => {
    const { route, session } = setup();
    const submit = { type: 'snapshot/submit', pageUrl: 'https://www.instagram.com/celebface/', snapshot: validSnapshot };
    expect(await route(submit, { ...contentSender, id: 'someone-else' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await route(submit, { ...contentSender, url: 'https://evil.example/', tab: { id: 7 } })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await route(submit, { ...contentSender, frameId: 2 })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await route(submit, popupSender)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await route({ type: 'overlay/state', token: 'f'.repeat(32) }, contentSender)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(session.writes).toEqual([]);
  });

  it('rejects a snapshot whose data breaks the contract, without storing it', async () => {
    const { route, session } = setup();
    const bad = structuredClone(validSnapshot) as { creator: Record<string, unknown> };
    bad.creator.followers = -5;
    const response = await route({ type: 'snapshot/submit', pageUrl: 'https://www.instagram.com/celebface/', snapshot: bad }, contentSender);
    expect(response).toMatchObject({ ok: false, error: { code: 'invalid-data' } });
    expect(session.writes).toEqual([]);
  });

  it('rejects a snapshot for a creator other than the page it came from', async () => {
    const { route, session } = setup();
    const response = await route({ type: 'snapshot/submit', pageUrl: 'https://www.instagram.com/someoneelse/', snapshot: validSnapshot }, contentSender);
    expect(response).toMatchObject({ ok: false, error: { code: 'invalid-data' } });
    expect(session.writes).toEqual([]);
  });

  it('vets a valid snapshot, keeps the tab state, and the overlay reads it back', async () => {
    const { route, mountOverlay } = setup();
    const pageUrl = 'https://www.instagram.com/celebface/';
    const token = await mountOverlay();
    expect(await route({ type: 'page/loading', pageUrl }, contentSender)).toEqual({ ok: true });
    expect(await route({ type: 'overlay/state', token }, overlaySender)).toMatchObject({ ok: true, tabId: 7, state: { status: 'loading' } });
    // The content script hears only that its snapshot was taken: the report is for the overlay.
    expect(await route({ type: 'snapshot/submit', pageUrl, snapshot: validSnapshot }, contentSender)).toEqual({ ok: true });
    expect(await route({ type: 'overlay/state', token }, overlaySender)).toMatchObject({ ok: true, state: { status: 'ready', report: { key: 'instagram:celebface' } } });
    expect(await route({ type: 'page/left' }, contentSender)).toEqual({ ok: true });
    // Leaving the profile removed the frame: its token is void.
    expect(await route({ type: 'overlay/state', token }, overlaySender)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it("the overlay's connection carries the tab's state to the frame that holds the token, and to no other", async () => {
    const { route } = setup();
    const pageUrl = 'https://www.instagram.com/celebface/';
    await route({ type: 'snapshot/submit', pageUrl, snapshot: validSnapshot }, contentSender);
    const mounted = await route({ type: 'overlay/mount' }, contentSender);
    if (!mounted.ok || !('token' in mounted)) throw new Error('no token');
    const refused = await route({ type: 'overlay/connect', token: mounted.token.replace(/^./, (c) => (c === 'f' ? 'e' : 'f')) }, overlaySender);
    expect(refused).toEqual({ ok: false, error: { code: 'forbidden', message: "this frame is not the tab's Vetted overlay" } });
    const connected = await route({ type: 'overlay/connect', token: mounted.token }, overlaySender);
    expect(connected).toMatchObject({ ok: true, tabId: 7, state: { status: 'ready', pageUrl, report: { key: 'instagram:celebface' } } });
    // The same token again, from another frame of the tab: refused, nothing of the state in the answer.
    expect(await route({ type: 'overlay/connect', token: mounted.token }, { ...overlaySender, frameId: 9 })).toEqual(refused);
  });

  it("a tab state the background cannot read is left out of the connection's answer, which still connects", async () => {
    const session = memorySession();
    const mounts = createMountStore(session.area);
    const tabs = createTabStateStore(session.area);
    const handlers = createHandlers({
      tabs: { ...tabs, get: async () => Promise.reject(new Error('session storage failed')) },
      mounts,
      now: () => new Date('2026-11-22T00:00:00Z'),
      vet: async (snapshot, now) => vet({ snapshot, brief: DEFAULT_BRIEF, history: [], now }),
      shortlist: createOverlayShortlistStore(() => openShortlist(undefined, { idbFactory: new IDBFactory() })),
    });
    const route = createRouter(handlers, { extensionId: ID, extensionOrigin: ORIGIN, overlayMounted: mounts.verify });
    const mounted = await route({ type: 'overlay/mount' }, contentSender);
    if (!mounted.ok || !('token' in mounted)) throw new Error('no token');
    expect(await route({ type: 'overlay/connect', token: mounted.token }, overlaySender)).toEqual({ ok: true, tabId: 7 });
  });

  it('only the frame the content script mounted, showing its current token, is the overlay', async () => {
    const { route, mountOverlay } = setup();
    const pageUrl = 'https://www.instagram.com/celebface/';
    await route({ type: 'snapshot/submit', pageUrl, snapshot: validSnapshot }, contentSender);
    const forbidden = { ok: false, error: { code: 'forbidden' } };
    // Before any mount, and a page's own frame of overlay.html with a made-up token.
    expect(await route({ type: 'overlay/state', token: 'f'.repeat(32) }, overlaySender)).toMatchObject(forbidden);
    expect(await route({ type: 'overlay/connect', token: 'f'.repeat(32) }, overlaySender)).toMatchObject(forbidden);
    const token = await mountOverlay();
    expect(await route({ type: 'overlay/state', token }, overlaySender)).toMatchObject({ ok: true, state: { status: 'ready' } });
    // The same token from another frame of the tab (say it leaked): refused, connect included.
    const other: SenderInfo = { ...overlaySender, frameId: 9 };
    expect(await route({ type: 'overlay/connect', token }, other)).toMatchObject(forbidden);
    expect(await route({ type: 'overlay/save', token, key: 'instagram:celebface' }, other)).toMatchObject(forbidden);
    // The same token from the same frame id in another tab: refused.
    expect(await route({ type: 'overlay/state', token }, { ...overlaySender, tab: { id: 8 } })).toMatchObject(forbidden);
    // A new mount voids the old token.
    const next = await mountOverlay({ ...overlaySender, frameId: 4 });
    expect(await route({ type: 'overlay/state', token }, overlaySender)).toMatchObject(forbidden);
    expect(await route({ type: 'overlay/state', token: next }, { ...overlaySender, frameId: 4 })).toMatchObject({ ok: true });
    // Mount tokens are for content scripts only.
    expect(await route({ type: 'overlay/mount' }, overlaySender)).toMatchObject(forbidden);
    expect(await route({ type: 'overlay/mount' }, popupSender)).toMatchObject(forbidden);
  });

  it('tells the popup the state of a tab it names', async () => {
    const { route } = setup();
    const pageUrl = 'https://www.instagram.com/celebface/';
    await route({ type: 'snapshot/submit', pageUrl, snapshot: validSnapshot }, contentSender);
    expect(await route({ type: 'tab/state', tabId: 7 }, popupSender)).toMatchObject({ ok: true, tabId: 7, state: { status: 'ready' } });
    expect(await route({ type: 'tab/state', tabId: 7 }, contentSender)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('does not let a late report for a page the tab left replace the current page', async () => {
    const { route, mountOverlay } = setup();
    const token = await mountOverlay();
    await route({ type: 'page/loading', pageUrl: 'https://www.instagram.com/other/' }, contentSender);
    await route({ type: 'snapshot/submit', pageUrl: 'https://www.instagram.com/celebface/', snapshot: validSnapshot }, contentSender);
    expect(await route({ type: 'overlay/state', token }, overlaySender)).toMatchObject({ state: { status: 'loading', pageUrl: 'https://www.instagram.com/other/' } });
  });
});
