import { z } from './zod-mini';
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
export const TagSchema = z.string().check(z.minLength(1), z.maxLength(SHORTLIST_CAPS.tag), z.regex(TAG_PATTERN, 'a tag cannot contain ";" or control characters'));

const UrlSchema = z.string().check(z.maxLength(CAPS.url), z.refine((s) => /^https?:\/\//i.test(s), 'an http(s) URL'));

const Figure = z.nullable(z.number().check(z.minimum(0)));
const Label = z.nullable(z.string().check(z.maxLength(200)));

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
export const ReportFiguresSchema = z.pipe(
  z.transform((value: unknown) => (value !== null && typeof value === 'object' && !Array.isArray(value) && !('fitSummary' in value) ? { ...value, fitSummary: null } : value)),
  ReportFiguresObject,
);
export type ReportFigures = z.infer<typeof ReportFiguresObject>;

/** `platform:handle`, the creators store's key. */
export function shortlistKey(platform: string, handle: string): string {
  return `${platform}:${handle}`;
}

const ShortlistEntryObject = z.object({
  key: z.string().check(z.minLength(3), z.maxLength(200)),
  platform: PlatformSchema,
  handle: CreatorSchema.shape.handle,
  displayName: z.string().check(z.maxLength(CAPS.displayName)),
  /** The latest reading of the profile. For an imported row, a minimal one built from the sheet. */
  snapshot: SnapshotSchema,
  /** The latest report; null for a creator imported from a spreadsheet and not vetted since. */
  report: z.nullable(VettingReportSchema),
  /** Figures that came from a spreadsheet; null once a report exists (the report is the source then). */
  imported: z.nullable(ReportFiguresSchema),
  status: ShortlistStatusSchema,
  tags: z.array(TagSchema).check(z.maxLength(SHORTLIST_CAPS.tags)),
  notes: z.string().check(z.maxLength(SHORTLIST_CAPS.notes)),
  briefId: z.nullable(z.string().check(z.minLength(1), z.maxLength(SHORTLIST_CAPS.briefId))),
  promoCode: z.nullable(z.string().check(z.minLength(1), z.maxLength(SHORTLIST_CAPS.promoCode))),
  trackingLink: z.nullable(UrlSchema),
  firstSavedAt: IsoDateSchema,
  updatedAt: IsoDateSchema,
});

/** Each field's own schema, so that a stored row can be checked and repaired field by field. */
export const SHORTLIST_ENTRY_FIELDS = ShortlistEntryObject.shape;

/** One saved creator, as stored in the `creators` object store (db version 2 onwards). */
export const ShortlistEntrySchema = ShortlistEntryObject.check(z.refine((e) => e.key === shortlistKey(e.platform, e.handle), {
  message: 'key must be "platform:handle"',
  path: ['key'],
}));
export type ShortlistEntry = z.infer<typeof ShortlistEntrySchema>;

/** What the user edits in the shortlist table; one patch applies to one or many entries. */
export const EntryPatchSchema = z.partial(
  z.object({
    status: ShortlistStatusSchema,
    tags: z.array(TagSchema).check(z.maxLength(SHORTLIST_CAPS.tags)),
    addTags: z.array(TagSchema).check(z.maxLength(SHORTLIST_CAPS.tags)),
    removeTags: z.array(z.string().check(z.maxLength(SHORTLIST_CAPS.tag))).check(z.maxLength(SHORTLIST_CAPS.tags)),
    notes: SHORTLIST_ENTRY_FIELDS.notes.check(z.refine((s) => hiddenCharacterProblem(s) === null, 'notes cannot contain invisible control characters')),
    briefId: SHORTLIST_ENTRY_FIELDS.briefId,
    promoCode: SHORTLIST_ENTRY_FIELDS.promoCode.check(
      z.refine((s) => s === null || hiddenCharacterProblem(s, true) === null, 'a promo code cannot contain invisible control characters'),
    ),
    trackingLink: SHORTLIST_ENTRY_FIELDS.trackingLink,
  }),
);
export type EntryPatch = z.infer<typeof EntryPatchSchema>;

/**
 * One creator's edit from a page (popup, dashboard): changes only — add or remove a tag, set the
 * note text, the status… — never a whole tag list, so that a tag added from another page since
 * this one loaded survives. Sent with the `updatedAt` the page showed (see Shortlist.edit).
 */
export const EntryChangeSchema = z.strictObject(z.omit(EntryPatchSchema, { tags: true }).shape);
export type EntryChange = z.infer<typeof EntryChangeSchema>;

/**
 * One follower reading of a saved creator, for the growth chart and the growth signals. `at` is
 * ISO 8601 UTC. Without a follower count there is nothing to chart, so `followers` is required;
 * the point is then a FollowerReading as lib/vetting/vet.ts takes it.
 */
export const StoredReadingSchema = z.object({
  key: z.string().check(z.minLength(3), z.maxLength(200)),
  at: IsoDateSchema,
  followers: z.number().check(z.int(), z.minimum(0), z.maximum(CAPS.count)),
  following: z.nullable(z.number().check(z.int(), z.minimum(0), z.maximum(CAPS.count))),
  postsCount: z.nullable(z.number().check(z.int(), z.minimum(0), z.maximum(CAPS.count))),
});
export type StoredReading = z.infer<typeof StoredReadingSchema>;

/**
 * What a creator's row in the table, the popup list and the CSV needs, and nothing else: the
 * profile facts the CSV exports, the report figures, and what the user edits (notes in full: the
 * table edits them in place and the CSV exports them). ~0.5 KB instead of the entry's ~16 KB, so
 * that listing 10,000 creators reads and checks ~5 MB, not 160 MB. Stored in the `summaries`
 * object store (db version 3 onwards), rewritten in the same transaction as its creator's row.
 */
export const SummaryProfileSchema = z.pick(CreatorSchema, {
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

const ShortlistSummaryObject = z.extend(
  z.pick(ShortlistEntryObject, {
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
  }),
  {
  profile: SummaryProfileSchema,
  /** From the report, or as imported for a creator that came from a spreadsheet (figuresOf). */
  figures: ReportFiguresSchema,
  /** Why the stored row needed defaults when it was read (as list() reports it); null for a sound row. */
  repairs: z.nullable(z.string().check(z.maxLength(500))),
  },
);

export const ShortlistSummarySchema = ShortlistSummaryObject.check(z.refine((s) => s.key === shortlistKey(s.platform, s.handle), {
  message: 'key must be "platform:handle"',
  path: ['key'],
}));
export type ShortlistSummary = z.infer<typeof ShortlistSummarySchema>;
