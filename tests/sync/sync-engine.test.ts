// @vitest-environment node
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { makeBrief, makeReport, makeSnapshot, NOW } from '../lib/shortlist/factory';
import { startCouchServer, type CouchServer } from './couch-server';
import { eventually, openProfile, teamUrl, type Profile } from './profiles';

const ALICE = { name: 'alice', password: 'alice-pw' };
const BOB = { name: 'bob', password: 'bob-pw' };

let server: CouchServer;
const open: Profile[] = [];

beforeAll(async () => {
  server = await startCouchServer({ users: [ALICE, BOB] });
}, 90_000);
afterAll(async () => {
  await server?.close();
});
afterEach(async () => {
  for (const p of open.splice(0)) await p.close();
});

async function profile(user: typeof ALICE, options: { url?: string } = {}): Promise<Profile> {
  const p = await openProfile(server, user, options);
  open.push(p);
  return p;
}

function report(handle: string) {
  return makeReport(makeSnapshot({ handle, profileUrl: `https://www.instagram.com/${handle}/` }));
}

const at = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);

describe('team sync through a real CouchDB-protocol server (pouchdb-server)', () => {
  it('a creator saved by one teammate reaches the other, and a removal follows', async () => {
    const [a, b] = [await profile(ALICE), await profile(BOB)];
    await a.shortlist.save(report('first.one'), { now: at(1), tag: 'food', note: 'found by alice' });
    a.engine.localChanged();
    const got = await eventually(() => b.shortlist.get('instagram:first.one'), 5_000, 'the save to reach B');
    expect(got).toMatchObject({ tags: ['food'], notes: 'found by alice', updatedAt: at(1).toISOString() });
    expect(await b.engine.statusStamp('instagram:first.one')).toEqual({ at: at(1).toISOString(), by: 'alice' });

    await b.shortlist.remove('instagram:first.one');
    b.engine.localChanged();
    await eventually(async () => (await a.shortlist.get('instagram:first.one')) === null, 5_000, 'the removal to reach A');
  });

  it('concurrent edits of one creator while the server is down keep both changes on both sides', async () => {
    const [a, b] = [await profile(ALICE), await profile(BOB)];
    await a.shortlist.save(report('both.edit'), { now: at(1) });
    a.engine.localChanged();
    await eventually(() => b.shortlist.get('instagram:both.edit'), 5_000, 'the save to reach B');
    await Promise.all([a.engine.idle(), b.engine.idle()]);

    await server.stop();
    try {
      await a.shortlist.update('instagram:both.edit', { status: 'contacted' }, at(5));
      await b.shortlist.update('instagram:both.edit', { addTags: ['summer'], notes: 'asked for rates' }, at(6));
      a.engine.localChanged();
      b.engine.localChanged();
      await Promise.all([a.engine.idle(), b.engine.idle()]);
    } finally {
      await server.start();
    }
    for (const [name, p] of [['A', a], ['B', b]] as const) {
      await eventually(
        async () => {
          const e = await p.shortlist.get('instagram:both.edit');
          return e?.status === 'contacted' && e.tags.includes('summer') && e.notes === 'asked for rates';
        },
        20_000,
        `both edits in ${name}`,
      );
    }
    expect(await b.engine.statusStamp('instagram:both.edit')).toEqual({ at: at(5).toISOString(), by: 'alice' });
    // No unresolved conflict is left behind on the server, once both sides have sent their resolution.
    await eventually(
      async () => {
        const doc = await server.request('GET', `/${server.dbName}/creator:instagram:both.edit?conflicts=true`);
        return (doc.json as { _conflicts?: unknown })._conflicts === undefined;
      },
      10_000,
      'the conflict resolved on the server',
    );
  }, 90_000);

  it('briefs travel too, and the newest version of a brief wins', async () => {
    const [a, b] = [await profile(ALICE), await profile(BOB)];
    const brief = { ...makeBrief({ id: 'spring', name: 'Spring' }), updatedAt: at(1).toISOString() };
    await a.shortlist.briefs.put(brief);
    a.engine.localChanged();
    await eventually(async () => (await b.shortlist.briefs.list()).briefs.find((x) => x.id === 'spring'), 5_000, 'the brief to reach B');
    await b.shortlist.briefs.put({ ...brief, name: 'Spring launch', updatedAt: at(2).toISOString() });
    b.engine.localChanged();
    await eventually(async () => (await a.shortlist.briefs.list()).briefs.find((x) => x.name === 'Spring launch'), 5_000, 'the edit to reach A');
  });

  it('a wrong password is an error state, and nothing local is lost', async () => {
    const wrong = await profile({ name: 'alice', password: 'not-it' });
    await wrong.shortlist.save(report('kept.here'), { now: at(1) });
    wrong.engine.localChanged();
    const status = await eventually(async () => wrong.statuses.find((s) => s.state === 'error'), 5_000, 'an error state');
    expect(status.reason).toBe('Wrong user name or password.');
    await wrong.engine.idle();
    expect(await wrong.shortlist.get('instagram:kept.here')).not.toBeNull();
  });

  it('a missing database and a refused permission say so', async () => {
    const missing = await profile(ALICE, { url: teamUrl(server, 'no-such-db') });
    expect((await eventually(async () => missing.statuses.find((s) => s.state === 'error'), 5_000, () => `an error state, saw ${JSON.stringify(missing.statuses)}`)).reason).toMatch(/^Database missing/);
    await server.request('PUT', '/other-team');
    await server.request('PUT', '/other-team/_security', { admins: { names: [], roles: [] }, members: { names: ['carol'], roles: [] } });
    const refused = await profile(ALICE, { url: teamUrl(server, 'other-team') });
    expect((await eventually(async () => refused.statuses.find((s) => s.state === 'error'), 5_000, 'an error state')).reason).toMatch(/^Permission refused/);
  });
});
