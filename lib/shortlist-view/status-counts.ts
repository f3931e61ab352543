import { SHORTLIST_STATUSES, type ShortlistStatus } from '../contracts/shortlist-entry';

/** How many creators are at each status, every status present (0 included). */
export function countByStatus(entries: ReadonlyArray<{ status: ShortlistStatus }>): Record<ShortlistStatus, number> {
  const counts = Object.fromEntries(SHORTLIST_STATUSES.map((s) => [s, 0])) as Record<ShortlistStatus, number>;
  for (const e of entries) counts[e.status] += 1;
  return counts;
}

export const STATUS_LABELS: Record<ShortlistStatus, string> = {
  shortlisted: 'Shortlisted',
  contacted: 'Contacted',
  negotiating: 'Negotiating',
  signed: 'Signed',
  declined: 'Declined',
};
