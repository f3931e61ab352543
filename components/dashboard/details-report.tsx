import type { VettingReport } from '../../lib/contracts/report';
import { formatDate, formatUsdRange } from '../../lib/format/format';
import { CRITERION_LABEL, LEVEL_LABEL, SIGNAL_LABEL } from '../../lib/vetting/labels';
import { httpUrl } from '../shared/http-url';

const STATUS_TEXT = { 'not-measured': 'not measured', 'not-set': 'not in the brief' } as const;

/**
 * The saved report behind a creator's row, as the overlay showed it when it was saved: why the
 * verdict, every authenticity check, the price and the posts the engagement came from.
 */
export function DetailsReport({ report }: { report: VettingReport }) {
  const { fit, authenticity, price, metrics } = report;
  const used = new Set(metrics.engagement.postIds);
  const posts = report.snapshot.posts.filter((p) => used.has(p.id));
  return (
    <div className="details-report" data-testid="details-report">
      <section aria-label="Why this verdict">
        <h3>Why this verdict</h3>
        <p>
          {fit.summary} <span className="muted">· against {report.briefName} · read {formatDate(report.snapshot.creator.capturedAt)}</span>
        </p>
        <ul className="details-list">
          {fit.components.map((c) => (
            <li key={c.criterion}>
              <strong>{CRITERION_LABEL[c.criterion]}</strong> {c.status === 'measured' ? `${c.score}/${c.maxPoints}` : STATUS_TEXT[c.status]} <span className="muted">— {c.reason}</span>
            </li>
          ))}
        </ul>
      </section>
      <section aria-label="Authenticity">
        <h3>Authenticity {authenticity.score}/100</h3>
        <ul className="details-list">
          {authenticity.signals.map((s) => (
            <li key={s.id}>
              <strong>
                {LEVEL_LABEL[s.level]} · {SIGNAL_LABEL[s.id]}
              </strong>{' '}
              <span className="muted">— {s.message}</span>
            </li>
          ))}
        </ul>
      </section>
      <section aria-label="Price per post">
        <h3>Price per post</h3>
        <p>
          {price.low === null || price.high === null ? <span className="muted">{price.reason ?? 'not estimated'}</span> : formatUsdRange(price.low, price.high)}{' '}
          <span className="muted">— {price.formula}</span>
        </p>
      </section>
      <section aria-label="Posts used">
        <h3>
          Engagement from {posts.length} of {metrics.eligiblePostIds.length} eligible posts
        </h3>
        {posts.length ? (
          <ul className="details-list">
            {posts.map((p) => {
              const href = httpUrl(p.url);
              const label = `${p.publishedAt ? formatDate(p.publishedAt) : 'undated'} · ${p.likes ?? '–'} likes · ${p.comments ?? '–'} comments${p.views !== null ? ` · ${p.views} views` : ''}`;
              return (
                <li key={p.id}>
                  {href ? (
                    <a href={href} target="_blank" rel="noopener noreferrer">
                      {label}
                    </a>
                  ) : (
                    label
                  )}
                </li>
              );
            })}
          </ul>
        ) : (
          <p className="muted">{metrics.reasons.engagementRate ?? 'no post showed likes, comments or shares'}</p>
        )}
      </section>
    </div>
  );
}
