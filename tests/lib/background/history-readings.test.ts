import { describe, expect, it } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { createHandlers } from '../../../lib/background/handlers';
import { createOverlayShortlistStore } from '../../../lib/background/overlay-shortlist-store';
import { createTabReadingsStore } from '../../../lib/background/tab-readings-store';
import { createTabStateStore } from '../../../lib/background/tab-state-store';
import { createMountStore } from '../../../lib/background/mount-store';
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

function setup() {
  const session = memorySession();
  const recorded: string[] = [];
  let clock = NOW.getTime();
  const handlers = createHandlers({
    tabs: createTabStateStore(session.area),
    readings: createTabReadingsStore(session.area),
    mounts: createMountStore(session.area),
    now: () => new Date(clock),
    vet: async (snapshot, now, options) => {
      if (options?.record) recorded.push(`${snapshot.creator.handle}:${snapshot.creator.followers}`);
      return vet({ snapshot, brief: DEFAULT_BRIEF, history: [], now });
    },
    shortlist: createOverlayShortlistStore(() => openShortlist(undefined, { idbFactory: new IDBFactory() })),
  });
  const route = createRouter(handlers, { extensionId: ID, extensionOrigin: ORIGIN, overlayMounted: async () => false });
  const sender = (url: string, tab = 7): SenderInfo => ({ id: ID, url, tab: { id: tab, url }, frameId: 0 });
  async function visit(handle: string, followers: number, sources: string[], tab = 7) {
    const snapshot = { ...makeSnapshot({ handle, followers }), sources };
    const url = snapshot.creator.profileUrl;
    await route({ type: 'page/loading', pageUrl: url }, sender(url, tab));
    return route({ type: 'snapshot/submit', pageUrl: url, snapshot }, sender(url, tab));
  }
  async function resubmit(handle: string, followers: number, sources: string[], tab = 7) {
    const snapshot = { ...makeSnapshot({ handle, followers }), sources };
    const url = snapshot.creator.profileUrl;
    return route({ type: 'snapshot/submit', pageUrl: url, snapshot }, sender(url, tab));
  }
  return { route, recorded, visit, resubmit, tick: (ms: number) => (clock += ms) };
}

describe('follower readings from snapshot/submit', () => {
  it('a profile built from captures alone (pushState + forged capture) is vetted but records no reading', async () => {
    const { visit, recorded } = setup();
    expect(await visit('made.up', 7, ['capture:graphql:UserByScreenName'])).toMatchObject({ ok: true });
    expect(recorded).toEqual([]);
  });

  it('a rendered profile records once per visit, whatever the later submits say', async () => {
    const { visit, resubmit, recorded } = setup();
    await visit('ana', 1_000, ['json:user']);
    await resubmit('ana', 999_999_999, ['json:user', 'capture:graphql']);
    expect(recorded).toEqual(['ana:1000']);
  });

  it('per tab, at most six readings a minute; another tab has its own budget', async () => {
    const { visit, recorded, tick } = setup();
    for (let i = 0; i < 20; i += 1) {
      await visit(`made.up.${i}`, 100 + i, ['dom:header']);
      tick(500);
    }
    expect(recorded).toHaveLength(6);
    await visit('other.tab', 5, ['dom:header'], 8);
    expect(recorded).toHaveLength(7);
    tick(60_000);
    await visit('a.minute.later', 5, ['dom:header']);
    expect(recorded).toHaveLength(8);
  });
});
