/**
 * After a switch within the app the content script sends `page/loading` and its reading back to
 * back, without waiting for the first answer. The background must still take them in the order
 * sent, whatever its storage takes to answer: the visit starts before the reading is claimed (or the
 * new profile's follower count would not be recorded), and the "loading" state is written before
 * the report (or the badge would stay on "reading this profile…" over a report already made).
 */
import { describe, expect, it } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { createHandlers } from '../../../lib/background/handlers';
import { createMountStore } from '../../../lib/background/mount-store';
import { createOverlayShortlistStore } from '../../../lib/background/overlay-shortlist-store';
import { createTabReadingsStore } from '../../../lib/background/tab-readings-store';
import { createTabStateStore, type SessionArea } from '../../../lib/background/tab-state-store';
import { createRouter } from '../../../lib/messages/router';
import type { SenderInfo } from '../../../lib/messages/sender';
import { DEFAULT_BRIEF } from '../../../lib/scoring/default-brief';
import { openShortlist } from '../../../lib/shortlist/repository';
import { vet } from '../../../lib/vetting/vet';
import { makeSnapshot } from '../shortlist/factory';
import { memorySession } from './memory-session';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}`;
const NOW = new Date('2026-03-05T14:00:00.000Z');

/** Session storage whose every call answers after its own delay, from a seeded sequence. */
function unevenSession(area: SessionArea, seed: number): SessionArea {
  let state = seed;
  const delay = () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return new Promise((resolve) => setTimeout(resolve, state % 7));
  };
  return {
    get: async (key) => (await delay(), area.get(key)),
    set: async (items) => (await delay(), area.set(items)),
    remove: async (keys) => (await delay(), area.remove(keys)),
  };
}

function setup(seed: number) {
  const session = unevenSession(memorySession().area, seed);
  const recorded: string[] = [];
  const handlers = createHandlers({
    tabs: createTabStateStore(session),
    readings: createTabReadingsStore(session),
    mounts: createMountStore(session),
    now: () => NOW,
    vet: async (snapshot, now, options) => {
      if (options?.record) recorded.push(snapshot.creator.handle);
      return vet({ snapshot, brief: DEFAULT_BRIEF, history: [], now });
    },
    shortlist: createOverlayShortlistStore(() => openShortlist(undefined, { idbFactory: new IDBFactory() })),
  });
  const route = createRouter(handlers, { extensionId: ID, extensionOrigin: ORIGIN, overlayMounted: async () => false });
  const popup: SenderInfo = { id: ID, url: `${ORIGIN}/popup.html` };
  const tabSender = (url: string): SenderInfo => ({ id: ID, url, tab: { id: 7, url }, frameId: 0 });
  /** The content script's two messages for one profile, the second sent before the first is answered. */
  const switchTo = (handle: string) => {
    const snapshot = { ...makeSnapshot({ handle }), sources: ['dom:header'] };
    const url = snapshot.creator.profileUrl;
    return [route({ type: 'page/loading', pageUrl: url }, tabSender(url)), route({ type: 'snapshot/submit', pageUrl: url, snapshot }, tabSender(url))];
  };
  /** A profile the content script could not read, announced and reported back to back. */
  const switchToUnreadable = (url: string) => [
    route({ type: 'page/loading', pageUrl: url }, tabSender(url)),
    route({ type: 'page/unreadable', pageUrl: url, platform: 'instagram', reason: 'unsupported-layout', tried: ['dom:header'] }, tabSender(url)),
  ];
  const state = () => route({ type: 'tab/state', tabId: 7 }, popup);
  return { switchTo, switchToUnreadable, state, recorded };
}

describe('a profile announced and read back to back', () => {
  it.each([1, 2, 3, 4, 5, 6, 7, 8])('ends ready with its reading recorded, however long each storage call takes (sequence %i)', async (seed) => {
    const { switchTo, state, recorded } = setup(seed);
    await Promise.all(switchTo('ana'));
    expect(await state()).toMatchObject({ state: { status: 'ready', report: { key: 'instagram:ana' } } });
    expect(recorded).toEqual(['ana']);
  });

  it.each([1, 2, 3, 4])('two switches in a row end on the second profile, each recorded once (sequence %i)', async (seed) => {
    const { switchTo, state, recorded } = setup(seed);
    await Promise.all([...switchTo('ana'), ...switchTo('bea')]);
    expect(await state()).toMatchObject({ state: { status: 'ready', report: { key: 'instagram:bea' } } });
    expect(recorded).toEqual(['ana', 'bea']);
  });

  it.each([1, 2, 3, 4])('an unreadable profile ends unreadable, and a late report of the profile before it changes nothing (sequence %i)', async (seed) => {
    const { switchTo, switchToUnreadable, state } = setup(seed);
    await Promise.all([...switchTo('ana'), ...switchToUnreadable('https://www.instagram.com/bea/')]);
    expect(await state()).toMatchObject({ state: { status: 'unreadable', pageUrl: 'https://www.instagram.com/bea/' } });
  });
});
