import type { PouchConstructor } from './pouch-api';
import { creatorDocId, keyOfDocId, StampsSchema, type FieldStamp } from '../sync/sync-doc';
import { parseServerUrl, type SyncSettings, type SyncStatus } from '../sync/sync-settings';
import { loadMirrorIndex, type MirrorIndex } from './mirror-index';
import { reconcileBriefs } from './reconcile-briefs';
import { reconcileCreators } from './reconcile-creators';
import { replicate, type Replication } from './replication';
import type { SyncedStore } from './synced-store';

export interface SyncEngineOptions {
  /** pouchdb-browser (the extension) or a PouchDB with the same adapters (the Node tests). */
  PouchDB: PouchConstructor;
  store: SyncedStore;
  settings: SyncSettings;
  /** The local PouchDB database that mirrors the shortlist for replication. */
  localName: string;
  now?: () => Date;
  log?: (message: string) => void;
  onStatus: (status: SyncStatus) => void;
  /** After teammates' changes were written to the shortlist: open pages refresh. */
  onStored?: () => void;
  maxBackOffMs?: number;
  /** The fetch PouchDB's HTTP adapter uses; the Node tests reach the test server through their own. */
  fetch?: (url: string, init?: RequestInit) => Promise<Response>;
}

export interface SyncEngine {
  /** The shortlist changed here: look for what to send. */
  localChanged(): void;
  /** Resolves once everything seen so far has been reconciled (tests and the benchmark wait on it). */
  idle(): Promise<void>;
  /** Who changed the creator's status last, and when, as the synced document says. */
  statusStamp(key: string): Promise<FieldStamp | null>;
  stop(): Promise<void>;
}

/** Creators reconciled per batch: one shortlist transaction and one bulk write each. */
const BATCH = 500;

/**
 * Team sync: the shortlist mirrored into a local PouchDB database, which PouchDB replicates live
 * with the team's CouchDB. Changes found on either side are reconciled in batches, one batch at a
 * time, so that a local edit and a teammate's are never written over each other half-way.
 */
export async function startSync(options: SyncEngineOptions): Promise<SyncEngine> {
  const parsed = parseServerUrl(options.settings.url);
  if (!parsed.ok) throw new Error(parsed.reason);
  const { url } = parsed.value;
  const now = options.now ?? (() => new Date());
  const log = options.log ?? ((m: string) => console.warn(m));
  let local = new options.PouchDB(options.localName);
  let mirror: MirrorIndex = await loadMirrorIndex(local, url);
  if (mirror.fresh) {
    // A first start, or another team database: a local copy left from before belongs to no one here.
    await local.destroy();
    local = new options.PouchDB(options.localName);
    mirror = await loadMirrorIndex(local, url);
  }
  const remote = new options.PouchDB(url, {
    skip_setup: true,
    auth: { username: options.settings.user, password: options.settings.password },
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  const ctx = { db: local, store: options.store, user: options.settings.user, now, log };

  const creators = new Set<string>();
  const briefs = new Set<string>();
  let scan = true;
  let seenSeq: string | number = mirror.state.seq;
  let running: Promise<void> | null = null;
  let stopped = false;
  let lastReplication: SyncStatus | null = null;
  const emit = () => {
    if (!lastReplication) return;
    const busy = running !== null && lastReplication.state === 'up-to-date';
    options.onStatus(busy ? { ...lastReplication, state: 'syncing' } : lastReplication);
  };

  async function findLocalChanges(): Promise<void> {
    const { summaries } = await options.store.listSummaries();
    const present = new Set<string>();
    for (const s of summaries) {
      present.add(s.key);
      if (mirror.state.creators[s.key]?.u !== s.updatedAt) creators.add(s.key);
    }
    for (const key of Object.keys(mirror.state.creators)) if (!present.has(key)) creators.add(key);
    const { briefs: list } = await options.store.briefs.list();
    const ids = new Set<string>();
    for (const b of list) {
      ids.add(b.id);
      if (mirror.state.briefs[b.id]?.u !== b.updatedAt) briefs.add(b.id);
    }
    for (const id of Object.keys(mirror.state.briefs)) if (!ids.has(id)) briefs.add(id);
  }

  async function drain(): Promise<void> {
    while (!stopped && (scan || creators.size > 0 || briefs.size > 0)) {
      const seq = seenSeq;
      if (scan) {
        scan = false;
        await findLocalChanges();
      }
      let stored = 0;
      while (!stopped && creators.size > 0) {
        const batch = [...creators].slice(0, BATCH);
        for (const key of batch) creators.delete(key);
        stored += (await reconcileCreators(ctx, mirror.state, batch)).stored;
      }
      const briefBatch = [...briefs];
      briefs.clear();
      stored += await reconcileBriefs(ctx, mirror.state, briefBatch);
      mirror.state.seq = seq;
      await mirror.save();
      if (stored > 0) options.onStored?.();
    }
  }

  function kick(): void {
    if (running || stopped) return;
    running = drain()
      .catch((error: unknown) => log(`team sync: ${error instanceof Error ? error.message : String(error)}`))
      .finally(() => {
        running = null;
        emit();
        if (!stopped && (scan || creators.size > 0 || briefs.size > 0)) kick();
      });
    emit();
  }

  const feed = local.changes({ since: mirror.state.seq, live: true }).on('change', (change) => {
    const ref = keyOfDocId(change.id);
    if (ref?.kind === 'creator') creators.add(ref.key);
    else if (ref?.kind === 'brief') briefs.add(ref.key);
    seenSeq = change.seq;
    kick();
  });
  const replication: Replication = replicate({
    local,
    remote,
    url,
    now,
    maxBackOffMs: options.maxBackOffMs ?? 10_000,
    onStatus(status) {
      lastReplication = status;
      emit();
    },
  });
  kick();

  return {
    localChanged() {
      scan = true;
      kick();
    },
    async idle() {
      while (running) await running;
    },
    async statusStamp(key) {
      try {
        const doc = await local.get(creatorDocId(key));
        const stamps = StampsSchema.safeParse(doc.stamps);
        return stamps.success ? stamps.data.status : null;
      } catch {
        return null;
      }
    },
    async stop() {
      stopped = true;
      feed.cancel();
      await replication.cancel();
      await running;
      await local.close();
      await remote.close();
    },
  };
}

/** The local copy, gone with "Turn off sync": the shortlist itself stays. */
export async function destroyLocalCopy(PouchDBCtor: PouchConstructor, localName: string): Promise<void> {
  await new PouchDBCtor(localName).destroy();
}
