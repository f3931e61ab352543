import fc from 'fast-check';
import { SHORTLIST_STATUSES, ShortlistEntrySchema, type ShortlistEntry } from '../../../lib/contracts/shortlist-entry';
import { DEFAULT_BRIEF } from '../../../lib/scoring/default-brief';
import { vet } from '../../../lib/vetting/vet';
import { isoArb, snapshotArb } from '../vetting/arbitraries';

const textArb = fc.oneof(fc.string({ maxLength: 60 }), fc.constantFrom('=SUM(A1)', '+1', '-minus', '@x', 'a "quoted", value\r\nnext', 'نص عربي 🎉'));
const figureArb = fc.option(fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 100_000 })), { nil: null });
const labelArb = fc.option(fc.string({ minLength: 1, maxLength: 40 }), { nil: null });

/** Any entry the store can hold: vetted from a snapshot, or imported with figures, with any user fields. */
export const entryArb: fc.Arbitrary<ShortlistEntry> = fc
  .record({
    snapshot: snapshotArb,
    vetted: fc.boolean(),
    figures: fc.record({
      tier: labelArb,
      engagementRate: figureArb,
      engagementRateBasis: labelArb,
      postsPerWeek: figureArb,
      daysSinceLastPost: figureArb,
      sponsoredShare: figureArb,
      authenticityScore: figureArb,
      fitScore: figureArb,
      fitVerdict: labelArb,
      briefName: labelArb,
      priceLow: figureArb,
      priceHigh: figureArb,
    }),
    status: fc.constantFrom(...SHORTLIST_STATUSES),
    tags: fc.uniqueArray(fc.stringMatching(/^[a-z=@+-][a-z0-9 ]{0,10}$/), { maxLength: 4 }),
    notes: textArb,
    displayName: textArb,
    emails: fc.array(fc.emailAddress(), { maxLength: 3 }),
    links: fc.array(fc.webUrl(), { maxLength: 3 }),
    briefId: fc.option(fc.string({ minLength: 1, maxLength: 64 }), { nil: null }),
    trackingLink: fc.option(fc.webUrl({ withQueryParameters: true }), { nil: null }),
    verified: fc.option(fc.boolean(), { nil: null }),
    promoCode: fc.option(fc.stringMatching(/^[A-Z0-9]{1,12}$/), { nil: null }),
    firstSavedAt: isoArb,
    updatedAt: isoArb,
  })
  .map((r) => {
    const snapshot = { ...r.snapshot, creator: { ...r.snapshot.creator, displayName: r.displayName.slice(0, 200), emails: r.emails, links: r.links, verified: r.verified } };
    const { platform, handle } = snapshot.creator;
    const report = r.vetted ? vet({ snapshot, brief: DEFAULT_BRIEF, history: [], now: new Date(snapshot.creator.capturedAt) }) : null;
    return ShortlistEntrySchema.parse({
      key: `${platform}:${handle}`,
      platform,
      handle,
      displayName: snapshot.creator.displayName,
      snapshot,
      report,
      imported: report ? null : r.figures,
      status: r.status,
      tags: r.tags.filter((t) => t.trim() !== '').map((t) => t.trim()),
      notes: r.notes,
      briefId: r.briefId,
      promoCode: r.promoCode,
      trackingLink: r.trackingLink,
      firstSavedAt: r.firstSavedAt,
      updatedAt: r.updatedAt,
    });
  });
