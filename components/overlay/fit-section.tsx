import type { VettingReport } from '../../lib/contracts/report';
import { POSSIBLE_FIT, STRONG_FIT } from '../../lib/scoring/fit';
import { PanelSection } from './figure-list';
import { HowDisclosure } from './how-disclosure';
import { CRITERION_LABEL, HARD_LIMIT_LABEL, VERDICT_LABEL } from './labels';

const FIT_FORMULA =
  "Each criterion earns up to its share of 100 points (the brief's weights scaled to 100); the fit score is the sum of the points below. " +
  `Strong fit from ${STRONG_FIT}, possible from ${POSSIBLE_FIT}, weak below; any failed hard limit makes it "outside brief" whatever the score.`;

/** The fit score taken apart: hard limits first (they decide the verdict), then each criterion's points and why. */
export function FitSection({ report }: { report: VettingReport }) {
  const { fit } = report;
  return (
    <PanelSection
      id="fit"
      title="Fit"
      aside={
        <span className="aside">
          <span data-testid="fit-total">{fit.score}</span>/100 · {VERDICT_LABEL[fit.verdict]} <HowDisclosure what="the fit score" formula={FIT_FORMULA} />
        </span>
      }
    >
      {fit.hardFails.length > 0 && (
        <ul className="hard-fails" aria-label="Outside the brief" data-testid="hard-fails">
          {fit.hardFails.map((fail) => (
            <li key={fail.criterion} data-criterion={fail.criterion}>
              <span aria-hidden="true">✕ </span>
              <strong>{HARD_LIMIT_LABEL[fail.criterion]}:</strong> {fail.reason}
            </li>
          ))}
        </ul>
      )}
      <ul className="fit-components">
        {fit.components.map((c) => (
          <li key={c.criterion} data-testid="fit-component" data-criterion={c.criterion} data-points={c.score}>
            <span className="points">+{c.score}</span>
            <span className="max">/{c.maxPoints}</span> <span className="criterion">{CRITERION_LABEL[c.criterion]}</span>{' '}
            <span className="reason">{c.reason}</span>
          </li>
        ))}
      </ul>
    </PanelSection>
  );
}
