import { SHORTLIST_CAPS, type ShortlistEntry } from '../contracts/shortlist-entry';
import { canonicalJson } from './canonical-json';
import { STAMPED_FIELDS, type FieldStamp, type StampedField, type Stamps } from './sync-doc';

/** An entry with, for each field a teammate can change, when and by whom it was last changed. */
export interface StampedEntry {
  entry: ShortlistEntry;
  stamps: Stamps;
}

/** What a re-vet replaces together: they must come from the same reading. */
const REPORT_FIELDS = ['report', 'snapshot', 'displayName', 'imported'] as const;
type ScalarField = Exclude<StampedField, 'tags' | 'report'>;
const SCALAR_FIELDS: readonly ScalarField[] = ['status', 'notes', 'promoCode', 'trackingLink', 'briefId'];

function valueOf(entry: ShortlistEntry, field: StampedField): unknown {
  if (field === 'report') return REPORT_FIELDS.map((f) => entry[f]);
  return entry[field];
}

function instant(iso: string): number {
  return Date.parse(iso);
}

/**
 * Order of two versions of one field: the newer stamp wins; at the same instant the user name, and
 * then the value itself, decide, so that every replica picks the same one whatever order the
 * conflicting revisions arrive in.
 */
function compareField(a: StampedEntry, b: StampedEntry, field: StampedField): number {
  const sa = a.stamps[field];
  const sb = b.stamps[field];
  const byTime = instant(sa.at) - instant(sb.at);
  if (byTime !== 0) return byTime;
  const byUser = (sa.by ?? '').localeCompare(sb.by ?? '');
  if (byUser !== 0) return byUser;
  const va = canonicalJson(valueOf(a.entry, field));
  const vb = canonicalJson(valueOf(b.entry, field));
  return va < vb ? -1 : va > vb ? 1 : 0;
}

function newest(versions: readonly StampedEntry[], field: StampedField): StampedEntry {
  return versions.reduce((best, v) => (compareField(v, best, field) > 0 ? v : best));
}

function laterStamp(a: FieldStamp, b: FieldStamp): FieldStamp {
  const byTime = instant(a.at) - instant(b.at);
  if (byTime !== 0) return byTime > 0 ? a : b;
  return (a.by ?? '').localeCompare(b.by ?? '') >= 0 ? a : b;
}

/**
 * Tags merged as a set (case-insensitive, as the shortlist compares them), in alphabetical order so
 * that the result does not depend on which revision came first. Above the cap of 20 the
 * alphabetically last ones cannot be kept; every other tag any teammate added survives.
 */
function mergedTags(versions: readonly StampedEntry[]): string[] {
  const byLower = new Map<string, string>();
  for (const v of versions) {
    for (const tag of v.entry.tags) {
      const lower = tag.toLowerCase();
      const seen = byLower.get(lower);
      // The same tag typed in two cases: keep one spelling, the same on every replica.
      if (seen === undefined || tag < seen) byLower.set(lower, tag);
    }
  }
  return [...byLower.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, tag]) => tag)
    .slice(0, SHORTLIST_CAPS.tags);
}

function earliest(a: string, b: string): string {
  return instant(b) < instant(a) ? b : a;
}

function latest(a: string, b: string): string {
  return instant(b) > instant(a) ? b : a;
}

/**
 * The one entry that the conflicting revisions of a creator resolve to, the same on every replica:
 * per field the newest change wins (status, notes, promo code, tracking link, brief), tags are
 * merged as a set, the newest report wins with the snapshot and name read with it. Commutative,
 * associative and idempotent, so replicas that resolve in different orders still converge.
 */
export function resolveCreator(versions: readonly StampedEntry[]): StampedEntry {
  const [first, ...rest] = versions;
  if (!first) throw new Error('resolveCreator needs at least one version');
  if (rest.length === 0) return first;
  const entry: ShortlistEntry = { ...first.entry };
  const stamps = { ...first.stamps };
  const write = entry as Record<string, unknown>;
  for (const field of SCALAR_FIELDS) {
    const winner = newest(versions, field);
    write[field] = winner.entry[field];
    stamps[field] = winner.stamps[field];
  }
  const reportWinner = newest(versions, 'report');
  for (const field of REPORT_FIELDS) write[field] = reportWinner.entry[field];
  stamps.report = reportWinner.stamps.report;
  entry.tags = mergedTags(versions);
  stamps.tags = versions.map((v) => v.stamps.tags).reduce(laterStamp);
  entry.firstSavedAt = versions.map((v) => v.entry.firstSavedAt).reduce(earliest);
  entry.updatedAt = versions.map((v) => v.entry.updatedAt).reduce(latest);
  return { entry, stamps };
}

function sameValue(a: ShortlistEntry, b: ShortlistEntry, field: StampedField): boolean {
  return canonicalJson(valueOf(a, field)) === canonicalJson(valueOf(b, field));
}

/**
 * Stamps for a local version of an entry: each field that differs from the version last synced is
 * stamped with the entry's updatedAt and this user. A stamp never goes back in time (a clock behind
 * a teammate's still orders this change after the one it replaced).
 */
export function stampLocalChange(previous: StampedEntry | null, entry: ShortlistEntry, user: string | null): Stamps {
  const at = instant(entry.updatedAt);
  const stamp = (prior: FieldStamp | null): FieldStamp => ({
    at: new Date(prior && instant(prior.at) >= at ? instant(prior.at) + 1 : at).toISOString(),
    by: user,
  });
  const stamps = {} as Stamps;
  for (const field of STAMPED_FIELDS) {
    if (previous === null) stamps[field] = stamp(null);
    else stamps[field] = sameValue(previous.entry, entry, field) ? previous.stamps[field] : stamp(previous.stamps[field]);
  }
  return stamps;
}
