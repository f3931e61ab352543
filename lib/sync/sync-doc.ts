import { z } from '../contracts/zod-mini';
import { CampaignBriefSchema } from '../contracts/brief';

/**
 * What Vetted keeps in the team's CouchDB: one document per shortlisted creator and one per brief,
 * nothing else (no follower history, no browsing evidence of creators not on the shortlist).
 * Documents are checked with these schemas where they arrive, like any other input.
 */

/** The fields whose concurrent edits are resolved one by one (see resolve-creator.ts). */
export const STAMPED_FIELDS = ['status', 'notes', 'promoCode', 'trackingLink', 'briefId', 'tags', 'report'] as const;
export type StampedField = (typeof STAMPED_FIELDS)[number];

/** When a field was last changed and by which CouchDB user (null: before sync, or unknown). */
export const FieldStampSchema = z.object({
  at: z.iso.datetime({ offset: true }),
  by: z.nullable(z.string().check(z.maxLength(200))),
});
export type FieldStamp = z.infer<typeof FieldStampSchema>;

export const StampsSchema = z.object(Object.fromEntries(STAMPED_FIELDS.map((f) => [f, FieldStampSchema])) as Record<StampedField, typeof FieldStampSchema>);
export type Stamps = z.infer<typeof StampsSchema>;

const CREATOR_PREFIX = 'creator:';
const BRIEF_PREFIX = 'brief:';

export const creatorDocId = (key: string): string => `${CREATOR_PREFIX}${key}`;
export const briefDocId = (id: string): string => `${BRIEF_PREFIX}${id}`;

export function keyOfDocId(id: string): { kind: 'creator' | 'brief'; key: string } | null {
  if (id.startsWith(CREATOR_PREFIX) && id.length > CREATOR_PREFIX.length) return { kind: 'creator', key: id.slice(CREATOR_PREFIX.length) };
  if (id.startsWith(BRIEF_PREFIX) && id.length > BRIEF_PREFIX.length) return { kind: 'brief', key: id.slice(BRIEF_PREFIX.length) };
  return null;
}

/**
 * A creator's document. `entry` is the shortlist entry as stored locally (report without the
 * snapshot it shares with the entry); the receiver expands and checks it with the entry schema.
 */
export const CreatorDocSchema = z.object({
  _id: z.string().check(z.startsWith(CREATOR_PREFIX), z.maxLength(220)),
  _rev: z.optional(z.string()),
  kind: z.literal('creator'),
  entry: z.record(z.string(), z.unknown()),
  stamps: StampsSchema,
});
export type CreatorDoc = z.infer<typeof CreatorDocSchema>;

export const BriefDocSchema = z.object({
  _id: z.string().check(z.startsWith(BRIEF_PREFIX), z.maxLength(80)),
  _rev: z.optional(z.string()),
  kind: z.literal('brief'),
  brief: CampaignBriefSchema,
  /** Who saved this version of the brief last. */
  by: z.nullable(z.string().check(z.maxLength(200))),
});
export type BriefDoc = z.infer<typeof BriefDocSchema>;
