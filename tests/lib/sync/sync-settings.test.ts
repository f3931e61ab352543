import { describe, expect, it } from 'vitest';
import { troubleOf, troubleOfInfo } from '../../../lib/sync/server-reason';
import { parseServerUrl, SyncSettingsSchema } from '../../../lib/sync/sync-settings';

describe('parseServerUrl', () => {
  it('takes https://host[:port]/db and asks for that one host', () => {
    expect(parseServerUrl(' https://couch.example.com:6984/team-shortlist/ ')).toEqual({
      ok: true,
      value: { url: 'https://couch.example.com:6984/team-shortlist', originPattern: 'https://couch.example.com/*', dbName: 'team-shortlist' },
    });
  });

  it.each([
    ['http://127.0.0.1:5984/team', /https:\/\//],
    ['http://couch.example.com/team', /https:\/\//],
    ['https://alice:pw@couch.example.com/team', /own fields/],
    ['https://couch.example.com/', /database name/],
    ['https://couch.example.com/a/b', /database name/],
    ['https://couch.example.com/Team', /not a CouchDB database name/],
    ['https://couch.example.com/team?x=1', /query/],
    ['couch.example.com/team', /Enter the database address/],
  ])('refuses %s with a reason', (input, reason) => {
    const result = parseServerUrl(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });

  it('is what the stored settings are checked with', () => {
    expect(SyncSettingsSchema.safeParse({ url: 'http://couch.example.com/team', user: 'a', password: 'b' }).success).toBe(false);
    expect(SyncSettingsSchema.safeParse({ url: 'https://couch.example.com/team', user: 'a', password: 'b' }).success).toBe(true);
  });
});

describe('troubleOf', () => {
  it('says what the server meant', () => {
    expect(troubleOf({ status: 401, reason: 'Name or password is incorrect.' })).toEqual({ state: 'error', reason: 'Wrong user name or password.' });
    expect(troubleOf({ status: 401, reason: 'You are not authorized to access this db.' }).reason).toMatch(/^Permission refused/);
    expect(troubleOf({ status: 403 }).reason).toMatch(/^Permission refused/);
    expect(troubleOf({ status: 404 }).reason).toMatch(/^Database missing/);
    expect(troubleOf({ status: 503 }).state).toBe('offline');
    expect(troubleOf(new TypeError('Failed to fetch'))).toEqual({ state: 'offline', reason: 'Cannot reach the server; retrying.' });
    expect(troubleOfInfo({ error: 'not_found', reason: 'no_db_file' })?.reason).toMatch(/^Database missing/);
    expect(troubleOfInfo({ db_name: 'team', doc_count: 3 })).toBeNull();
  });
});
