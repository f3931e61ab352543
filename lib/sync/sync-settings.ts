import { z } from '../contracts/zod-mini';

/**
 * CouchDB database names: a lowercase letter first, then lowercase letters, digits and _$()+-
 * (CouchDB also allows "/", which would need escaping in the URL; Vetted does not offer it).
 */
const DB_NAME = /^[a-z][a-z0-9_$()+-]{0,237}$/;

export interface ServerUrl {
  /** `https://host[:port]/db`, normalised: no trailing slash, no credentials, no query. */
  url: string;
  /** What optional_host_permissions grants: this one host, any port, https only. */
  originPattern: string;
  dbName: string;
}

export type ServerUrlResult = { ok: true; value: ServerUrl } | { ok: false; reason: string };

/**
 * The team database's address, as the user pastes it. https only, in real use and in the tests
 * alike: the password travels in every request, so plain http is refused even for a server on this
 * machine (the tests put a TLS front with a certificate made at test time before pouchdb-server).
 */
export function parseServerUrl(input: string): ServerUrlResult {
  const text = input.trim();
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, reason: 'Enter the database address, like https://couch.example.com/shortlist.' };
  }
  if (url.protocol !== 'https:') return { ok: false, reason: 'The address must start with https:// (the password is sent with every request).' };
  if (url.username || url.password) return { ok: false, reason: 'Put the user name and password in their own fields, not in the address.' };
  if (url.search || url.hash) return { ok: false, reason: 'The address cannot have a query (?…) or a fragment (#…).' };
  const segments = url.pathname.split('/').filter((s) => s.length > 0);
  if (segments.length !== 1) return { ok: false, reason: 'The address must end with the database name: https://host/dbname.' };
  const dbName = decodeURIComponent(segments[0]!);
  if (!DB_NAME.test(dbName)) return { ok: false, reason: `"${dbName.slice(0, 60)}" is not a CouchDB database name (lowercase letters, digits and _$()+- , starting with a letter).` };
  return { ok: true, value: { url: `${url.origin}/${dbName}`, originPattern: `https://${url.hostname}/*`, dbName } };
}

/** What the dashboard's Team sync form stores, in storage.local only, never in a backup or export. */
export const SyncSettingsSchema = z.object({
  url: z.string().check(z.maxLength(2000), z.refine((u) => parseServerUrl(u).ok, 'an https://host/dbname address')),
  user: z.string().check(z.minLength(1), z.maxLength(200)),
  password: z.string().check(z.minLength(1), z.maxLength(1000)),
});
export type SyncSettings = z.infer<typeof SyncSettingsSchema>;

export const SYNC_STATES = ['off', 'syncing', 'up-to-date', 'offline', 'error'] as const;
export type SyncState = (typeof SYNC_STATES)[number];

/** What the background says it is doing; the dashboard and the popup show it. */
export const SyncStatusSchema = z.object({
  state: z.enum(SYNC_STATES),
  /** For 'error' and 'offline': the server's reason, in words ("Wrong user name or password."). */
  reason: z.nullable(z.string().check(z.maxLength(300))),
  /** The last time both directions were up to date, ISO 8601. */
  lastSyncAt: z.nullable(z.iso.datetime({ offset: true })),
  /** The database the status is about, so that a status left from another server is not shown as this one's. */
  url: z.nullable(z.string().check(z.maxLength(2000))),
});
export type SyncStatus = z.infer<typeof SyncStatusSchema>;

export const SYNC_OFF: SyncStatus = { state: 'off', reason: null, lastSyncAt: null, url: null };

/** The storage.local keys. */
export const SYNC_SETTINGS_KEY = 'teamSyncSettings';
export const SYNC_STATUS_KEY = 'teamSyncStatus';
/** The local PouchDB database that mirrors the shortlist while team sync is on. */
export const LOCAL_SYNC_DB = 'vetted-team-sync';
