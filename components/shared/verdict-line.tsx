import { FIT_VERDICTS, type FitVerdict } from '../../lib/contracts/report';

const MARK: Record<FitVerdict, string> = { strong: '●', possible: '●', weak: '●', 'outside-brief': '✕', 'insufficient-evidence': '?' };

function isVerdict(value: string | null): value is FitVerdict {
  return value !== null && (FIT_VERDICTS as readonly string[]).includes(value);
}

/**
 * The verdict line as the popup and the dashboard show it ("Outside brief · 1.1M followers > 100k"):
 * a mark in the verdict's colour, then the line in the text colour, so that it reads the same in
 * light and dark and without colour. Unknown verdicts (an imported sheet's own words) show as text.
 */
export function VerdictLine({ verdict, summary, testId }: { verdict: string | null; summary: string | null; testId?: string }) {
  if (summary === null) return <span className="muted">—</span>;
  const known = isVerdict(verdict);
  return (
    <span className={`verdict-line${known ? ` verdict-line--${verdict}` : ''}`} data-testid={testId} data-verdict={verdict ?? ''} title={summary}>
      {known && (
        <span className="verdict-mark" aria-hidden="true">
          {MARK[verdict]}
        </span>
      )}
      <span className="verdict-text">{summary}</span>
    </span>
  );
}
