import type { ShortlistEntry } from '../contracts/shortlist-entry';
import { canonicalJson } from '../sync/canonical-json';
import { resolveCreator, stampLocalChange, type StampedEntry } from '../sync/resolve-creator';
import { creatorDocId } from '../sync/sync-doc';
import { readCreatorDoc, toCreatorDoc } from './creator-doc';
import type { PouchDoc } from './pouch-api';
import type { MirrorState } from './mirror-index';
import type { SyncContext } from './synced-store';

interface Plan {
  /** Entries to write into the shortlist (remote changes, or merges of remote and local ones). */
  toStore: ShortlistEntry[];
  /** Creators a teammate removed (and nobody here changed since). */
  toRemove: string[];
  /** Documents to write into the local PouchDB database, for replication to carry out. */
  toPouch: PouchDoc[];
  /** Mirror index updates, once the writes are done; `rev: null` until the write gives one. */
  mirrored: Map<string, { u: string; rev: string | null } | null>;
}


async function version(ctx: SyncContext, key: string, doc: unknown): Promise<StampedEntry | null> {
  const read = readCreatorDoc(doc, key);
  if ('problem' in read) {
    ctx.log(`team sync: left out ${read.problem}`);
    return null;
  }
  return read.version;
}

async function versionAt(ctx: SyncContext, key: string, rev: string): Promise<StampedEntry | null> {
  try {
    return await version(ctx, key, await ctx.db.get(creatorDocId(key), { rev }));
  } catch {
    // Compacted away or never here: the change is then judged by its timestamps alone.
    return null;
  }
}

function same(a: StampedEntry, b: StampedEntry): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

/**
 * Bring the shortlist and the local PouchDB database into agreement for these creators, in both
 * directions: a local change becomes a new revision (stamped against the revision it was made on),
 * a remote change is written to the shortlist, and concurrent versions — CouchDB's conflicting
 * revisions, or a remote revision over an unsynced local change — are resolved field by field into
 * one revision, the losing revisions removed. Nothing is lost: a removal loses to a concurrent edit.
 */
export async function reconcileCreators(ctx: SyncContext, mirror: MirrorState, keys: readonly string[]): Promise<{ stored: number; pushed: number }> {
  if (keys.length === 0) return { stored: 0, pushed: 0 };
  const present = new Map((await ctx.store.listSummaries()).summaries.map((s) => [s.key, s.updatedAt]));
  const result = await ctx.db.allDocs({ keys: keys.map(creatorDocId), include_docs: true, conflicts: true });
  const rows = result.rows;
  const plan: Plan = { toStore: [], toRemove: [], toPouch: [], mirrored: new Map() };
  for (const [i, key] of keys.entries()) {
    const row = rows[i];
    const mirrored = mirror.creators[key] ?? null;
    const currentRev = row?.value?.rev ?? null;
    const remoteDeleted = row?.value?.deleted === true || currentRev === null;
    const remoteChanged = currentRev !== (mirrored?.rev ?? null);
    const localU = present.get(key);
    const localChanged = localU !== undefined && localU !== mirrored?.u;

    if (localU === undefined) {
      // Removed here (or never here). A teammate's concurrent edit wins over the removal.
      if (mirrored && !remoteChanged && !remoteDeleted) {
        plan.toPouch.push({ _id: creatorDocId(key), _rev: currentRev, _deleted: true });
        plan.mirrored.set(key, null);
        continue;
      }
      if (remoteDeleted) {
        if (mirrored) plan.mirrored.set(key, null);
        continue;
      }
    } else if (remoteDeleted && !localChanged) {
      // A teammate removed it and nobody here changed it since.
      if (mirrored) {
        plan.toRemove.push(key);
        plan.mirrored.set(key, null);
      }
      continue;
    }

    const conflicts = row?.doc?._conflicts ?? [];
    // Our own write coming back through the changes feed, or a key looked at for nothing.
    if (!localChanged && !remoteChanged && conflicts.length === 0) continue;
    const versions: StampedEntry[] = [];
    const remote = !remoteDeleted && row?.doc ? await version(ctx, key, row.doc) : null;
    if (remote) versions.push(remote);
    for (const rev of conflicts) {
      const other = await versionAt(ctx, key, rev);
      if (other) versions.push(other);
    }
    let local: StampedEntry | null = null;
    if (localChanged) {
      const entry = await ctx.store.get(key);
      if (entry) {
        const base = mirrored ? await versionAt(ctx, key, mirrored.rev) : null;
        local = { entry, stamps: stampLocalChange(base, entry, ctx.user) };
        versions.push(local);
      }
    }
    if (versions.length === 0) continue;
    const resolved = resolveCreator(versions);
    const pouchHasIt = remote !== null && conflicts.length === 0 && same(remote, resolved);
    if (!pouchHasIt) {
      plan.toPouch.push(toCreatorDoc(resolved, currentRev));
      for (const rev of conflicts) plan.toPouch.push({ _id: creatorDocId(key), _rev: rev, _deleted: true });
    }
    const storeHasIt = local !== null ? canonicalJson(local.entry) === canonicalJson(resolved.entry) : false;
    if (!storeHasIt) plan.toStore.push(resolved.entry);
    plan.mirrored.set(key, { u: resolved.entry.updatedAt, rev: pouchHasIt ? currentRev : null });
  }
  return carryOut(ctx, mirror, plan);
}

async function carryOut(ctx: SyncContext, mirror: MirrorState, plan: Plan): Promise<{ stored: number; pushed: number }> {
  let pushed = 0;
  if (plan.toPouch.length > 0) {
    const written = await ctx.db.bulkDocs(plan.toPouch);
    written.forEach((outcome, i) => {
      const doc = plan.toPouch[i]!;
      const key = String(doc._id).slice('creator:'.length);
      if ('ok' in outcome && outcome.ok) {
        pushed += 1;
        const next = plan.mirrored.get(key);
        if (next && !doc._deleted) next.rev = outcome.rev;
      } else {
        // Someone (replication) wrote a newer revision meanwhile: the changes feed brings it back here.
        if (!doc._deleted) plan.mirrored.delete(key);
      }
    });
  }
  if (plan.toStore.length > 0) {
    await ctx.store.applyContent({ creators: plan.toStore, history: [], briefs: [], activeBriefId: null }, { onExisting: 'update', now: ctx.now() });
  }
  if (plan.toRemove.length > 0) await ctx.store.bulkDelete(plan.toRemove);
  for (const [key, next] of plan.mirrored) {
    if (next === null) delete mirror.creators[key];
    else if (next.rev !== null) mirror.creators[key] = { u: next.u, rev: next.rev };
  }
  return { stored: plan.toStore.length + plan.toRemove.length, pushed };
}
