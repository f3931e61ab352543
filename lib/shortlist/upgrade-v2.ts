import { at, asObject, asString } from '../parse/json-path';

/**
 * Version 1 stored `{key, report, savedAt, updatedAt}` per creator. Version 2 adds what the user
 * edits (status, tags, notes, brief, promo code, tracking link) and lifts platform, handle, display
 * name and snapshot out of the report, so that indexes and the table need no report.
 *
 * Every field of the old row is kept (savedAt under its new name firstSavedAt); fields that cannot
 * be derived are left out rather than invented, and the reader repairs or reports them. A row that
 * is not even an object is returned as is: the upgrade must never be where data disappears.
 */
export function creatorRowV1ToV2(row: unknown): unknown {
  const old = asObject(row);
  if (!old) return row;
  const { savedAt, ...rest } = old;
  const snapshot = at(old, 'report', 'snapshot');
  const creator = at(snapshot, 'creator');
  const key = asString(old.key) ?? '';
  const colon = key.indexOf(':');
  const derived: Record<string, unknown> = {
    platform: asString(at(creator, 'platform')) ?? (colon > 0 ? key.slice(0, colon) : undefined),
    handle: asString(at(creator, 'handle')) ?? (colon > 0 ? key.slice(colon + 1) : undefined),
    displayName: asString(at(creator, 'displayName')),
    snapshot,
    firstSavedAt: savedAt ?? old.updatedAt,
  };
  for (const name of Object.keys(derived)) if (derived[name] === undefined) delete derived[name];
  return {
    status: 'shortlisted',
    tags: [],
    notes: '',
    briefId: null,
    promoCode: null,
    trackingLink: null,
    imported: null,
    ...derived,
    ...rest,
  };
}

/** The follower reading a v1 row already holds, so the growth chart starts at the first save, not at the upgrade. */
export function historySeedFromV1Row(row: unknown): { key: string; at: string; followers: number; following: number | null; postsCount: number | null } | null {
  const key = asString(at(row, 'key'));
  const creator = at(row, 'report', 'snapshot', 'creator');
  const followers = at(creator, 'followers');
  const capturedAt = asString(at(creator, 'capturedAt'));
  if (!key || typeof followers !== 'number' || !capturedAt || Number.isNaN(Date.parse(capturedAt))) return null;
  const count = (value: unknown) => (typeof value === 'number' ? value : null);
  return {
    key,
    at: new Date(capturedAt).toISOString(),
    followers,
    following: count(at(creator, 'following')),
    postsCount: count(at(creator, 'postsCount')),
  };
}
