import { z } from 'zod';
import { CAPS } from './caps';
import { hiddenCharacterProblem } from './hidden-text';
import { CreatorSchema, PlatformSchema, SnapshotSchema } from './creator';
import { VettingReportSchema } from './report';

export const SHORTLIST_STATUSES = ['shortlisted', 'contacted', 'negotiating', 'signed', 'declined'] as const;
export const ShortlistStatusSchema = z.enum(SHORTLIST_STATUSES);
export type ShortlistStatus = z.infer<typeof ShortlistStatusSchema>;

export const SHORTLIST_CAPS = {
  tag: 40,
  tags: 20,
  notes: 5_000,
  promoCode: 32,
  briefId: 64,
} as const;

const IsoDateSchema = z.iso.datetime({ offset: true });

/**
 * A tag as the user typed it. No `;`: the CSV joins lists with "; " and must split them back; no
 * control characters (C0, DEL, C1) or bidi overrides, which would hide or reorder text in the table
 * or a spreadsheet cell (see hidden-text.ts).
 */
// eslint-disable-next-line no-control-regex
export const TAG_PATTERN = /^[^;\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]+$/;
export const TagSchema = z.string().min(1).max(SHORTLIST_CAPS.tag).regex(TAG_PATTERN, 'a tag cannot contain ";" or control characters');

const UrlSchema = z
  .string()
  .max(CAPS.url)
  .refine((s) => /^https?:\/\//i.test(s), 'an http(s) URL');

const Figure = z.number().finite().min(0).nullable();
const Label = z.string().max(200).nullable();

/**
 * The report figures the shortlist shows and exports, flattened. For a creator saved from the
 * overlay they are read from the report each time; for a creator that came from a spreadsheet
 * (no report yet) they are stored as imported, so an export → import → export round-trips.
 * `fitSummary` came with report version 2: figures stored before it read as null.
 */
const ReportFiguresObject = z.object({
  tier: Label,
  engagementRate: Figure,
  engagementRateBasis: Label,
  postsPerWeek: Figure,
  daysSinceLastPost: Figure,
  sponsoredShare: Figure,
  authenticityScore: Figure,
  fitScore: Figure,
  fitVerdict: Label,
  /** The verdict line (report.fit.summary), at most 60 characters from a report. */
  fitSummary: Label,
  briefName: Label,
  priceLow: Figure,
  priceHigh: Figure,
});
export const ReportFiguresSchema = z.preprocess(
  (value) => (value !== null && typeof value === 'object' && !Array.isArray(value) && !('fitSummary' in value) ? { ...value, fitSummary: null } : value),
  ReportFiguresObject,
);
export type ReportFigures = z.infer<typeof ReportFiguresObject>;

/** `platform:handle`, the creators store's key. */
export function shortlistKey(platform: string, handle: string): string {
  return `${platform}:${handle}`;
}

const ShortlistEntryObject = z.object({
  key: z.string().min(3).max(200),
  platform: PlatformSchema,
  handle: CreatorSchema.shape.handle,
  displayName: z.string().max(CAPS.displayName),
  /** The latest reading of the profile. For an imported row, a minimal one built from the sheet. */
  snapshot: SnapshotSchema,
  /** The latest report; null for a creator imported from a spreadsheet and not vetted since. */
  report: VettingReportSchema.nullable(),
  /** Figures that came from a spreadsheet; null once a report exists (the report is the source then). */
  imported: ReportFiguresSchema.nullable(),
  status: ShortlistStatusSchema,
  tags: z.array(TagSchema).max(SHORTLIST_CAPS.tags),
  notes: z.string().max(SHORTLIST_CAPS.notes),
  briefId: z.string().min(1).max(SHORTLIST_CAPS.briefId).nullable(),
  promoCode: z.string().min(1).max(SHORTLIST_CAPS.promoCode).nullable(),
  trackingLink: UrlSchema.nullable(),
  firstSavedAt: IsoDateSchema,
  updatedAt: IsoDateSchema,
});

/** Each field's own schema, so that a stored row can be checked and repaired field by field. */
export const SHORTLIST_ENTRY_FIELDS = ShortlistEntryObject.shape;

/** One saved creator, as stored in the `creators` object store (db version 2 onwards). */
export const ShortlistEntrySchema = ShortlistEntryObject.refine((e) => e.key === shortlistKey(e.platform, e.handle), {
  message: 'key must be "platform:handle"',
  path: ['key'],
});
export type ShortlistEntry = z.infer<typeof ShortlistEntrySchema>;

/** What the user edits in the shortlist table; one patch applies to one or many entries. */
export const EntryPatchSchema = z
  .object({
    status: ShortlistStatusSchema,
    tags: z.array(TagSchema).max(SHORTLIST_CAPS.tags),
    addTags: z.array(TagSchema).max(SHORTLIST_CAPS.tags),
    removeTags: z.array(z.string().max(SHORTLIST_CAPS.tag)).max(SHORTLIST_CAPS.tags),
    notes: SHORTLIST_ENTRY_FIELDS.notes.refine((s) => hiddenCharacterProblem(s) === null, 'notes cannot contain invisible control characters'),
    briefId: SHORTLIST_ENTRY_FIELDS.briefId,
    promoCode: SHORTLIST_ENTRY_FIELDS.promoCode.refine((s) => s === null || hiddenCharacterProblem(s, true) === null, 'a promo code cannot contain invisible control characters'),
    trackingLink: SHORTLIST_ENTRY_FIELDS.trackingLink,
  })
  .partial();
export type EntryPatch = z.infer<typeof EntryPatchSchema>;

/**
 * One creator's edit from a page (popup, dashboard): changes only — add or remove a tag, set the
 * note text, the status… — never a whole tag list, so that a tag added from another page since
 * this one loaded survives. Sent with the `updatedAt` the page showed (see Shortlist.edit).
 */
export const EntryChangeSchema = EntryPatchSchema.omit({ tags: true }).strict();
export type EntryChange = z.infer<typeof EntryChangeSchema>;

/**
 * One follower reading of a saved creator, for the growth chart and the growth signals. `at` is
 * ISO 8601 UTC. Without a follower count there is nothing to chart, so `followers` is required;
 * the point is then a FollowerReading as lib/vetting/vet.ts takes it.
 */
export const StoredReadingSchema = z.object({
  key: z.string().min(3).max(200),
  at: IsoDateSchema,
  followers: z.number().int().min(0).max(CAPS.count),
  following: z.number().int().min(0).max(CAPS.count).nullable(),
  postsCount: z.number().int().min(0).max(CAPS.count).nullable(),
});
export type StoredReading = z.infer<typeof StoredReadingSchema>;

/**
 * What a creator's row in the table, the popup list and the CSV needs, and nothing else: the
 * profile facts the CSV exports, the report figures, and what the user edits (notes in full: the
 * table edits them in place and the CSV exports them). ~0.5 KB instead of the entry's ~16 KB, so
 * that listing 10,000 creators reads and checks ~5 MB, not 160 MB. Stored in the `summaries`
 * object store (db version 3 onwards), rewritten in the same transaction as its creator's row.
 */
export const SummaryProfileSchema = CreatorSchema.pick({
  profileUrl: true,
  followers: true,
  following: true,
  postsCount: true,
  totalLikes: true,
  verified: true,
  emails: true,
  links: true,
  category: true,
});
export type SummaryProfile = z.infer<typeof SummaryProfileSchema>;

const ShortlistSummaryObject = ShortlistEntryObject.pick({
  key: true,
  platform: true,
  handle: true,
  displayName: true,
  status: true,
  tags: true,
  notes: true,
  briefId: true,
  promoCode: true,
  trackingLink: true,
  firstSavedAt: true,
  updatedAt: true,
}).extend({
  profile: SummaryProfileSchema,
  /** From the report, or as imported for a creator that came from a spreadsheet (figuresOf). */
  figures: ReportFiguresSchema,
  /** Why the stored row needed defaults when it was read (as list() reports it); null for a sound row. */
  repairs: z.string().max(500).nullable(),
});

export const ShortlistSummarySchema = ShortlistSummaryObject.refine((s) => s.key === shortlistKey(s.platform, s.handle), {
  message: 'key must be "platform:handle"',
  path: ['key'],
});
export type ShortlistSummary = z.infer<typeof ShortlistSummarySchema>;
