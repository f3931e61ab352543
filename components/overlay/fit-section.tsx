import type { FitComponent, VettingReport } from '../../lib/contracts/report';
import { MIN_MEASURED_WEIGHT_SHARE, POSSIBLE_FIT, STRONG_FIT } from '../../lib/scoring/fit';
import { PanelSection } from './figure-list';
import { HowDisclosure } from './how-disclosure';
import { CRITERION_LABEL, HARD_LIMIT_LABEL } from '../../lib/vetting/labels';

const FIT_FORMULA =
  "Only criteria the brief sets and the page shows enough of are scored: they share 100 points by the brief's weights, and the fit score is the sum of their points below. " +
  'A criterion the brief leaves out, or that could not be measured, earns nothing and costs nothing. ' +
  `Strong fit from ${STRONG_FIT}, possible from ${POSSIBLE_FIT}, weak below; any failed hard limit makes it "outside brief" whatever the score; ` +
  `"too little to judge" when engagement is not measured (fewer than 5 posts with likes or comments, popular posts only, no benchmark) or less than ${MIN_MEASURED_WEIGHT_SHARE * 100} % of the brief's weight is measured.`;

const STATUS_TEXT: Record<Exclude<FitComponent['status'], 'measured'>, string> = { 'not-measured': 'not measured', 'not-set': 'not in the brief' };

/** The verdict taken apart (its line heads the panel): the hard limits (they decide it), then each criterion's points, or why it has none. */
export function FitSection({ report }: { report: VettingReport }) {
  const { fit } = report;
  return (
    <PanelSection id="fit" title="Why this verdict" aside={fit.score === null ? 'no score' : `score ${fit.score}/100`}>
      <p className="fit-measured" data-testid="fit-measured">
        {fit.score === null ? 'No score' : <>Score <span data-testid="fit-total">{fit.score}</span>/100</>} over {fit.measured.criteria} of {fit.measured.of} criteria measured
        {fit.verdict === 'outside-brief' && fit.score !== null ? ' — outside the brief whatever the score' : ''}
        {fit.verdict === 'insufficient-evidence' ? ` — too little to judge: ${fit.evidenceGap ?? 'not enough measured'}` : ''}
      </p>
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
          <li key={c.criterion} data-testid="fit-component" data-criterion={c.criterion} data-status={c.status} data-points={c.score} className={c.status === 'measured' ? undefined : 'unmeasured'}>
            {c.status === 'measured' ? (
              <>
                <span className="points">+{c.score}</span>
                <span className="max">/{c.maxPoints}</span>
              </>
            ) : (
              <span className="points-none">{STATUS_TEXT[c.status]}</span>
            )}{' '}
            <span className="criterion">{CRITERION_LABEL[c.criterion]}</span> <span className="reason">{c.reason}</span>
          </li>
        ))}
      </ul>
      <HowDisclosure what="the fit verdict" formula={FIT_FORMULA} />
    </PanelSection>
  );
}
