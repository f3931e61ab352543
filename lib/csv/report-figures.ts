import type { ReportFigures, ShortlistEntry } from '../contracts/shortlist-entry';
import type { FitVerdict } from '../contracts/report';
import { at } from '../parse/json-path';
import { fitSummary, VERDICT_WORDS } from '../scoring/fit-summary';

export const EMPTY_FIGURES: ReportFigures = {
  tier: null,
  engagementRate: null,
  engagementRateBasis: null,
  postsPerWeek: null,
  daysSinceLastPost: null,
  sponsoredShare: null,
  authenticityScore: null,
  fitScore: null,
  fitVerdict: null,
  fitSummary: null,
  briefName: null,
  priceLow: null,
  priceHigh: null,
};

// Figures are non-negative by meaning: a negative one is a bug upstream, shown as unknown.
function figure(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : null;
}

function label(value: unknown): string | null {
  return typeof value === 'string' && value.length > 0 ? value.slice(0, 200) : null;
}

/**
 * The figures a report holds, read by path and type-checked one by one: the report contract is
 * owned by the vetting code and may add or move fields; a missing one is null, never a crash.
 */
export function figuresFromReport(report: unknown): ReportFigures {
  const metrics = at(report, 'metrics');
  return {
    tier: label(at(metrics, 'tier')),
    engagementRate: figure(at(metrics, 'engagementRate')),
    engagementRateBasis: label(at(metrics, 'engagementRateBasis')),
    postsPerWeek: figure(at(metrics, 'cadence', 'postsPerWeek')),
    // metrics.daysSinceLastPost is known from a single dated post, cadence's needs two.
    daysSinceLastPost: figure(at(metrics, 'daysSinceLastPost')) ?? figure(at(metrics, 'cadence', 'daysSinceLastPost')),
    sponsoredShare: figure(at(metrics, 'sponsoredShare')),
    authenticityScore: figure(at(report, 'authenticity', 'score')),
    fitScore: figure(at(report, 'fit', 'score')),
    fitVerdict: label(at(report, 'fit', 'verdict')),
    fitSummary: label(at(report, 'fit', 'summary')),
    briefName: label(at(report, 'briefName')),
    priceLow: figure(at(report, 'price', 'low')),
    priceHigh: figure(at(report, 'price', 'high')),
  };
}

const KNOWN_VERDICTS: ReadonlySet<string> = new Set(Object.keys(VERDICT_WORDS));

/**
 * The verdict line of a row: the report's, or the imported one; for figures that have a verdict
 * but no line (imported from an older export, or a version 1 report) the line is made from the
 * verdict and score, as the report would word it without its reason.
 */
export function fitSummaryOf(figures: Pick<ReportFigures, 'fitSummary' | 'fitVerdict' | 'fitScore'>): string | null {
  if (figures.fitSummary !== null) return figures.fitSummary;
  const verdict = figures.fitVerdict;
  if (verdict === null || !KNOWN_VERDICTS.has(verdict)) return null;
  return fitSummary({ verdict: verdict as FitVerdict, score: figures.fitScore === null ? null : Math.round(figures.fitScore), hardFails: [], evidenceGap: null });
}

/** What the table and the CSV show for an entry: from its report, else what was imported with it. */
export function figuresOf(entry: Pick<ShortlistEntry, 'report' | 'imported'>): ReportFigures {
  if (entry.report) return figuresFromReport(entry.report);
  return entry.imported ?? EMPTY_FIGURES;
}
