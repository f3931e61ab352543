import type { ShortlistPort, SummaryListResult } from '../contracts/shortlist-store';

/** Same creators in the same order, none edited since: nothing on screen would change. */
export function sameListing(a: SummaryListResult, b: SummaryListResult): boolean {
  if (a.summaries.length !== b.summaries.length || a.problems.length !== b.problems.length) return false;
  return a.summaries.every((s, i) => s.key === b.summaries[i]?.key && s.updatedAt === b.summaries[i]?.updatedAt);
}

/**
 * A page's first listing: the quick one (summaries only) goes on screen at once, then the complete
 * one (checked against the creators' keys, see listSummaries) replaces it only if it differs, which
 * happens when a creator was written without its summary and has just been given one.
 */
export async function listInTwoSteps(
  shortlist: Pick<ShortlistPort, 'listSummaries'>,
  show: (result: SummaryListResult) => void,
  onFirstShown: () => void = () => undefined,
): Promise<void> {
  const quick = await shortlist.listSummaries({ complete: false });
  show(quick);
  onFirstShown();
  // A task later, so React renders the quick listing before the second read's results land.
  await new Promise((resolve) => setTimeout(resolve, 0));
  const complete = await shortlist.listSummaries();
  if (!sameListing(quick, complete)) show(complete);
}
