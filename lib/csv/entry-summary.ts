import type { ShortlistEntry, ShortlistSummary } from '../contracts/shortlist-entry';
import { figuresOf } from './report-figures';

/**
 * The summary of a checked entry. `repairs` is the reason repairEntry gave when the entry had to be
 * repaired from its stored row, so that listing summaries warns about damaged rows like list() does.
 */
export function summarizeEntry(entry: ShortlistEntry, repairs: string | null = null): ShortlistSummary {
  const c = entry.snapshot.creator;
  return {
    key: entry.key,
    platform: entry.platform,
    handle: entry.handle,
    displayName: entry.displayName,
    profile: {
      profileUrl: c.profileUrl,
      followers: c.followers,
      following: c.following,
      postsCount: c.postsCount,
      totalLikes: c.totalLikes,
      verified: c.verified,
      emails: c.emails,
      links: c.links,
      category: c.category,
    },
    figures: figuresOf(entry),
    status: entry.status,
    tags: entry.tags,
    notes: entry.notes,
    briefId: entry.briefId,
    promoCode: entry.promoCode,
    trackingLink: entry.trackingLink,
    firstSavedAt: entry.firstSavedAt,
    updatedAt: entry.updatedAt,
    repairs,
  };
}
