import type { EvidenceStore } from '../../../lib/background/post-handlers';
import type { CreatorEvidence } from '../../../lib/contracts/evidence';
import { evidenceKey, mergeEvidence } from '../../../lib/evidence/merge-evidence';

/** An in-memory evidence store that counts its writes, for handler tests that need no database. */
export function memoryEvidence() {
  const rows = new Map<string, CreatorEvidence>();
  const writes: string[] = [];
  const store: EvidenceStore = {
    get: async (key) => structuredClone(rows.get(key) ?? null),
    async add(update, now) {
      const key = evidenceKey(update.platform, update.handle);
      rows.set(key, mergeEvidence(rows.get(key) ?? null, update, now));
      writes.push(key);
    },
  };
  return { store, rows, writes };
}
