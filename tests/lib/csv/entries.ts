/** The small known list behind tests/lib/csv/golden.csv (written by hand from these values). */
import type { ShortlistEntry } from '../../../lib/contracts/shortlist-entry';
import { makeCreator, makeReport, makeSnapshot } from '../shortlist/factory';

export function anaEntry(): ShortlistEntry {
  const report = makeReport(makeSnapshot());
  return {
    key: 'instagram:ana.cocina',
    platform: 'instagram',
    handle: 'ana.cocina',
    displayName: 'Ana Cocina',
    snapshot: report.snapshot,
    report,
    imported: null,
    status: 'contacted',
    tags: ['food', 'spain'],
    notes: 'Asked for rates, "urgent"\nCall back Monday',
    briefId: 'summer-26',
    promoCode: 'ANACOCINA15',
    trackingLink: 'https://shop.example.com/glow?ref=ig&utm_source=instagram&utm_medium=influencer&utm_campaign=summer-glow-2026&utm_content=ana.cocina',
    // Stored with an offset; the CSV writes every date in UTC.
    firstSavedAt: '2026-01-10T09:31:00+01:00',
    updatedAt: '2026-03-05T14:00:00.000Z',
  };
}

export function daniEntry(): ShortlistEntry {
  const creator = makeCreator({
    platform: 'tiktok',
    handle: 'dani.runs',
    displayName: '=HYPERLINK("http://evil.example","x")',
    profileUrl: 'https://www.tiktok.com/@dani.runs',
    followers: 9_870,
    following: 120,
    postsCount: 310,
    totalLikes: 402_000,
    verified: null,
    bio: '',
    emails: [],
    links: [],
    category: null,
    provenance: {},
    capturedAt: '2026-02-01T00:00:00.000Z',
  });
  return {
    key: 'tiktok:dani.runs',
    platform: 'tiktok',
    handle: 'dani.runs',
    displayName: creator.displayName,
    snapshot: { creator, posts: [], sources: ['import:csv'] },
    report: null,
    imported: {
      tier: 'nano',
      engagementRate: 0.081,
      engagementRateBasis: 'views',
      postsPerWeek: null,
      daysSinceLastPost: null,
      sponsoredShare: 0,
      authenticityScore: null,
      fitScore: null,
      fitVerdict: null,
      fitSummary: null,
      briefName: null,
      priceLow: 40,
      priceHigh: 95,
    },
    status: 'shortlisted',
    tags: ['-minus', 'run'],
    notes: '@mention me',
    briefId: null,
    promoCode: null,
    trackingLink: null,
    firstSavedAt: '2026-02-01T00:00:00.000Z',
    updatedAt: '2026-02-01T00:00:00.000Z',
  };
}

export function maryamEntry(): ShortlistEntry {
  const snapshot = makeSnapshot({
    platform: 'youtube',
    handle: 'maryam.art',
    displayName: 'مريم 🎨',
    profileUrl: 'https://www.youtube.com/@maryam.art',
    followers: 1_500_000,
    following: null,
    postsCount: 88,
    verified: true,
    emails: [],
    links: ['https://maryam.example/shop', 'https://patreon.com/maryam'],
    category: null,
  });
  const report = makeReport(snapshot, {
    tier: null,
    engagementRate: 0,
    engagementRateBasis: 'views',
    postsPerWeek: 0.5,
    daysSinceLastPost: 12,
    sponsoredShare: null,
    authenticityScore: 91,
    fitScore: 40,
    fitVerdict: 'outside-brief',
    fitSummary: 'Outside brief · 1.5M followers > 100k',
    briefId: 'summer-26',
    briefName: 'Summer Glow 2026',
    priceLow: null,
    priceHigh: null,
  });
  return {
    key: 'youtube:maryam.art',
    platform: 'youtube',
    handle: 'maryam.art',
    displayName: 'مريم 🎨',
    snapshot,
    report,
    imported: null,
    status: 'declined',
    tags: [],
    notes: '',
    briefId: null,
    promoCode: null,
    trackingLink: null,
    firstSavedAt: '2026-03-01T10:00:00.000Z',
    updatedAt: '2026-03-04T10:00:00.000Z',
  };
}

export function goldenEntries(): ShortlistEntry[] {
  return [anaEntry(), daniEntry(), maryamEntry()];
}
