import type { ReactNode } from 'react';

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

/** A section of the panel, named by its heading. */
export function PanelSection({ id, title, children, aside }: { id: string; title: string; children: ReactNode; aside?: ReactNode }) {
  const headingId = `section-${id}`;
  return (
    <section className="panel-section" aria-labelledby={headingId} data-testid={`section-${id}`}>
      <h3 id={headingId}>
        {title}
        {aside}
      </h3>
      {children}
    </section>
  );
}
