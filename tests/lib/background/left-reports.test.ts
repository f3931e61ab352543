/**
 * A tab that moves on from a profile (in-app or to another page) leaves its report among the last
 * few, so that a post opened from that profile in the same tab still has the creator's verdict; a
 * closed tab leaves nothing (tab-state-store.test.ts).
 */
import { describe, expect, test } from 'vitest';
import { createTabStateStore, LEFT_REPORTS_CAP, LEFT_REPORTS_KEY, TAB_ORDER_KEY } from '../../../lib/background/tab-state-store';
import type { VettingReport } from '../../../lib/contracts/report';
import type { TabState } from '../../../lib/messages/protocol';
import { makeReport, makeSnapshot } from '../shortlist/factory';
import { memorySession } from './memory-session';

const reportOf = (handle: string, computedAt = '2026-03-05T14:00:00.000Z'): VettingReport => ({ ...makeReport(makeSnapshot({ handle })), computedAt });
const ready = (report: VettingReport): TabState => ({ status: 'ready', pageUrl: `https://www.instagram.com/${report.snapshot.creator.handle}/`, updatedAt: report.computedAt, report });

describe('reports of tabs that moved on', () => {
  test("leaving keeps the tab's report for its creator; the tab's state goes", async () => {
    const session = memorySession();
    const tabs = createTabStateStore(session.area);
    await tabs.set(3, ready(reportOf('celebface')));
    await tabs.leave(3);
    expect(await tabs.get(3)).toBeNull();
    expect(session.data.get(TAB_ORDER_KEY)).toEqual([]);
    expect(await tabs.latestReport('instagram:celebface')).toMatchObject({ key: 'instagram:celebface' });
    expect(await tabs.latestReport('instagram:someoneelse')).toBeNull();
  });

  test('a tab that was loading or closed leaves nothing', async () => {
    const session = memorySession();
    const tabs = createTabStateStore(session.area);
    await tabs.set(4, { status: 'loading', pageUrl: 'https://www.instagram.com/a/', updatedAt: '2026-03-05T14:00:00.000Z' });
    await tabs.leave(4);
    await tabs.set(5, ready(reportOf('celebface')));
    await tabs.clear(5);
    expect(session.data.has(LEFT_REPORTS_KEY)).toBe(false);
    expect(await tabs.latestReport('instagram:celebface')).toBeNull();
  });

  test(`one report per creator, the newest first, at most ${LEFT_REPORTS_CAP}`, async () => {
    const session = memorySession();
    const tabs = createTabStateStore(session.area);
    for (let i = 0; i < LEFT_REPORTS_CAP + 3; i += 1) {
      await tabs.set(1, ready(reportOf(`creator${i}`)));
      await tabs.leave(1);
    }
    await tabs.set(1, ready(reportOf('creator12', '2026-03-06T09:00:00.000Z')));
    await tabs.leave(1);
    const left = session.data.get(LEFT_REPORTS_KEY) as VettingReport[];
    expect(left).toHaveLength(LEFT_REPORTS_CAP);
    expect(left.map((r) => r.snapshot.creator.handle).slice(0, 2)).toEqual(['creator12', 'creator11']);
    expect(await tabs.latestReport('instagram:creator0')).toBeNull();
    expect((await tabs.latestReport('instagram:creator12'))?.computedAt).toBe('2026-03-06T09:00:00.000Z');
  });

  test('an open tab with a newer report of the creator wins over the one left behind', async () => {
    const session = memorySession();
    const tabs = createTabStateStore(session.area);
    await tabs.set(1, ready(reportOf('celebface', '2026-03-05T14:00:00.000Z')));
    await tabs.leave(1);
    await tabs.set(2, ready(reportOf('celebface', '2026-03-05T15:00:00.000Z')));
    expect((await tabs.latestReport('instagram:celebface'))?.computedAt).toBe('2026-03-05T15:00:00.000Z');
  });
});
