import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { keptVettingStore } from '../../../lib/background/kept-vetting-store';
import { openShortlistVettingStore } from '../../../lib/background/shortlist-vetting-store';
import { createVetSnapshot, type VettingStore } from '../../../lib/background/vet-snapshot';
import { openShortlist } from '../../../lib/shortlist/repository';
import { makeBrief, makeSnapshot } from '../vetting/factory';

/** A store that counts its opens and closes, and whose gather fails while `failing` says so. */
function countedStores() {
  const counts = { opens: 0, closes: 0 };
  const lost: Array<() => void> = [];
  const state = { failing: false, refuseOpen: false };
  const open = async (onLost: () => void): Promise<VettingStore> => {
    counts.opens++;
    if (state.refuseOpen) throw new DOMException('private mode', 'InvalidStateError');
    lost.push(onLost);
    return {
      recordReading: async () => undefined,
      readHistory: async () => [],
      activeBrief: async () => null,
      gather: async () => {
        if (state.failing) throw new DOMException('the connection is closing', 'InvalidStateError');
        return { history: [], evidence: null, brief: null };
      },
      close: () => void counts.closes++,
    };
  };
  return { counts, lost, state, open };
}

const SNAPSHOT = makeSnapshot({ followers: 10_000, capturedAt: '2026-11-01T00:00:00.000Z' });
const NOW = new Date('2026-11-01T00:00:00Z');

describe('keptVettingStore: one database connection per worker', () => {
  it('opens the store once for every vetting after it, and no vetting closes it', async () => {
    const { counts, open } = countedStores();
    const store = keptVettingStore(open);
    const vetSnapshot = createVetSnapshot(store);
    for (let i = 0; i < 5; i++) await vetSnapshot(SNAPSHOT, NOW, { record: true });
    // Vettings that start together share one open.
    await Promise.all([store(), store(), store()]);
    expect(counts).toEqual({ opens: 1, closes: 0 });
  });

  it('opens a fresh store once a newer database version asked for the kept one', async () => {
    const { counts, lost, open } = countedStores();
    const store = keptVettingStore(open);
    await store();
    lost[0]!();
    await store();
    expect(counts).toEqual({ opens: 2, closes: 1 });
  });

  it('drops a store whose call failed (the browser may have closed it): the next vetting opens another', async () => {
    const { counts, state, open } = countedStores();
    const store = keptVettingStore(open);
    state.failing = true;
    await expect((await store()).gather!(SNAPSHOT, NOW, false)).rejects.toThrow('closing');
    state.failing = false;
    await expect((await store()).gather!(SNAPSHOT, NOW, false)).resolves.toMatchObject({ history: [] });
    expect(counts).toEqual({ opens: 2, closes: 1 });
  });

  it('keeps no failed open: the next vetting tries again', async () => {
    const { counts, state, open } = countedStores();
    const store = keptVettingStore(open);
    state.refuseOpen = true;
    await expect(store()).rejects.toThrow('private mode');
    state.refuseOpen = false;
    await expect(store()).resolves.toBeDefined();
    expect(counts.opens).toBe(2);
  });

  it('on the real database: history recorded through the kept connection, and the active brief changed beside it, are both seen', async () => {
    const factory = new IDBFactory();
    const shortlist = await openShortlist(undefined, { idbFactory: factory });
    await shortlist.briefs.put(makeBrief({ id: 'summer', name: 'Summer launch' }));
    await shortlist.briefs.put(makeBrief({ id: 'autumn', name: 'Autumn launch' }));
    await shortlist.briefs.setActive('summer');
    const vetSnapshot = createVetSnapshot(keptVettingStore((onLost) => openShortlistVettingStore(factory, onLost)));
    const first = await vetSnapshot(SNAPSHOT, NOW, { record: true });
    // The dashboard, with its own connection, makes another brief active.
    await shortlist.briefs.setActive('autumn');
    const second = await vetSnapshot(makeSnapshot({ followers: 12_000, capturedAt: '2026-11-11T00:00:00.000Z' }), new Date('2026-11-11T00:00:00Z'), { record: true });
    shortlist.close();
    expect(first.briefId).toBe('summer');
    expect(second.briefId).toBe('autumn');
    expect(second.metrics.growth.points).toBe(2);
  });
});
