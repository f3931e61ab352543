import type { VettingReport } from '../../lib/contracts/report';
import { AUTHENTICITY_METHOD } from '../../lib/metrics/authenticity';
import { PanelSection } from './figure-list';
import { HowDisclosure } from './how-disclosure';
import { LEVEL_LABEL, SIGNAL_LABEL } from '../../lib/vetting/labels';

/** The authenticity score and every signal behind it, each with its level and what it found. */
export function AuthenticitySection({ report }: { report: VettingReport }) {
  const { authenticity } = report;
  const { counts } = authenticity;
  return (
    <PanelSection
      id="authenticity"
      title="Authenticity"
      aside={
        <span className="aside">
          <span data-testid="authenticity-score">{authenticity.score}</span>/100 <HowDisclosure what="the authenticity score" formula={AUTHENTICITY_METHOD} />
        </span>
      }
    >
      <p className="muted">
        {counts.ok} OK · {counts.warn} warnings · {counts.risk} risks · {counts.unknown} not checked
      </p>
      <ul className="signals">
        {authenticity.signals.map((signal) => (
          <li key={signal.id} data-testid="signal" data-signal={signal.id} data-level={signal.level}>
            <span className={`level level--${signal.level}`}>{LEVEL_LABEL[signal.level]}</span> <strong>{SIGNAL_LABEL[signal.id]}</strong>
            <span className="reason">{signal.message}</span>
          </li>
        ))}
      </ul>
    </PanelSection>
  );
}
