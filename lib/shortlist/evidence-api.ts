import type { CreatorEvidence } from '../contracts/evidence';
import type { EvidenceUpdate } from '../evidence/merge-evidence';
import { commenterInstallKey } from './commenter-key';
import type { Connection } from './connection';
import { addEvidence, readEvidence } from './evidence-store';

/** What post pages told Vetted about each creator, and the key their commenters are hashed with. */
export interface EvidenceApi {
  /** The creator's evidence; null when none is stored or the row does not read. */
  get(key: string): Promise<CreatorEvidence | null>;
  /** Merge one post page's reading (commenters already keyed) and store it, in one transaction. */
  add(update: EvidenceUpdate, now: Date): Promise<CreatorEvidence>;
  /** The per-install commenter key, created on first use; never leaves this database. */
  installKey(): Promise<Uint8Array>;
}

export function createEvidenceApi({ run }: Connection): EvidenceApi {
  return {
    get: (key) => run(['evidence'], 'readonly', (tx) => readEvidence(tx.objectStore('evidence'), key)),
    add: (update, now) => run(['evidence'], 'readwrite', (tx) => addEvidence(tx.objectStore('evidence'), update, now)),
    installKey: () => run(['settings'], 'readwrite', (tx) => commenterInstallKey(tx.objectStore('settings'))),
  };
}
