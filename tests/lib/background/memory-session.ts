import type { SessionArea } from '../../../lib/background/tab-state-store';

/** An in-memory stand-in for browser.storage.session that counts writes. */
export function memorySession() {
  const data = new Map<string, unknown>();
  const writes: string[] = [];
  const area: SessionArea = {
    async get(key) {
      return data.has(key) ? { [key]: structuredClone(data.get(key)) } : {};
    },
    async set(items) {
      for (const [key, value] of Object.entries(items)) {
        writes.push(key);
        data.set(key, structuredClone(value));
      }
    },
    async remove(key) {
      writes.push(`-${key}`);
      data.delete(key);
    },
  };
  return { area, data, writes };
}
