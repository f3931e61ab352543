import { z } from 'zod';
import { CAPS } from './caps';
import { CREATOR_COUNTS, DATE_PRECISIONS, PLATFORMS, POST_COUNTS, POST_KINDS, POST_ORDERS } from './vocabulary';

export { CREATOR_COUNTS, DATE_PRECISIONS, PLATFORMS, POST_COUNTS, POST_KINDS, POST_ORDERS };

export const PlatformSchema = z.enum(PLATFORMS);
export type Platform = z.infer<typeof PlatformSchema>;

/** A count read from a page: a non-negative integer within CAPS.count, or null when unknown (never 0 for unknown). */
export const CountSchema = z.number().int().min(0).max(CAPS.count).nullable();

/** Where a value was read: JSON embedded in the page, a meta tag / JSON-LD, the rendered DOM, or a captured API response. */
export const SourceKindSchema = z.enum(['json', 'meta', 'dom', 'capture']);
export type SourceKind = z.infer<typeof SourceKindSchema>;

export const ProvenanceSchema = z.object({
  source: SourceKindSchema,
  /** false when the page only showed a rounded form ("1.1M", TikTok's `stats`). */
  exact: z.boolean(),
  /** The path or selector that produced the value, for the "where did this come from" view. */
  via: z.string().max(200),
});
export type Provenance = z.infer<typeof ProvenanceSchema>;

export type CreatorCount = (typeof CREATOR_COUNTS)[number];

const HandleSchema = z
  .string()
  .min(1)
  .max(CAPS.handle)
  .regex(/^[a-z0-9._-]+$/, 'handle: lower-case letters, digits, dot, underscore or hyphen, no @');

const UrlSchema = z
  .string()
  .max(CAPS.url)
  .refine((s) => /^https?:\/\//i.test(s), 'an http(s) URL');

export const CreatorSchema = z.object({
  platform: PlatformSchema,
  handle: HandleSchema,
  displayName: z.string().max(CAPS.displayName),
  profileUrl: UrlSchema,
  followers: CountSchema,
  following: CountSchema,
  postsCount: CountSchema,
  /** TikTok's total hearts; null elsewhere. */
  totalLikes: CountSchema,
  verified: z.boolean().nullable(),
  bio: z.string().max(CAPS.bio),
  emails: z.array(z.string().max(254)).max(CAPS.listItems),
  links: z.array(UrlSchema).max(CAPS.listItems),
  category: z.string().max(CAPS.category).nullable(),
  /** Where each known count came from and whether it is exact. A count that is null has no entry. */
  provenance: z.partialRecord(z.enum(CREATOR_COUNTS), ProvenanceSchema),
  /** ISO 8601 date the account was created, where the page shows it. */
  joinedAt: z.iso.datetime({ offset: true }).nullable(),
  capturedAt: z.iso.datetime({ offset: true }),
});
export type Creator = z.infer<typeof CreatorSchema>;

export const DatePrecisionSchema = z.enum(DATE_PRECISIONS);
export type DatePrecision = z.infer<typeof DatePrecisionSchema>;

export type PostCount = (typeof POST_COUNTS)[number];

export const PostSchema = z.object({
  id: z.string().min(1).max(CAPS.id),
  url: UrlSchema.nullable(),
  publishedAt: z.iso.datetime({ offset: true }).nullable(),
  /** 'exact' for a timestamp; coarser when the page said "3 days ago". Null when publishedAt is null. */
  publishedAtPrecision: DatePrecisionSchema.nullable(),
  likes: CountSchema,
  comments: CountSchema,
  views: CountSchema,
  shares: CountSchema,
  saves: CountSchema,
  /** Counts that the page only showed rounded ("6.4m views"). */
  rounded: z.array(z.enum(POST_COUNTS)).max(POST_COUNTS.length),
  kind: z.enum(POST_KINDS),
  pinned: z.boolean(),
  sponsored: z.boolean(),
  caption: z.string().max(CAPS.caption),
});
export type Post = z.infer<typeof PostSchema>;

/** What one reading of a page (or a merge of several) gives: the creator and the posts seen. */
export const SnapshotSchema = z.object({
  creator: CreatorSchema,
  posts: z.array(PostSchema).max(CAPS.posts),
  /** Human-readable list of the sources used, e.g. "json:__UNIVERSAL_DATA_FOR_REHYDRATION__". */
  sources: z.array(z.string().max(200)).max(50),
  /**
   * 'popular' when the page lists a selection of posts rather than the latest in order; absent
   * means 'latest' (snapshots stored before this field existed were all read as latest).
   */
  postOrder: z.enum(POST_ORDERS).optional(),
});
export type PostOrder = (typeof POST_ORDERS)[number];
export type Snapshot = z.infer<typeof SnapshotSchema>;
