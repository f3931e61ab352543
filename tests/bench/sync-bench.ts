/**
 * Team sync against a real CouchDB-protocol server (pouchdb-server, as the sync tests use): how long
 * an empty profile takes to receive a team's 10,000 creators, and how long one change takes to
 * reach the other teammate. Node: the shortlist on fake-indexeddb and PouchDB in memory, as in
 * tests/sync (the extension uses the browser's IndexedDB for both); the HTTP and replication code
 * is pouchdb-browser's own.
 */
import 'fake-indexeddb/auto';
import '../sync/node-globals';
import type { ShortlistEntry } from '../../lib/contracts/shortlist-entry';
import { toCreatorDoc } from '../../lib/team-sync/creator-doc';
import { STAMPED_FIELDS, type Stamps } from '../../lib/sync/sync-doc';
import { makeReport, makeSnapshot, NOW } from '../lib/shortlist/factory';
import { startCouchServer, type CouchServer } from '../sync/couch-server';
import { eventually, LocalPouch, openProfile, type Profile } from '../sync/profiles';
import { ratioOf, type Figure } from './figure';
import { summarize } from './stats';

const TEAM = 10_000;
const CHANGES = { warmup: 2, runs: 20 };
const ALICE = { name: 'alice', password: 'alice-pw' };
const BOB = { name: 'bob', password: 'bob-pw' };
const INITIAL_TIMEOUT_MS = 300_000;
const CHANGE_TIMEOUT_MS = 30_000;
const INITIAL_POLL_MS = 500;

/** The team's creators as their documents: one real saved entry, copied under 10,000 keys. */
async function seedServer(server: CouchServer, template: ShortlistEntry): Promise<void> {
  const team = new LocalPouch(`${server.origin}/${server.dbName}`, { auth: { username: server.admin.name, password: server.admin.password }, skip_setup: true });
  const stamps = Object.fromEntries(STAMPED_FIELDS.map((f) => [f, { at: NOW.toISOString(), by: 'carol' }])) as Stamps;
  for (let start = 0; start < TEAM; start += 1_000) {
    const docs = Array.from({ length: Math.min(1_000, TEAM - start) }, (_, i) => {
      const handle = `creator.${start + i}`;
      const key = `instagram:${handle}`;
      const snapshot = { ...template.snapshot, creator: { ...template.snapshot.creator, handle, profileUrl: `https://www.instagram.com/${handle}/` } };
      const entry: ShortlistEntry = { ...template, key, handle, snapshot, report: template.report ? { ...template.report, key, snapshot } : null };
      return toCreatorDoc({ entry, stamps }, null);
    });
    // Written through PouchDB as the team's admin: nothing here speaks the replication protocol by hand.
    const outcomes = await team.bulkDocs(docs as unknown as Parameters<typeof team.bulkDocs>[0]);
    const failed = outcomes.filter((o) => 'error' in o && o.error);
    if (failed.length) throw new Error(`seeding the team database failed for ${failed.length} documents`);
  }
  await team.close();
}

async function countOf(profile: Profile): Promise<number> {
  return (await profile.shortlist.listSummaries()).summaries.length;
}

/** Until the profile's shortlist holds the whole team's creators; the time from opening the profile. */
async function initialSync(server: CouchServer, user: typeof ALICE): Promise<{ profile: Profile; ms: number }> {
  const start = performance.now();
  const profile = await openProfile(server, user);
  // Listing 10,000 creators is itself work on the same thread: look twice a second, not twenty times.
  for (;;) {
    if ((await countOf(profile)) >= TEAM) return { profile, ms: performance.now() - start };
    if (performance.now() - start > INITIAL_TIMEOUT_MS) throw new Error(`${user.name} did not hold ${TEAM} creators within ${INITIAL_TIMEOUT_MS / 1000} s`);
    await new Promise((r) => setTimeout(r, INITIAL_POLL_MS));
  }
}

/** The floor for the same transfer: PouchDB's own one-off replication of the same documents into an empty memory database. */
async function plainReplication(server: CouchServer): Promise<number> {
  const remote = new LocalPouch(`${server.origin}/${server.dbName}`, { auth: { username: ALICE.name, password: ALICE.password }, skip_setup: true });
  const local = new LocalPouch(`bench-plain-${Date.now()}`);
  const start = performance.now();
  await (local as unknown as { replicate: { from(db: unknown): Promise<unknown> } }).replicate.from(remote);
  const ms = performance.now() - start;
  await local.destroy();
  return ms;
}

export async function benchSync(log: (line: string) => void): Promise<{ figures: Figure[]; details: unknown }> {
  log('sync: starting pouchdb-server');
  const server = await startCouchServer({ users: [ALICE, BOB, { name: 'carol', password: 'carol-pw' }] });
  const open: Profile[] = [];
  try {
    // One real entry, saved through the shortlist and read back, is the template for the team's 10,000.
    const seeder = await openProfile(server, { name: 'carol', password: 'carol-pw' });
    await seeder.shortlist.save(makeReport(makeSnapshot({ handle: 'template.one', profileUrl: 'https://www.instagram.com/template.one/' })), { now: NOW, tag: 'food', note: 'seed' });
    const template = (await seeder.shortlist.get('instagram:template.one'))!;
    await seeder.close();
    log(`sync: seeding ${TEAM.toLocaleString('en')} creators on the server`);
    await seedServer(server, template);

    log('sync: plain replication (baseline)');
    const plainMs = await plainReplication(server);
    log('sync: initial sync of alice');
    const alice = await initialSync(server, ALICE);
    open.push(alice.profile);
    log(`sync: alice in ${(alice.ms / 1000).toFixed(1)} s; initial sync of bob`);
    const bob = await initialSync(server, BOB);
    open.push(bob.profile);

    log('sync: one change at a time, alice → bob');
    const times: number[] = [];
    for (let i = 0; i < CHANGES.warmup + CHANGES.runs; i++) {
      const key = `instagram:creator.${i}`;
      const note = `change ${i}`;
      const start = performance.now();
      await alice.profile.shortlist.bulkUpdate([key], { notes: note }, new Date(NOW.getTime() + (i + 1) * 60_000));
      alice.profile.engine.localChanged();
      await eventually(async () => (await bob.profile.shortlist.get(key))?.notes === note, CHANGE_TIMEOUT_MS, `change ${i} to reach bob`);
      if (i >= CHANGES.warmup) times.push(performance.now() - start);
    }
    // The floor for one change: the same document read back from the server over HTTP.
    const reads: number[] = [];
    for (let i = 0; i < CHANGES.runs; i++) {
      const start = performance.now();
      await server.request('GET', `/${server.dbName}/creator:instagram:creator.${i}`);
      reads.push(performance.now() - start);
    }
    const change = summarize(times)!;
    const read = summarize(reads)!;
    const figures: Figure[] = [
      {
        suite: 'sync',
        name: `sync · initial sync of ${TEAM.toLocaleString('en')} creators into an empty profile (Node, real pouchdb-server)`,
        unit: 'ms',
        goals: [{ on: 'value', max: 30_000 }],
        value: bob.ms,
        baseline: { label: "PouchDB's own one-off replication of the same documents into an empty memory database", value: plainMs },
        ratio: ratioOf(bob.ms, plainMs),
        detail: `open the profile (sync on) → its shortlist lists all ${TEAM.toLocaleString('en')} creators (polled every ${INITIAL_POLL_MS} ms, so up to ${INITIAL_POLL_MS} ms late): replication plus validation and reconciliation into the shortlist in batches of 500. Shortlist on fake-indexeddb, PouchDB in memory (the extension uses IndexedDB for both). The first profile (alice) took ${(alice.ms / 1000).toFixed(1)} s`,
      },
      {
        suite: 'sync',
        name: `sync · one change reaching the other teammate, p95 of ${CHANGES.runs} (Node, real pouchdb-server)`,
        unit: 'ms',
        goals: [{ on: 'value', max: 2_000 }],
        value: change.p95,
        baseline: { label: 'one HTTP GET of the same document from the server', value: read.p95 },
        ratio: ratioOf(change.p95, read.p95),
        detail: `alice changes a creator's note and announces it (as the worker does after each write) → bob's shortlist holds it, polled every 50 ms (so ±50 ms); ${CHANGES.warmup} untimed first; median ${change.median.toFixed(0)} ms, max ${change.max.toFixed(0)} ms; with ${TEAM.toLocaleString('en')} creators on both sides`,
      },
    ];
    return { figures, details: { initialMs: { alice: alice.ms, bob: bob.ms, plain: plainMs }, changeMs: times, readMs: reads } };
  } finally {
    for (const p of open) await p.close().catch(() => undefined);
    await server.close();
  }
}
