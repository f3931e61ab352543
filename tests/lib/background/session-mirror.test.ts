import { describe, expect, it } from 'vitest';
import { mirroredSessionArea } from '../../../lib/background/session-mirror';
import type { SessionArea } from '../../../lib/background/tab-state-store';
import { memorySession } from './memory-session';

/** A session area whose reads wait until released, to put a write in the middle of one. */
function heldReads(area: SessionArea) {
  const held: Array<() => void> = [];
  return {
    held,
    area: { ...area, get: async (keys: string | string[]) => (await new Promise<void>((resolve) => held.push(resolve)), area.get(keys)) } satisfies SessionArea,
  };
}

describe('mirroredSessionArea: the worker session storage with a memory', () => {
  it('answers a key read once from memory, without asking storage again', async () => {
    const session = memorySession();
    await session.area.set({ a: { n: 1 } });
    const mirror = mirroredSessionArea(session.area);
    expect(await mirror.get(['a', 'b'])).toEqual({ a: { n: 1 } });
    expect(await mirror.get('a')).toEqual({ a: { n: 1 } });
    // "b" is known to be absent: not asked for again either.
    expect(await mirror.get(['b', 'a'])).toEqual({ a: { n: 1 } });
    expect(session.reads).toEqual([['a', 'b']]);
  });

  it('has a write in memory at once, and in storage too', async () => {
    const session = memorySession();
    const mirror = mirroredSessionArea(session.area);
    const writing = mirror.set({ a: 1, b: [1, 2] });
    expect(await mirror.get(['a', 'b'])).toEqual({ a: 1, b: [1, 2] });
    await writing;
    expect(session.reads).toEqual([]);
    expect(Object.fromEntries(session.data)).toEqual({ a: 1, b: [1, 2] });
  });

  it("keeps its own copies: a caller changing an object it wrote or read changes nothing stored", async () => {
    const mirror = mirroredSessionArea(memorySession().area);
    const written = { list: [1] };
    await mirror.set({ a: written });
    written.list.push(2);
    const read = (await mirror.get('a')).a as { list: number[] };
    read.list.push(3);
    expect(await mirror.get('a')).toEqual({ a: { list: [1] } });
  });

  it('gives values back as storage would: through JSON, undefined members dropped', async () => {
    const mirror = mirroredSessionArea(memorySession().area);
    await mirror.set({ a: { kept: 1, dropped: undefined } });
    expect(Object.keys((await mirror.get('a')).a as object)).toEqual(['kept']);
  });

  it('forgets a write storage refused: the next read asks storage, which holds the value before', async () => {
    const session = memorySession({ quotaBytes: 40 });
    await session.area.set({ a: 'small' });
    const mirror = mirroredSessionArea(session.area);
    await expect(mirror.set({ a: 'x'.repeat(100) })).rejects.toThrow(/quota/);
    expect(await mirror.get('a')).toEqual({ a: 'small' });
    expect(session.reads).toEqual([['a']]);
  });

  it('knows a removed key is gone without asking storage', async () => {
    const session = memorySession();
    await session.area.set({ a: 1 });
    const mirror = mirroredSessionArea(session.area);
    await mirror.remove(['a']);
    expect(await mirror.get('a')).toEqual({});
    expect(session.reads).toEqual([]);
    expect(session.data.has('a')).toBe(false);
  });

  it('never puts back what storage answered to a read that a newer write overtook', async () => {
    const session = memorySession();
    await session.area.set({ a: 'old' });
    const { area, held } = heldReads(session.area);
    const mirror = mirroredSessionArea(area);
    const reading = mirror.get('a');
    await mirror.set({ a: 'new' });
    // Storage answers the read only now, with the write in it or not: memory keeps the write.
    held.splice(0).forEach((release) => release());
    expect(await reading).toEqual({ a: 'new' });
    expect(await mirror.get('a')).toEqual({ a: 'new' });
  });
});

describe('mirroredSessionArea: writes storage already holds', () => {
  /** A session area that counts the writes it is sent. */
  function countedWrites() {
    const session = memorySession();
    const sent: string[][] = [];
    const area: SessionArea = { ...session.area, set: (items) => (sent.push(Object.keys(items)), session.area.set(items)) };
    return { session, sent, area };
  }

  it('sends only the keys whose value changed, and nothing when none did', async () => {
    const { sent, area } = countedWrites();
    const mirror = mirroredSessionArea(area);
    await mirror.set({ brief: { id: 'summer' }, order: [7] });
    await mirror.set({ brief: { id: 'summer' } });
    await mirror.set({ brief: { id: 'summer' }, order: [7, 8] });
    expect(sent).toEqual([['brief', 'order'], ['order']]);
  });

  it('skips a value read from storage, not one read and since changed', async () => {
    const { session, sent, area } = countedWrites();
    await session.area.set({ brief: 'summer' });
    sent.length = 0;
    const mirror = mirroredSessionArea(area);
    await mirror.get('brief');
    await mirror.set({ brief: 'summer' });
    await mirror.set({ brief: 'autumn' });
    expect(sent).toEqual([['brief']]);
    expect(session.data.get('brief')).toBe('autumn');
  });

  it('sends an equal write while the one before it may still fail, so that a refusal loses neither', async () => {
    const session = memorySession();
    const sent: string[] = [];
    let refuseFirst = true;
    const area: SessionArea = {
      ...session.area,
      set: async (items) => {
        sent.push(JSON.stringify(items));
        await new Promise((resolve) => setTimeout(resolve, 0));
        if (refuseFirst) {
          refuseFirst = false;
          throw new Error('quota');
        }
        return session.area.set(items);
      },
    };
    const mirror = mirroredSessionArea(area);
    const first = mirror.set({ brief: 'summer' });
    const second = mirror.set({ brief: 'summer' });
    await expect(first).rejects.toThrow('quota');
    await second;
    expect(sent).toHaveLength(2);
    expect(session.data.get('brief')).toBe('summer');
  });
});

describe('mirroredSessionArea: a read and a refused write at once', () => {
  it("answers storage's value when the write made during the read was refused", async () => {
    const session = memorySession({ quotaBytes: 40 });
    await session.area.set({ a: 'small' });
    const { area, held } = heldReads(session.area);
    const mirror = mirroredSessionArea(area);
    const reading = mirror.get('a');
    await expect(mirror.set({ a: 'x'.repeat(100) })).rejects.toThrow(/quota/);
    held.splice(0).forEach((release) => release());
    expect(await reading).toEqual({ a: 'small' });
  });
});
