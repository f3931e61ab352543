import type { VettingReport } from '../../lib/contracts/report';
import { AUTHENTICITY_METHOD } from '../../lib/metrics/authenticity';
import { PanelSection } from './figure-list';
import { HowDisclosure } from './how-disclosure';
import { authenticityFindings } from './key-figures';
import { LEVEL_LABEL, SIGNAL_LABEL } from '../../lib/vetting/labels';

/** A check's message under its level: "Not checked" is said once, by the level, not again by the message. */
export function signalReason(signal: { level: string; message: string }): string {
  if (signal.level !== 'unknown') return signal.message;
  const rest = signal.message.replace(/^Not checked:\s*/, '');
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}

/** The authenticity score and every check behind it, each with what it found. */
export function AuthenticitySection({ report }: { report: VettingReport }) {
  const { authenticity } = report;
  const { counts } = authenticity;
  return (
    <PanelSection id="authenticity" title="Authenticity checks" aside={`${authenticity.score}/100`}>
      <p>
        Score <span data-testid="authenticity-score">{authenticity.score}</span>/100: {authenticityFindings(counts)}
        {counts.unknown > 0 ? `, ${counts.unknown} not checked` : ''}. <HowDisclosure what="the authenticity score" formula={AUTHENTICITY_METHOD} />
      </p>
      <ul className="signals">
        {authenticity.signals.map((signal) => (
          <li key={signal.id} data-testid="signal" data-signal={signal.id} data-level={signal.level}>
            <span className={`level level--${signal.level}`}>{LEVEL_LABEL[signal.level]}</span> <strong>{SIGNAL_LABEL[signal.id]}</strong>
            <span className="reason">{signalReason(signal)}</span>
          </li>
        ))}
      </ul>
    </PanelSection>
  );
}
