import { IDBDatabase, IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHandlers } from '../../../lib/background/handlers';
import { createMountStore } from '../../../lib/background/mount-store';
import { createOverlayShortlistStore } from '../../../lib/background/overlay-shortlist-store';
import { sessionBriefCache } from '../../../lib/background/session-brief-cache';
import { mirroredSessionArea } from '../../../lib/background/session-mirror';
import { openShortlistVettingStore } from '../../../lib/background/shortlist-vetting-store';
import { createTabReadingsStore } from '../../../lib/background/tab-readings-store';
import { createTabStateStore, type SessionArea } from '../../../lib/background/tab-state-store';
import { createVetSnapshot, type VettingStore } from '../../../lib/background/vet-snapshot';
import { createRouter } from '../../../lib/messages/router';
import type { SenderInfo } from '../../../lib/messages/sender';
import { tabStateKey } from '../../../lib/messages/tab-state-key';
import { openShortlist } from '../../../lib/shortlist/repository';
import { makeBrief, makeSnapshot } from '../vetting/factory';
import { memorySession } from './memory-session';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const NOW = new Date('2026-11-11T12:00:00.000Z');
const TAB = 7;

afterEach(() => vi.restoreAllMocks());

/**
 * The background as create-background.ts composes it, on a fake IndexedDB and a session area that
 * notes how many storage calls and database transactions were made when the tab's report was written.
 */
async function background(options: { pruned: boolean; mirror?: boolean }) {
  const factory = new IDBFactory();
  const shortlist = await openShortlist(undefined, { idbFactory: factory });
  await shortlist.briefs.put(makeBrief({ id: 'summer', name: 'Summer launch' }));
  await shortlist.briefs.setActive('summer');
  // The once-a-day prune of every creator, done already today (or never).
  if (options.pruned) await shortlist.browsing.prune(NOW, { force: true });
  await shortlist.addReading({ key: 'instagram:test.creator', at: '2026-11-01T12:00:00.000Z', followers: 10_000, following: null, postsCount: null });
  // Another creator, not on the shortlist, looked at more than 30 days ago.
  await shortlist.addReading({ key: 'instagram:someone.else', at: '2026-09-01T12:00:00.000Z', followers: 500, following: null, postsCount: null });
  shortlist.close();

  const session = memorySession();
  const counts = { session: 0, reads: 0, transactions: 0 };
  const atReport: Array<typeof counts> = [];
  const counted: SessionArea = {
    get: (keys) => (counts.session++, counts.reads++, session.area.get(keys)),
    remove: (keys) => (counts.session++, session.area.remove(keys)),
    set(items) {
      counts.session++;
      const state = items[tabStateKey(TAB)] as { status?: string } | undefined;
      if (state?.status === 'ready') atReport.push({ ...counts });
      return session.area.set(items);
    },
  };
  const transaction = IDBDatabase.prototype.transaction;
  vi.spyOn(IDBDatabase.prototype, 'transaction').mockImplementation(function (this: IDBDatabase, ...args: Parameters<typeof transaction>) {
    counts.transactions++;
    return transaction.apply(this, args);
  });
  // As create-background.ts composes it: every store on the worker's one memory of session storage.
  const area = options.mirror ? mirroredSessionArea(counted) : counted;
  const handlers = createHandlers({
    tabs: createTabStateStore(area),
    readings: createTabReadingsStore(area),
    mounts: createMountStore(area),
    now: () => NOW,
    vet: createVetSnapshot(() => openShortlistVettingStore(factory), () => undefined, sessionBriefCache(area)),
    shortlist: createOverlayShortlistStore(() => openShortlist(undefined, { idbFactory: factory })),
  });
  const route = createRouter(handlers, { extensionId: ID, extensionOrigin: `chrome-extension://${ID}`, overlayMounted: async () => false });
  async function read(handle = 'test.creator') {
    const snapshot = { ...makeSnapshot({ handle, profileUrl: `https://www.instagram.com/${handle}/`, followers: 12_000, capturedAt: NOW.toISOString() }), sources: ['dom:header'] };
    const url = snapshot.creator.profileUrl;
    const sender: SenderInfo = { id: ID, url, tab: { id: TAB, url }, frameId: 0 };
    const start = { ...counts };
    await route({ type: 'page/loading', pageUrl: url }, sender);
    const before = { ...counts };
    const answer = await route({ type: 'snapshot/submit', pageUrl: url, snapshot }, sender);
    const at = atReport.at(-1)!;
    return { answer, session: at.session - before.session, reads: at.reads - start.reads, transactions: at.transactions - before.transactions };
  }
  return { read, session, factory };
}

describe('snapshot/submit: storage work before the tab shows its report', () => {
  it('one database transaction and at most five session-storage calls (a recorded reading)', async () => {
    const { read, session } = await background({ pruned: true });
    const { answer, session: calls, transactions } = await read();
    expect(answer).toMatchObject({ ok: true });
    // The reading recorded, this creator pruned, history, evidence and brief read: one transaction.
    expect(transactions).toBe(1);
    // The tab's readings (get, set), the brief cache (set), the tab's state with the tab order (get, set).
    expect(calls).toBeLessThanOrEqual(5);
    const state = session.data.get(tabStateKey(TAB)) as { report: { briefId: string; metrics: { growth: { points: number } } } };
    expect(state.report.briefId).toBe('summer');
    // The stored reading and the one just recorded.
    expect(state.report.metrics.growth.points).toBe(2);
  });

  it("with the worker's memory of session storage, a switch to another profile reads none of it before its report is written", async () => {
    const { read, session } = await background({ pruned: true, mirror: true });
    // The worker's first profile reads the tab's readings, state and order once.
    expect((await read()).reads).toBeGreaterThan(0);
    const { answer, session: calls, reads, transactions } = await read('next.creator');
    expect(answer).toMatchObject({ ok: true });
    expect(reads).toBe(0);
    expect(transactions).toBe(1);
    // Writes only: the tab's readings, the brief cache, the tab's state with the tab order.
    expect(calls).toBeLessThanOrEqual(3);
    expect(session.data.get(tabStateKey(TAB))).toMatchObject({ status: 'ready', report: { key: 'instagram:next.creator' } });
  });

  it('the once-a-day prune of every creator still runs when due, after the reading', async () => {
    const { read, factory } = await background({ pruned: false });
    await read();
    const shortlist = await openShortlist(undefined, { idbFactory: factory });
    await vi.waitFor(async () => expect(await shortlist.history('instagram:someone.else')).toEqual([]));
    expect((await shortlist.vettingInputs('instagram:test.creator', { reading: null, now: NOW })).pruneDue).toBe(false);
    shortlist.close();
  });
});

describe('vetting when the one transaction fails', () => {
  const history = [{ at: '2026-11-01T00:00:00.000Z', followers: 10_000 }];
  function storeWhoseGatherFails(recorded: string[]): VettingStore {
    return {
      gather: () => Promise.reject(new DOMException('disk full', 'QuotaExceededError')),
      recordReading: async (snapshot) => void recorded.push(snapshot.creator.handle),
      readHistory: async () => history,
      activeBrief: async () => makeBrief({ id: 'summer', name: 'Summer launch' }),
    };
  }

  it('a refused reading is not recorded after all, and the report claims only the stored history', async () => {
    const recorded: string[] = [];
    const lines: string[] = [];
    const vetSnapshot = createVetSnapshot(async () => storeWhoseGatherFails(recorded), (l) => lines.push(l));
    const report = await vetSnapshot(makeSnapshot({ followers: 12_000, capturedAt: '2026-11-11T00:00:00.000Z' }), NOW, { record: true });
    expect(recorded).toEqual([]);
    expect(lines).toEqual(['could not record the follower reading: disk full']);
    // The stored reading and the snapshot's own count, which vet() always adds (not a stored one).
    expect(report.metrics.growth.points).toBe(2);
    expect(report.briefId).toBe('summer');
  });
});
