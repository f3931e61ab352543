import { describe, expect, it } from 'vitest';
import { createTabReadingsStore, TAB_READINGS_KEY } from '../../../lib/background/tab-readings-store';
import type { SessionArea } from '../../../lib/background/tab-state-store';
import { makeSnapshot } from '../shortlist/factory';
import { memorySession } from './memory-session';

const NOW = new Date('2026-03-05T14:00:00.000Z');
const snapshot = () => ({ ...makeSnapshot({ handle: 'ana' }), sources: ['dom:header'] });

/** A session area whose writes wait until released, each in turn. */
function heldWrites(area: SessionArea) {
  const held: Array<() => void> = [];
  const asked: unknown[] = [];
  return {
    held,
    asked,
    area: {
      ...area,
      set: async (items: Record<string, unknown>) => {
        asked.push(structuredClone(items[TAB_READINGS_KEY]));
        await new Promise<void>((resolve) => held.push(resolve));
        return area.set(items);
      },
    } satisfies SessionArea,
  };
}

describe('tab readings store', () => {
  it('decides without waiting for storage to take the last decision, and writes each in the order decided', async () => {
    const session = memorySession();
    const { area, held, asked } = heldWrites(session.area);
    const readings = createTabReadingsStore(area);
    await readings.startVisit(7);
    // The visit's write is still held: the claim is decided on it anyway.
    expect(await readings.claim(7, snapshot(), NOW)).toBe(true);
    // A second reading in the same visit is not recorded.
    expect(await readings.claim(7, snapshot(), NOW)).toBe(false);
    // One write at a time, in order: the second is asked for once the first is done.
    expect(asked).toHaveLength(1);
    while (held.length) {
      held.shift()!();
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    expect(asked).toHaveLength(3);
    expect(session.data.get(TAB_READINGS_KEY)).toEqual(asked.at(-1));
    expect((session.data.get(TAB_READINGS_KEY) as Record<string, { times: string[] }>)['7']?.times).toEqual([NOW.toISOString()]);
  });

  it('reads storage once per worker: the counts survive a worker stopped and started', async () => {
    const session = memorySession();
    const first = createTabReadingsStore(session.area);
    await first.startVisit(7);
    expect(await first.claim(7, snapshot(), NOW)).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 0));
    // A new worker: the same visit may not record twice.
    const restarted = createTabReadingsStore(session.area);
    expect(await restarted.claim(7, snapshot(), NOW)).toBe(false);
    await restarted.startVisit(7);
    expect(await restarted.claim(7, snapshot(), NOW)).toBe(true);
    // Each worker's first decision; none after it.
    expect(session.reads).toEqual([TAB_READINGS_KEY, TAB_READINGS_KEY]);
  });

  it('logs a write storage refused, and reads storage again for the next decision', async () => {
    const session = memorySession();
    const lines: string[] = [];
    let refuse = true;
    const area: SessionArea = { ...session.area, set: async (items) => (refuse ? Promise.reject(new Error('quota')) : session.area.set(items)) };
    const readings = createTabReadingsStore(area, (line) => lines.push(line));
    await readings.startVisit(7);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(lines).toEqual(["session storage refused the tabs' follower-reading counts (quota)"]);
    refuse = false;
    await readings.startVisit(8);
    expect(session.reads).toEqual([TAB_READINGS_KEY, TAB_READINGS_KEY]);
  });
});
