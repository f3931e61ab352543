import './node-globals';
import PouchDB from 'pouchdb-browser';
import memoryAdapter from 'pouchdb-adapter-memory';
import { openShortlist, type Shortlist } from '../../lib/shortlist/repository';
import { startSync, type SyncEngine } from '../../lib/team-sync/sync-engine';
import type { PouchConstructor } from '../../lib/team-sync/pouch-api';
import type { SyncStatus } from '../../lib/sync/sync-settings';
import { freshDbName } from '../lib/shortlist/factory';
import type { CouchServer } from './couch-server';

/** The address a teammate pastes; the tests' fetch sends it to the local server (the extension only speaks https). */
export const TEAM_HOST = 'couch.vetted.test';

export function teamUrl(server: CouchServer, db = server.dbName): string {
  return `https://${TEAM_HOST}/${db}`;
}

/** Node's fetch, with the team address mapped to the local pouchdb-server (as --host-resolver-rules do in the browser tests). */
export function fetchVia(server: CouchServer): (url: string, init?: RequestInit) => Promise<Response> {
  return (url, init) => fetch(String(url).replace(`https://${TEAM_HOST}`, server.origin), init);
}

// Each profile's local database in memory: fake-indexeddb does not carry PouchDB's IndexedDB
// adapter (the browser tests use the real one). Replication and the HTTP adapter are pouchdb-browser's.
(PouchDB as unknown as { plugin(p: unknown): void }).plugin(memoryAdapter);
const Browser = PouchDB as unknown as PouchConstructor;
export const LocalPouch = function (name: string, options: Record<string, unknown> = {}) {
  return new Browser(name, /^https?:/.test(name) ? options : { ...options, adapter: 'memory' });
} as unknown as PouchConstructor;

export interface Profile {
  shortlist: Shortlist;
  engine: SyncEngine;
  statuses: SyncStatus[];
  stored: number;
  close(): Promise<void>;
}

/** One teammate's browser: a shortlist of its own, a local PouchDB of its own, syncing with the team database. */
export async function openProfile(server: CouchServer, user: { name: string; password: string }, options: { url?: string; label?: string } = {}): Promise<Profile> {
  const shortlist = await openShortlist(freshDbName(options.label ?? user.name), { log: () => undefined });
  const statuses: SyncStatus[] = [];
  const profile: Profile = {
    shortlist,
    statuses,
    stored: 0,
    engine: null as unknown as SyncEngine,
    async close() {
      await profile.engine.stop();
      shortlist.close();
    },
  };
  profile.engine = await startSync({
    PouchDB: LocalPouch,
    store: shortlist,
    settings: { url: options.url ?? teamUrl(server), user: user.name, password: user.password },
    localName: freshDbName(`pouch-${user.name}`),
    fetch: fetchVia(server),
    maxBackOffMs: 1_000,
    log: () => undefined,
    onStatus: (s) => statuses.push(s),
    onStored: () => (profile.stored += 1),
  });
  return profile;
}

/** Poll until `check` holds (sync is asynchronous by nature); fails with what was last seen. */
export async function eventually<T>(check: () => Promise<T | null | undefined | false>, timeoutMs: number, what: string | (() => string)): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`not within ${timeoutMs} ms: ${typeof what === "string" ? what : what()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
