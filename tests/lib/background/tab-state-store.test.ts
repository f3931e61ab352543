import { describe, expect, test } from 'vitest';
import { createTabStateStore, TAB_ORDER_KEY } from '../../../lib/background/tab-state-store';
import type { TabState } from '../../../lib/messages/protocol';
import { makeReport } from '../shortlist/factory';
import { memorySession } from './memory-session';

const loading = (n: number): TabState => ({ status: 'loading', pageUrl: `https://www.instagram.com/creator${n}/`, updatedAt: '2026-03-05T14:00:00.000Z' });
const ready = (n: number): TabState => ({ status: 'ready', pageUrl: `https://www.instagram.com/creator${n}/`, updatedAt: '2026-03-05T14:00:00.000Z', report: makeReport() });

describe('bounded session state', () => {
  test('a closed tab leaves nothing behind', async () => {
    const session = memorySession();
    const tabs = createTabStateStore(session.area);
    await tabs.set(3, ready(3));
    await tabs.set(4, loading(4));
    await tabs.clear(3);
    expect(await tabs.get(3)).toBeNull();
    expect([...session.data.keys()].sort()).toEqual([TAB_ORDER_KEY, 'tab:4']);
    expect(session.data.get(TAB_ORDER_KEY)).toEqual([4]);
  });

  test('beyond the cap the oldest written states are evicted; a tab written again is the newest', async () => {
    const session = memorySession();
    const tabs = createTabStateStore(session.area, { cap: 3 });
    for (const id of [1, 2, 3]) await tabs.set(id, loading(id));
    await tabs.set(1, loading(1));
    await tabs.set(4, loading(4));
    expect(await tabs.get(2)).toBeNull();
    expect(session.data.get(TAB_ORDER_KEY)).toEqual([3, 1, 4]);
    expect([...session.data.keys()].filter((k) => k.startsWith('tab:')).sort()).toEqual(['tab:1', 'tab:3', 'tab:4']);
  });

  test('250 closed-and-forgotten tabs never fill the store: the default cap holds it far under the 10 MB area', async () => {
    const session = memorySession({ quotaBytes: 10 * 1024 * 1024 });
    const tabs = createTabStateStore(session.area);
    for (let id = 1; id <= 250; id += 1) await tabs.set(id, ready(id));
    expect(await tabs.get(250)).toMatchObject({ status: 'ready' });
    expect([...session.data.keys()].filter((k) => k.startsWith('tab:'))).toHaveLength(60);
    expect(session.size()).toBeLessThan(10 * 1024 * 1024);
  });

  test('concurrent writes from many tabs keep every tab in the order list', async () => {
    const session = memorySession();
    const tabs = createTabStateStore(session.area);
    await Promise.all(Array.from({ length: 20 }, (_, i) => tabs.set(i, loading(i))));
    expect((session.data.get(TAB_ORDER_KEY) as number[]).sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i));
  });

  test('a refused write drops the other tabs and tries again', async () => {
    const one = JSON.stringify(ready(1)).length;
    const session = memorySession({ quotaBytes: Math.round(one * 2.5) });
    const tabs = createTabStateStore(session.area, { cap: 100 });
    await tabs.set(1, ready(1));
    await tabs.set(2, ready(2));
    await tabs.set(3, ready(3));
    expect(await tabs.get(3)).toMatchObject({ status: 'ready' });
    expect(await tabs.get(1)).toBeNull();
  });

  test('a store that refuses even a lone report gives the tab a "storage full" state, never a silent spinner', async () => {
    const session = memorySession({ quotaBytes: 2_000 });
    const tabs = createTabStateStore(session.area);
    await tabs.set(9, ready(9));
    expect(await tabs.get(9)).toEqual({
      status: 'unreadable',
      pageUrl: 'https://www.instagram.com/creator9/',
      updatedAt: '2026-03-05T14:00:00.000Z',
      platform: 'instagram',
      reason: 'storage-full',
      detail: "the browser's session storage for Vetted is full",
    });
  });
});
