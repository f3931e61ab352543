import { FIT_SUMMARY_MAX } from '../contracts/caps';
import type { FitVerdict } from '../contracts/report';

/** The verdict's words, wherever it is shown (badge, popup, dashboard, CSV's fit_summary). */
export const VERDICT_WORDS: Readonly<Record<FitVerdict, string>> = {
  strong: 'Strong fit',
  possible: 'Possible fit',
  weak: 'Weak fit',
  'outside-brief': 'Outside brief',
  'insufficient-evidence': 'Too little to judge',
};

export interface FitSummaryInput {
  verdict: FitVerdict;
  score: number | null;
  /** In the order they were checked; the first one is the headline. */
  hardFails: ReadonlyArray<{ summary: string }>;
  evidenceGap: string | null;
}

function cap(text: string, max: number = FIT_SUMMARY_MAX): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/**
 * The verdict in one line of at most 60 characters, reason first where the number would mislead:
 * "Outside brief · 1.1M followers > 100k" (the failing limit, not the score), "Too little to judge ·
 * engagement from 1 post", "Strong fit · 82".
 */
export function fitSummary(input: FitSummaryInput): string {
  const words = VERDICT_WORDS[input.verdict];
  if (input.verdict === 'outside-brief') {
    const [first, ...rest] = input.hardFails;
    if (!first) return words;
    const more = rest.length > 0 ? ` (+${rest.length} more)` : '';
    // Keep the "(+n more)" whole: cut the limit's words instead.
    const head = `${words} · ${first.summary}`;
    return `${cap(head, FIT_SUMMARY_MAX - more.length)}${more}`;
  }
  if (input.verdict === 'insufficient-evidence') return cap(input.evidenceGap ? `${words} · ${input.evidenceGap}` : words);
  return input.score === null ? words : `${words} · ${input.score}`;
}
