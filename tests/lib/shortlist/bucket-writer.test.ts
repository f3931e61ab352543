import { describe, expect, test } from 'vitest';
import { bucketWriter, type BucketStore } from '../../../lib/shortlist/summary-buckets';

/** A bucket store in memory that logs every write, in order. */
function memoryStore(rows: Record<number, unknown[]> = {}): BucketStore & { writes: string[]; rows: Map<number, unknown[]> } {
  const stored = new Map<number, unknown[]>(Object.entries(rows).map(([n, items]) => [Number(n), items]));
  const writes: string[] = [];
  return {
    writes,
    rows: stored,
    get: async (n) => stored.get(n),
    async put(items, n) {
      writes.push(`put ${n}`);
      stored.set(n, items);
    },
    async delete(n) {
      writes.push(`delete ${n}`);
      stored.delete(n);
    },
  };
}

const byLastChar = (key: string) => Number(key.slice(-1));
const item = (key: string, v = 1) => ({ key, v });

describe('bucketWriter', () => {
  test('flushSome sends the named buckets that changed before it returns, and leaves the others to flush()', async () => {
    const store = memoryStore({ 1: [item('a1')] });
    const writer = bucketWriter<{ key: string; v: number }>(store, byLastChar);
    await writer.preload(['b1', 'c2', 'd3']);
    await writer.putMany([item('b1'), item('c2')]);
    const sent = writer.flushSome([1, 3]);
    // Sent at once, not after a promise turn: a bulk write goes on building while the browser writes.
    expect(store.writes).toEqual(['put 1']);
    await sent;
    await writer.flush();
    expect(store.writes).toEqual(['put 1', 'put 2']);
    expect(store.rows.get(1)).toEqual([item('a1'), item('b1')]);
  });

  test('a bucket changed after it was sent is written again by flush(), with every change', async () => {
    const store = memoryStore();
    const writer = bucketWriter<{ key: string; v: number }>(store, byLastChar);
    await writer.put(item('a1'));
    await writer.flushSome([1]);
    await writer.put(item('b1'));
    await writer.delete('a1');
    await writer.flush();
    expect(store.writes).toEqual(['put 1', 'put 1']);
    expect(store.rows.get(1)).toEqual([item('b1')]);
    await writer.delete('b1');
    await writer.flushSome([1]);
    expect(store.writes).toEqual(['put 1', 'put 1', 'delete 1']);
    await writer.flush();
    expect(store.writes).toHaveLength(3);
  });

  test('flushSome of a bucket not read yet reads it first and keeps what it held', async () => {
    const store = memoryStore({ 2: [item('x2')] });
    const writer = bucketWriter<{ key: string; v: number }>(store, byLastChar);
    const putting = writer.put(item('y2'));
    await writer.flushSome([2]);
    await putting;
    await writer.flush();
    expect(store.rows.get(2)).toEqual([item('x2'), item('y2')]);
  });
});
