import type { CampaignBrief, VettingReport } from '../contracts/report';
import type { ShortlistEntry } from '../contracts/shortlist-entry';
import { DEFAULT_BRIEF } from '../scoring/default-brief';
import type { ShortlistPort } from '../contracts/shortlist-store';

/**
 * Save a creator from their report, with the brief the report was scored against: it gives the
 * promo code and, from its landing page, the tracking link. The built-in default brief is not
 * stored but is known here (it has no landing page, so: a promo code, no link). A brief deleted
 * since the report was made gives neither.
 */
export async function saveReport(shortlist: Pick<ShortlistPort, 'save' | 'briefs'>, report: VettingReport, now: Date): Promise<ShortlistEntry> {
  const { briefs } = await shortlist.briefs.list();
  const brief: CampaignBrief | null = briefs.find((b) => b.id === report.briefId) ?? (report.briefId === DEFAULT_BRIEF.id ? DEFAULT_BRIEF : null);
  return shortlist.save(report, { now, brief });
}
