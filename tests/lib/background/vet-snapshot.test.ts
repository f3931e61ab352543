import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createVetSnapshot } from '../../../lib/background/vet-snapshot';
import { openShortlistVettingStore } from '../../../lib/background/shortlist-vetting-store';
import { openShortlist } from '../../../lib/shortlist/repository';
import { makeBrief, makeSnapshot } from '../vetting/factory';

describe('background vetting', () => {
  it('records follower history between visits and scores with the active brief', async () => {
    const factory = new IDBFactory();
    const shortlist = await openShortlist(undefined, { idbFactory: factory });
    const brief = makeBrief({ id: 'summer', name: 'Summer launch' });
    await shortlist.briefs.put(brief);
    await shortlist.briefs.setActive('summer');
    shortlist.close();

    const vetSnapshot = createVetSnapshot(() => openShortlistVettingStore(factory));
    const first = makeSnapshot({ followers: 10_000, capturedAt: '2026-11-01T00:00:00.000Z' });
    const second = makeSnapshot({ followers: 12_000, capturedAt: '2026-11-11T00:00:00.000Z' });
    await vetSnapshot(first, new Date('2026-11-01T00:00:00Z'), { record: true });
    const report = await vetSnapshot(second, new Date('2026-11-11T00:00:00Z'), { record: true });
    expect(report.briefId).toBe('summer');
    expect(report.metrics.growth.points).toBe(2);
    // (12,000 − 10,000) / 10 days
    expect(report.metrics.growth.perDay).toBeCloseTo(200, 6);
  });

  it('still vets, with the default brief and no history, when storage refuses (private mode)', async () => {
    const lines: string[] = [];
    const vetSnapshot = createVetSnapshot(() => Promise.reject(new DOMException('private mode', 'InvalidStateError')), (l) => lines.push(l));
    const report = await vetSnapshot(makeSnapshot(), new Date('2026-11-11T00:00:00Z'));
    expect(report.briefId).toBe('default-micro');
    expect(report.metrics.growth.points).toBe(1);
    expect(lines[0]).toMatch(/without stored history/);
  });
});

describe('background vetting when storage fails part-way', () => {
  it('a full disk (the reading cannot be written) still scores with the active brief and the stored history', async () => {
    const brief = makeBrief({ id: 'summer', name: 'Summer launch' });
    const stored = [{ at: '2026-11-01T00:00:00.000Z', followers: 10_000 }];
    const lines: string[] = [];
    const store = {
      recordReading: () => Promise.reject(new DOMException('disk full', 'QuotaExceededError')),
      readHistory: async () => stored,
      activeBrief: async () => brief,
    };
    const vetSnapshot = createVetSnapshot(async () => store, (l) => lines.push(l));
    const report = await vetSnapshot(makeSnapshot({ followers: 12_000, capturedAt: '2026-11-11T00:00:00.000Z' }), new Date('2026-11-11T00:00:00Z'), { record: true });
    expect(report.briefId).toBe('summer');
    expect(report.metrics.growth.points).toBe(2);
    expect(lines).toEqual(['could not record the follower reading: disk full']);
  });

  it('a store that cannot open at all scores with the last active brief it read (cached), not the default', async () => {
    const brief = makeBrief({ id: 'summer', name: 'Summer launch' });
    let opens = 0;
    const vetSnapshot = createVetSnapshot(async () => {
      opens += 1;
      if (opens > 1) throw new DOMException('disk full', 'QuotaExceededError');
      return { recordReading: async () => undefined, readHistory: async () => [], activeBrief: async () => brief };
    });
    await vetSnapshot(makeSnapshot(), new Date('2026-11-11T00:00:00Z'));
    expect((await vetSnapshot(makeSnapshot(), new Date('2026-11-11T00:00:00Z'))).briefId).toBe('summer');
  });

  it('records the reading only when asked to', async () => {
    const recorded: number[] = [];
    const vetSnapshot = createVetSnapshot(async () => ({
      recordReading: async (s: { creator: { followers: number | null } }) => void recorded.push(s.creator.followers ?? -1),
      readHistory: async () => [],
      activeBrief: async () => null,
    }));
    await vetSnapshot(makeSnapshot({ followers: 1 }), new Date('2026-11-11T00:00:00Z'));
    await vetSnapshot(makeSnapshot({ followers: 2 }), new Date('2026-11-11T00:00:00Z'), { record: true });
    expect(recorded).toEqual([2]);
  });
});
