import type { z } from '../contracts/zod-mini';
import type { RowProblem } from '../contracts/shortlist-store';
import { SnapshotSchema, type Snapshot } from '../contracts/creator';
import { VettingReportSchema } from '../contracts/report';
import {
  SHORTLIST_CAPS,
  SHORTLIST_ENTRY_FIELDS,
  ShortlistEntrySchema,
  TagSchema,
  shortlistKey,
  type ShortlistEntry,
  type ShortlistStatus,
} from '../contracts/shortlist-entry';
import { asObject } from '../parse/json-path';

/** What the user edits, salvaged field by field from a stored row whatever state the rest is in. */
export interface UserFields {
  status: ShortlistStatus;
  tags: string[];
  notes: string;
  briefId: string | null;
  promoCode: string | null;
  trackingLink: string | null;
  firstSavedAt: string | null;
}

function valid<T>(schema: z.ZodMiniType<T>, value: unknown): T | undefined {
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

function pick<T>(name: string, schema: z.ZodMiniType<T>, value: unknown, fallback: T, repaired: string[]): T {
  const parsed = valid(schema, value);
  if (parsed !== undefined) return parsed;
  repaired.push(name);
  return fallback;
}

/**
 * The user's own fields from a stored row. A missing or broken field gets its default and its name
 * in `repaired`; tags are kept one by one, so one bad tag does not cost the others.
 */
export function salvageUserFields(row: Record<string, unknown>): { fields: UserFields; repaired: string[] } {
  const repaired: string[] = [];
  const F = SHORTLIST_ENTRY_FIELDS;
  let tags: string[];
  if (Array.isArray(row.tags)) {
    tags = row.tags.flatMap((t) => valid(TagSchema, t) ?? []).slice(0, SHORTLIST_CAPS.tags);
    if (tags.length !== row.tags.length) repaired.push('tags');
  } else {
    tags = [];
    repaired.push('tags');
  }
  const fields: UserFields = {
    status: pick('status', F.status, row.status, 'shortlisted', repaired),
    tags,
    notes: pick('notes', F.notes, row.notes, '', repaired),
    briefId: pick('briefId', F.briefId, row.briefId, null, repaired),
    promoCode: pick('promoCode', F.promoCode, row.promoCode, null, repaired),
    trackingLink: pick('trackingLink', F.trackingLink, row.trackingLink, null, repaired),
    firstSavedAt: valid(F.firstSavedAt, row.firstSavedAt) ?? null,
  };
  return { fields, repaired };
}

export type RepairResult = { entry: ShortlistEntry; problem: RowProblem | null } | { entry: null; problem: RowProblem };

function keyOf(row: unknown): string {
  const key = asObject(row)?.key;
  return typeof key === 'string' ? key.slice(0, 200) : '(no key)';
}

/**
 * Read a stored creator row: as is when it passes the schema; else field by field, defaults for
 * what the user edits (missing tags → [], bad status → shortlisted) and the snapshot taken from
 * the report when it is missing. A row without a readable snapshot anywhere is skipped, with the
 * reason. Nothing is written back: the stored row stays as it was, so no read ever loses data.
 */
export function repairEntry(row: unknown): RepairResult {
  const direct = ShortlistEntrySchema.safeParse(row);
  if (direct.success) return { entry: direct.data, problem: null };
  const key = keyOf(row);
  const record = asObject(row);
  if (!record) return { entry: null, problem: { key, action: 'skipped', reason: 'not an object' } };

  const repaired: string[] = [];
  const report = valid(VettingReportSchema, record.report) ?? null;
  if (record.report !== null && report === null) repaired.push('report');
  const snapshot: Snapshot | undefined = valid(SnapshotSchema, record.snapshot) ?? valid(SnapshotSchema, report?.snapshot);
  if (!snapshot) return { entry: null, problem: { key, action: 'skipped', reason: 'no readable snapshot or report' } };
  if (!valid(SnapshotSchema, record.snapshot)) repaired.push('snapshot');

  const { platform, handle, displayName, capturedAt } = snapshot.creator;
  const expectedKey = shortlistKey(platform, handle);
  if (record.key !== expectedKey) return { entry: null, problem: { key, action: 'skipped', reason: `key does not match its snapshot (${expectedKey})` } };
  if (record.platform !== platform) repaired.push('platform');
  if (record.handle !== handle) repaired.push('handle');
  const storedName = valid(SHORTLIST_ENTRY_FIELDS.displayName, record.displayName);
  if (storedName === undefined) repaired.push('displayName');

  const user = salvageUserFields(record);
  repaired.push(...user.repaired);
  const updatedAt = valid(SHORTLIST_ENTRY_FIELDS.updatedAt, record.updatedAt);
  if (updatedAt === undefined) repaired.push('updatedAt');
  if (user.fields.firstSavedAt === null) repaired.push('firstSavedAt');
  const imported = valid(SHORTLIST_ENTRY_FIELDS.imported, record.imported);
  if (imported === undefined) repaired.push('imported');

  const candidate = {
    key: expectedKey,
    platform,
    handle,
    displayName: storedName ?? displayName,
    snapshot,
    report,
    imported: imported ?? null,
    ...user.fields,
    firstSavedAt: user.fields.firstSavedAt ?? updatedAt ?? capturedAt,
    updatedAt: updatedAt ?? user.fields.firstSavedAt ?? capturedAt,
  };
  const checked = ShortlistEntrySchema.safeParse(candidate);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    return { entry: null, problem: { key, action: 'skipped', reason: `${issue?.path.join('.') || 'row'}: ${issue?.message ?? 'invalid'}` } };
  }
  return { entry: checked.data, problem: { key, action: 'repaired', reason: `defaults used for ${[...new Set(repaired)].join(', ')}` } };
}
