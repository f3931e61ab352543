import type { SessionArea } from './tab-state-store';

const keysOf = (keys: string | string[]) => (typeof keys === 'string' ? [keys] : keys);

/** What memory holds of a key: its value as JSON text (storage gives values back through JSON too), or absent. */
interface Known {
  /** undefined: storage does not hold the key. */
  json: string | undefined;
  /** Written but not yet confirmed by storage: an equal write is not skipped while this one may still fail. */
  pending: number;
}

/**
 * The worker's session storage with what it last read or wrote kept in memory: a key read once, or
 * written, is answered from memory afterwards, and a write of the value storage already holds is not
 * sent. The worker is the only writer of its session keys (the overlay, popup and dashboard only read
 * them), and the memory ends with the worker, so it cannot miss a change; storage stays the copy a
 * restarted worker reads. Each round trip it saves was on the badge's clock: a warm SPA switch waited
 * on five of them in a row, and every call queues in the browser process behind the page's own work
 * (tests/bench/overlay-switch-timeline.ts: 1–60 ms each on a 2-core machine). Writes reach memory at
 * once, in the order made, and storage in the same order (the browser applies one context's calls in
 * order); a write storage refuses is forgotten, so the next read asks storage again.
 */
export function mirroredSessionArea(area: SessionArea): SessionArea {
  const known = new Map<string, Known>();
  /** Bumped on every write of a key: a read that started before a write must not put back the older value. */
  const writes = new Map<string, number>();
  const wrote = (key: string) => writes.set(key, (writes.get(key) ?? 0) + 1);

  /** Write `texts` to memory, then `send` them to storage; undo memory for every key if storage refuses. */
  async function write(texts: Map<string, string | undefined>, send: () => Promise<void>): Promise<void> {
    for (const [key, json] of texts) {
      wrote(key);
      known.set(key, { json, pending: (known.get(key)?.pending ?? 0) + 1 });
    }
    try {
      await send();
    } catch (error) {
      for (const key of texts.keys()) known.delete(key);
      throw error;
    }
    for (const key of texts.keys()) {
      const entry = known.get(key);
      if (entry) entry.pending--;
    }
  }

  return {
    async get(keys) {
      const wanted = keysOf(keys);
      const missing = wanted.filter((key) => !known.has(key));
      const answered = new Map<string, string | undefined>();
      if (missing.length > 0) {
        const before = new Map(missing.map((key) => [key, writes.get(key) ?? 0]));
        const found = await area.get(missing);
        for (const key of missing) {
          const json = found[key] === undefined ? undefined : JSON.stringify(found[key]);
          answered.set(key, json);
          // A key written meanwhile keeps the write: it is newer than what storage answered.
          if ((writes.get(key) ?? 0) === before.get(key)) known.set(key, { json, pending: 0 });
        }
      }
      const out: Record<string, unknown> = {};
      for (const key of wanted) {
        // Not in memory any more: a write made meanwhile was refused, so storage's answer stands.
        const json = known.has(key) ? known.get(key)?.json : answered.get(key);
        if (json !== undefined) out[key] = JSON.parse(json);
      }
      return out;
    },
    async set(items) {
      const texts = new Map<string, string | undefined>();
      const changed: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(items)) {
        const json = value === undefined ? undefined : JSON.stringify(value);
        const entry = known.get(key);
        // Storage holds this very value already (read from it, or a write it confirmed): nothing to send.
        if (entry && entry.pending === 0 && entry.json === json) continue;
        texts.set(key, json);
        changed[key] = value;
      }
      if (texts.size === 0) return;
      await write(texts, () => area.set(changed));
    },
    async remove(keys) {
      const removed = keysOf(keys);
      await write(new Map(removed.map((key) => [key, undefined])), () => area.remove(keys));
    },
  };
}
