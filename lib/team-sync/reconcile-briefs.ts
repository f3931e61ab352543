import { CampaignBriefSchema, type CampaignBrief } from '../contracts/brief';
import { canonicalJson } from '../sync/canonical-json';
import { resolveBrief } from '../sync/resolve-brief';
import { BriefDocSchema, briefDocId } from '../sync/sync-doc';
import type { PouchDoc } from './pouch-api';
import type { MirrorState } from './mirror-index';
import type { SyncContext } from './synced-store';


async function briefAt(ctx: SyncContext, id: string, rev: string): Promise<CampaignBrief | null> {
  try {
    const parsed = BriefDocSchema.safeParse(await ctx.db.get(briefDocId(id), { rev }));
    return parsed.success ? parsed.data.brief : null;
  } catch {
    return null;
  }
}

/** Briefs both ways, as reconcileCreators does for creators; a brief is resolved whole (the last saved wins). */
export async function reconcileBriefs(ctx: SyncContext, mirror: MirrorState, ids: readonly string[]): Promise<number> {
  if (ids.length === 0) return 0;
  const local = new Map((await ctx.store.briefs.list()).briefs.map((b) => [b.id, b]));
  const rows = (await ctx.db.allDocs({ keys: ids.map(briefDocId), include_docs: true, conflicts: true })).rows;
  const toStore: CampaignBrief[] = [];
  const toRemove: string[] = [];
  const toPouch: PouchDoc[] = [];
  const mirrored = new Map<string, { u: string; rev: string | null } | null>();
  for (const [i, id] of ids.entries()) {
    const row = rows[i];
    const was = mirror.briefs[id] ?? null;
    const currentRev = row?.value?.rev ?? null;
    const remoteDeleted = row?.value?.deleted === true || currentRev === null;
    const remoteChanged = currentRev !== (was?.rev ?? null);
    const mine = local.get(id) ?? null;
    const localChanged = mine !== null && mine.updatedAt !== was?.u;
    const conflicts = row?.doc?._conflicts ?? [];
    if (!localChanged && !remoteChanged && conflicts.length === 0 && (mine !== null || !was)) continue;
    if (mine === null) {
      if (was && !remoteChanged && !remoteDeleted) {
        toPouch.push({ _id: briefDocId(id), _rev: currentRev, _deleted: true });
        mirrored.set(id, null);
        continue;
      }
      if (remoteDeleted) {
        if (was) mirrored.set(id, null);
        continue;
      }
    } else if (remoteDeleted && !localChanged) {
      if (was) {
        toRemove.push(id);
        mirrored.set(id, null);
      }
      continue;
    }
    const versions: CampaignBrief[] = [];
    const remote = !remoteDeleted && row?.doc ? BriefDocSchema.safeParse(row.doc) : null;
    if (remote?.success) versions.push(remote.data.brief);
    else if (remote) ctx.log(`team sync: left out the document of brief ${id.slice(0, 64)}: ${remote.error.issues[0]?.message}`);
    for (const rev of conflicts) {
      const other = await briefAt(ctx, id, rev);
      if (other) versions.push(other);
    }
    if (localChanged && mine) versions.push(mine);
    if (versions.length === 0) continue;
    const resolved = CampaignBriefSchema.parse(resolveBrief(versions));
    const pouchHasIt = remote?.success === true && conflicts.length === 0 && canonicalJson(remote.data.brief) === canonicalJson(resolved);
    if (!pouchHasIt) {
      toPouch.push({ _id: briefDocId(id), ...(currentRev ? { _rev: currentRev } : {}), kind: 'brief', brief: resolved, by: ctx.user });
      for (const rev of conflicts) toPouch.push({ _id: briefDocId(id), _rev: rev, _deleted: true });
    }
    if (!mine || canonicalJson(mine) !== canonicalJson(resolved)) toStore.push(resolved);
    mirrored.set(id, { u: resolved.updatedAt, rev: pouchHasIt ? currentRev : null });
  }
  if (toPouch.length > 0) {
    const written = await ctx.db.bulkDocs(toPouch);
    written.forEach((outcome, i) => {
      const doc = toPouch[i]!;
      const id = String(doc._id).slice('brief:'.length);
      const next = mirrored.get(id);
      if ('ok' in outcome && outcome.ok) {
        if (next && !doc._deleted) next.rev = outcome.rev;
      } else if (!doc._deleted) mirrored.delete(id);
    });
  }
  if (toStore.length > 0) await ctx.store.applyContent({ creators: [], history: [], briefs: toStore, activeBriefId: null }, { onExisting: 'update', now: ctx.now() });
  for (const id of toRemove) await ctx.store.briefs.remove(id);
  for (const [id, next] of mirrored) {
    if (next === null) delete mirror.briefs[id];
    else if (next.rev !== null) mirror.briefs[id] = { u: next.u, rev: next.rev };
  }
  return toStore.length + toRemove.length + toPouch.length;
}
