import { z } from './zod-mini';
import { CAPS } from './caps';
import { CREATOR_COUNTS, DATE_PRECISIONS, PLATFORMS, POST_COUNTS, POST_KINDS, POST_ORDERS } from './vocabulary';

export { CREATOR_COUNTS, DATE_PRECISIONS, PLATFORMS, POST_COUNTS, POST_KINDS, POST_ORDERS };

export const PlatformSchema = z.enum(PLATFORMS);
export type Platform = z.infer<typeof PlatformSchema>;

/** A count read from a page: a non-negative integer within CAPS.count, or null when unknown (never 0 for unknown). */
export const CountSchema = z.nullable(z.number().check(z.int(), z.minimum(0), z.maximum(CAPS.count)));

/** Where a value was read: JSON embedded in the page, a meta tag / JSON-LD, the rendered DOM, or a captured API response. */
export const SourceKindSchema = z.enum(['json', 'meta', 'dom', 'capture']);
export type SourceKind = z.infer<typeof SourceKindSchema>;

export const ProvenanceSchema = z.object({
  source: SourceKindSchema,
  /** false when the page only showed a rounded form ("1.1M", TikTok's `stats`). */
  exact: z.boolean(),
  /** The path or selector that produced the value, for the "where did this come from" view. */
  via: z.string().check(z.maxLength(200)),
});
export type Provenance = z.infer<typeof ProvenanceSchema>;

export type CreatorCount = (typeof CREATOR_COUNTS)[number];

const HandleSchema = z.string().check(z.minLength(1), z.maxLength(CAPS.handle), z.regex(/^[a-z0-9._-]+$/, 'handle: lower-case letters, digits, dot, underscore or hyphen, no @'));

const UrlSchema = z.string().check(z.maxLength(CAPS.url), z.refine((s) => /^https?:\/\//i.test(s), 'an http(s) URL'));

export const CreatorSchema = z.object({
  platform: PlatformSchema,
  handle: HandleSchema,
  displayName: z.string().check(z.maxLength(CAPS.displayName)),
  profileUrl: UrlSchema,
  followers: CountSchema,
  following: CountSchema,
  postsCount: CountSchema,
  /** TikTok's total hearts; null elsewhere. */
  totalLikes: CountSchema,
  verified: z.nullable(z.boolean()),
  bio: z.string().check(z.maxLength(CAPS.bio)),
  emails: z.array(z.string().check(z.maxLength(254))).check(z.maxLength(CAPS.listItems)),
  links: z.array(UrlSchema).check(z.maxLength(CAPS.listItems)),
  category: z.nullable(z.string().check(z.maxLength(CAPS.category))),
  /** Where each known count came from and whether it is exact. A count that is null has no entry. */
  provenance: z.partialRecord(z.enum(CREATOR_COUNTS), ProvenanceSchema),
  /** ISO 8601 date the account was created, where the page shows it. */
  joinedAt: z.nullable(z.iso.datetime({ offset: true })),
  capturedAt: z.iso.datetime({ offset: true }),
});
export type Creator = z.infer<typeof CreatorSchema>;

export const DatePrecisionSchema = z.enum(DATE_PRECISIONS);
export type DatePrecision = z.infer<typeof DatePrecisionSchema>;

export type PostCount = (typeof POST_COUNTS)[number];

export const PostSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(CAPS.id)),
  url: z.nullable(UrlSchema),
  publishedAt: z.nullable(z.iso.datetime({ offset: true })),
  /** 'exact' for a timestamp; coarser when the page said "3 days ago". Null when publishedAt is null. */
  publishedAtPrecision: z.nullable(DatePrecisionSchema),
  likes: CountSchema,
  comments: CountSchema,
  views: CountSchema,
  shares: CountSchema,
  saves: CountSchema,
  /** Counts that the page only showed rounded ("6.4m views"). */
  rounded: z.array(z.enum(POST_COUNTS)).check(z.maxLength(POST_COUNTS.length)),
  kind: z.enum(POST_KINDS),
  pinned: z.boolean(),
  sponsored: z.boolean(),
  caption: z.string().check(z.maxLength(CAPS.caption)),
});
export type Post = z.infer<typeof PostSchema>;

/** What one reading of a page (or a merge of several) gives: the creator and the posts seen. */
export const SnapshotSchema = z.object({
  creator: CreatorSchema,
  posts: z.array(PostSchema).check(z.maxLength(CAPS.posts)),
  /** Human-readable list of the sources used, e.g. "json:__UNIVERSAL_DATA_FOR_REHYDRATION__". */
  sources: z.array(z.string().check(z.maxLength(200))).check(z.maxLength(50)),
  /**
   * 'popular' when the page lists a selection of posts rather than the latest in order; absent
   * means 'latest' (snapshots stored before this field existed were all read as latest).
   */
  postOrder: z.optional(z.enum(POST_ORDERS)),
});
export type PostOrder = (typeof POST_ORDERS)[number];
export type Snapshot = z.infer<typeof SnapshotSchema>;
