import type { SessionArea } from './tab-state-store';

/** How storage would give a value back: through JSON (undefined members dropped), never the caller's own object. */
const copy = (value: unknown): unknown => (value === undefined ? undefined : JSON.parse(JSON.stringify(value)));

const keysOf = (keys: string | string[]) => (typeof keys === 'string' ? [keys] : keys);

/**
 * The worker's session storage with what it last read or wrote kept in memory: a key read once, or
 * written, is answered from memory afterwards. The worker is the only writer of its session keys
 * (the overlay, popup and dashboard only read them), and the memory ends with the worker, so it
 * cannot miss a change; storage stays the copy a restarted worker reads. Each round trip it saves
 * was on the badge's clock: a warm SPA switch waited on five of them in a row (3–45 ms each on a
 * loaded 2-core machine, tests/bench/overlay-bench.ts). Writes reach memory at once, in the order
 * made, and storage in the same order (the browser applies one context's calls in order); a write
 * storage refuses is forgotten, so the next read asks storage again.
 */
export function mirroredSessionArea(area: SessionArea): SessionArea {
  /** Keys whose value is known: the value, or undefined for a key storage does not hold. */
  const known = new Map<string, unknown>();
  /** Bumped on every write of a key: a read that started before a write must not put back the older value. */
  const writes = new Map<string, number>();
  const wrote = (key: string) => writes.set(key, (writes.get(key) ?? 0) + 1);

  return {
    async get(keys) {
      const wanted = keysOf(keys);
      const missing = wanted.filter((key) => !known.has(key));
      if (missing.length > 0) {
        const before = new Map(missing.map((key) => [key, writes.get(key) ?? 0]));
        const found = await area.get(missing);
        for (const key of missing) if ((writes.get(key) ?? 0) === before.get(key)) known.set(key, copy(found[key]));
        // Written meanwhile: the write is newer than what storage answered.
      }
      const out: Record<string, unknown> = {};
      for (const key of wanted) {
        const value = known.get(key);
        if (value !== undefined) out[key] = copy(value);
      }
      return out;
    },
    async set(items) {
      const keys = Object.keys(items);
      for (const key of keys) {
        wrote(key);
        known.set(key, copy(items[key]));
      }
      try {
        await area.set(items);
      } catch (error) {
        for (const key of keys) known.delete(key);
        throw error;
      }
    },
    async remove(keys) {
      const removed = keysOf(keys);
      for (const key of removed) {
        wrote(key);
        known.set(key, undefined);
      }
      try {
        await area.remove(keys);
      } catch (error) {
        for (const key of removed) known.delete(key);
        throw error;
      }
    },
  };
}
