import { useId } from 'react';
import type { VettingReport } from '../../lib/contracts/report';
import type { BriefChoice } from './overlay-model';

/** Which brief the score is against, and a switcher: choosing another re-scores this creator. */
export function BriefSection({ report, briefs }: { report: VettingReport; briefs: BriefChoice }) {
  const id = useId();
  const options = briefs.options.some((o) => o.id === report.briefId) ? briefs.options : [{ id: report.briefId, name: report.briefName }, ...briefs.options];
  return (
    <div className="brief-picker" data-testid="brief-picker">
      <label htmlFor={id}>Scored against</label>
      <select id={id} value={report.briefId} disabled={briefs.switching} onChange={(event) => briefs.onSwitch(event.target.value)}>
        {options.map((option) => (
          <option key={option.id} value={option.id}>
            {option.name}
          </option>
        ))}
      </select>
      {briefs.switching && (
        <span className="muted" role="status">
          Re-scoring…
        </span>
      )}
      {briefs.error && (
        <p className="error" role="alert">
          {briefs.error}
        </p>
      )}
    </div>
  );
}
