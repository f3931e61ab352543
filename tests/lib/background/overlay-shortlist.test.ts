import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../../lib/background/handlers';
import { createOverlayShortlistStore } from '../../../lib/background/overlay-shortlist-store';
import { createTabStateStore } from '../../../lib/background/tab-state-store';
import { createMountStore } from '../../../lib/background/mount-store';
import type { CampaignBrief } from '../../../lib/contracts/report';
import { createRouter } from '../../../lib/messages/router';
import type { SenderInfo } from '../../../lib/messages/sender';
import { DEFAULT_BRIEF } from '../../../lib/scoring/default-brief';
import { StoreError } from '../../../lib/shortlist/errors';
import { openShortlist, type Shortlist } from '../../../lib/shortlist/repository';
import { vet } from '../../../lib/vetting/vet';
import { makeBrief, makeSnapshot } from '../vetting/factory';
import { memorySession } from './memory-session';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}`;
const overlay: SenderInfo = { id: ID, url: `${ORIGIN}/overlay.html`, tab: { id: 7 }, frameId: 3 };
const content: SenderInfo = { id: ID, url: 'https://www.instagram.com/test.creator/', tab: { id: 7 }, frameId: 0 };
const NOW = new Date('2025-06-01T12:00:00Z');

async function setup(open?: () => Promise<Shortlist>) {
  const factory = new IDBFactory();
  const openStore = open ?? (() => openShortlist(undefined, { idbFactory: factory }));
  const activeBrief = async (): Promise<CampaignBrief> => {
    const s = await openShortlist(undefined, { idbFactory: factory });
    try {
      return (await s.briefs.getActive()) ?? DEFAULT_BRIEF;
    } finally {
      s.close();
    }
  };
  const session = memorySession().area;
  const mounts = createMountStore(session);
  const handlers = createHandlers({
    tabs: createTabStateStore(session),
    mounts,
    now: () => NOW,
    vet: async (snapshot, now) => vet({ snapshot, brief: await activeBrief(), history: [], now }),
    shortlist: createOverlayShortlistStore(openStore),
  });
  const router = createRouter(handlers, { extensionId: ID, extensionOrigin: ORIGIN, overlayMounted: mounts.verify });
  const snapshot = makeSnapshot();
  await router({ type: 'page/loading', pageUrl: snapshot.creator.profileUrl }, content);
  await router({ type: 'snapshot/submit', pageUrl: snapshot.creator.profileUrl, snapshot }, content);
  // The tab's overlay frame, mounted and connected as the content script and the frame do.
  const mounted = (await router({ type: 'overlay/mount' }, content)) as { token: string };
  await router({ type: 'overlay/connect', token: mounted.token }, overlay);
  /** The overlay's requests carry the mount token, as the overlay page sends them. */
  const route: typeof router = (message, sender) =>
    router(sender === overlay && typeof message === 'object' && message !== null ? { ...message, token: mounted.token } : message, sender);
  return { route, factory, key: 'instagram:test.creator' };
}

describe('the overlay reaches the shortlist through the background', () => {
  it('views, saves the tab’s own report, and saving twice updates the one entry', async () => {
    const { route, factory, key } = await setup();
    expect(await route({ type: 'overlay/shortlist', key }, overlay)).toEqual({
      ok: true,
      entry: null,
      briefs: [{ id: DEFAULT_BRIEF.id, name: DEFAULT_BRIEF.name }],
      history: [],
    });
    const first = await route({ type: 'overlay/save', key, tag: 'spring', note: 'first look' }, overlay);
    expect(first).toEqual({ ok: true, entry: { status: 'shortlisted', tags: ['spring'], notes: 'first look', updatedAt: NOW.toISOString() } });
    await route({ type: 'overlay/save', key, tag: 'summer' }, overlay);
    const shortlist = await openShortlist(undefined, { idbFactory: factory });
    const { entries } = await shortlist.list();
    shortlist.close();
    expect(entries.map((e) => [e.key, e.tags, e.notes, e.briefId])).toEqual([[key, ['spring', 'summer'], 'first look', DEFAULT_BRIEF.id]]);
    expect(await route({ type: 'overlay/shortlist', key }, overlay)).toMatchObject({ entry: { tags: ['spring', 'summer'] }, history: [{ followers: 20_000 }] });
  });

  it('refuses to save a creator the tab has left, and only the overlay may ask', async () => {
    const { route } = await setup();
    expect(await route({ type: 'overlay/save', key: 'instagram:someone.else' }, overlay)).toEqual({
      ok: false,
      error: { code: 'bad-request', message: 'This creator is no longer the one on the page; nothing was saved.' },
    });
    expect(await route({ type: 'overlay/save', token: 'f'.repeat(32), key: 'instagram:test.creator' }, content)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('switches brief: stored briefs by id, the default by clearing the active one, and re-vets the tab', async () => {
    const { route, factory, key } = await setup();
    const shortlist = await openShortlist(undefined, { idbFactory: factory });
    await shortlist.briefs.put(makeBrief({ id: 'beauty', name: 'Beauty' }));
    shortlist.close();
    expect(await route({ type: 'overlay/shortlist', key }, overlay)).toMatchObject({ briefs: [{ id: DEFAULT_BRIEF.id }, { id: 'beauty' }] });
    expect(await route({ type: 'overlay/brief', briefId: 'beauty' }, overlay)).toMatchObject({ ok: true, state: { status: 'ready', report: { briefId: 'beauty' } } });
    expect(await route({ type: 'overlay/brief', briefId: DEFAULT_BRIEF.id }, overlay)).toMatchObject({ ok: true, state: { report: { briefId: DEFAULT_BRIEF.id } } });
    expect(await route({ type: 'overlay/brief', briefId: 'deleted' }, overlay)).toEqual({
      ok: false,
      error: { code: 'bad-request', message: 'That brief no longer exists; it may have been deleted in the dashboard.' },
    });
  });

  it("a storage failure answers with the store's message for the user", async () => {
    const refuse = () => Promise.reject(new StoreError('quota', 'QuotaExceededError: disk full'));
    const { route, key } = await setup(refuse);
    expect(await route({ type: 'overlay/save', key }, overlay)).toEqual({ ok: false, error: { code: 'unavailable', message: new StoreError('quota').userMessage } });
    expect(await route({ type: 'overlay/shortlist', key }, overlay)).toEqual({ ok: false, error: { code: 'unavailable', message: new StoreError('quota').userMessage } });
  });
});
