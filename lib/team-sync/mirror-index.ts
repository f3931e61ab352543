import type { PouchDatabase } from './pouch-api';
import { z } from '../contracts/zod-mini';

/**
 * What this browser last synced, per creator and per brief: the entry's updatedAt as it was written
 * to (or taken from) the local PouchDB database, and that document's revision. A local change is an
 * updatedAt that differs from it; a remote change is a revision that differs from it; the revision
 * is also the common ancestor that tells which fields a local change really touched.
 * Kept in a `_local` document: PouchDB never replicates those.
 */
const MirroredSchema = z.object({ u: z.string().check(z.maxLength(40)), rev: z.string().check(z.maxLength(200)) });
export type Mirrored = z.infer<typeof MirroredSchema>;

const MirrorDocSchema = z.object({
  creators: z.record(z.string(), MirroredSchema),
  briefs: z.record(z.string(), MirroredSchema),
  /** How far the local changes feed has been read. */
  seq: z.union([z.number(), z.string()]),
  /** The database this index is about: another URL starts from nothing. */
  url: z.string(),
});
export type MirrorState = z.infer<typeof MirrorDocSchema>;

const MIRROR_ID = '_local/vetted-mirror';

export interface MirrorIndex {
  readonly state: MirrorState;
  /** No index for this database was found: the local copy (if any) is of no use. */
  readonly fresh: boolean;
  save(): Promise<void>;
}

export async function loadMirrorIndex(db: PouchDatabase, url: string): Promise<MirrorIndex> {
  let rev: string | undefined;
  let state: MirrorState = { creators: {}, briefs: {}, seq: 0, url };
  let fresh = true;
  try {
    const doc = await db.get(MIRROR_ID);
    rev = doc._rev;
    const parsed = MirrorDocSchema.safeParse(doc);
    if (parsed.success && parsed.data.url === url) {
      state = parsed.data;
      fresh = false;
    }
  } catch {
    // No index yet: everything is compared from scratch.
  }
  return {
    state,
    fresh,
    async save() {
      const result = await db.put({ _id: MIRROR_ID, ...(rev ? { _rev: rev } : {}), ...state });
      rev = result.rev;
    },
  };
}
