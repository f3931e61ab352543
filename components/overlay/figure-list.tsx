import { useId, useState, type ReactNode } from 'react';

/** One labelled figure: the value, then its "how?" disclosure if it has one. Rendered inside a <dl>. */
export function Figure({ label, value, how, testId }: { label: string; value: ReactNode; how?: ReactNode; testId?: string }) {
  return (
    <div className="figure" data-testid={testId}>
      <dt>{label}</dt>
      <dd>
        <span className="value">{value}</span>
        {how}
      </dd>
    </div>
  );
}

export function FigureList({ children }: { children: ReactNode }) {
  return <dl className="figures">{children}</dl>;
}

export interface PanelSectionProps {
  id: string;
  title: string;
  /** What the section holds, in a few words, beside its heading while it is closed. */
  aside?: ReactNode;
  children?: ReactNode;
  /** Drawn only once the section is opened (charts: chart.js loads when someone asks to see one). */
  later?: () => ReactNode;
}

/**
 * A section of the panel, closed under its heading until asked for: the verdict and the four key
 * figures stay above the fold, the detail is one click away. The heading holds the toggle button
 * (the disclosure pattern), so screen readers still list the sections by heading.
 */
export function PanelSection({ id, title, aside, children, later }: PanelSectionProps) {
  const [open, setOpen] = useState(false);
  const bodyId = useId();
  const headingId = `section-${id}`;
  return (
    <section className="panel-section" aria-labelledby={headingId} data-testid={`section-${id}`} data-open={open}>
      <h2 className="section-head">
        <button type="button" id={headingId} className="section-toggle" aria-expanded={open} aria-controls={bodyId} onClick={() => setOpen((was) => !was)} data-testid={`toggle-${id}`}>
          <span className="chevron" aria-hidden="true">
            {open ? '▾' : '▸'}
          </span>
          {title}
        </button>
        {aside !== undefined && <span className="aside">{aside}</span>}
      </h2>
      <div id={bodyId} className="section-body" hidden={!open}>
        {children}
        {open && later?.()}
      </div>
    </section>
  );
}
