import type { SessionArea } from '../../../lib/background/tab-state-store';

/**
 * An in-memory stand-in for browser.storage.session that counts reads and writes. `quotaBytes` makes it
 * refuse a write that would take it over that many bytes of JSON, as Chrome's 10 MB area does.
 */
export function memorySession(options: { quotaBytes?: number } = {}) {
  const data = new Map<string, unknown>();
  const writes: string[] = [];
  /** Every get, in order: its key or keys. */
  const reads: Array<string | string[]> = [];
  const size = () => [...data].reduce((sum, [key, value]) => sum + key.length + JSON.stringify(value).length, 0);
  const area: SessionArea = {
    async get(keys) {
      reads.push(keys);
      return Object.fromEntries((typeof keys === 'string' ? [keys] : keys).flatMap((key) => (data.has(key) ? [[key, structuredClone(data.get(key))]] : [])));
    },
    async set(items) {
      if (options.quotaBytes !== undefined) {
        const before = new Map(data);
        for (const [key, value] of Object.entries(items)) data.set(key, value);
        const over = size() > options.quotaBytes;
        data.clear();
        for (const [key, value] of before) data.set(key, value);
        if (over) throw new Error('Session storage quota bytes exceeded. Values were not stored.');
      }
      for (const [key, value] of Object.entries(items)) {
        writes.push(key);
        data.set(key, structuredClone(value));
      }
    },
    async remove(keys) {
      for (const key of typeof keys === 'string' ? [keys] : keys) {
        writes.push(`-${key}`);
        data.delete(key);
      }
    },
  };
  return { area, data, writes, reads, size };
}
