import type { FieldStamp } from '../../lib/sync/sync-doc';
import { useEffect, useId, useRef, useState } from 'react';
import type { ShortlistStatus, ShortlistSummary } from '../../lib/contracts/shortlist-entry';
import { fitSummaryOf } from '../../lib/csv/report-figures';
import { formatTagInput } from '../../lib/shortlist-view/tag-input';
import { PROMO_CODE_MAX } from '../../lib/shortlist-view/tracking-input';
import { CopyField, type CopyText } from '../shared/copy-field';
import { StatusSelect } from '../shared/status-select';
import { VerdictLine } from '../shared/verdict-line';
import { followersTitle, formatDate, formatDateTime, formatFollowers, platformName } from '../../lib/format/format';
import { httpUrl } from '../shared/http-url';

export interface DetailsActions {
  onStatus(key: string, status: ShortlistStatus): void;
  onTags(key: string, text: string, startedFrom?: string): Promise<boolean>;
  onNotes(key: string, text: string): Promise<boolean>;
  onPromoCode(key: string, text: string): Promise<boolean>;
  onTrackingLink(key: string, text: string): Promise<boolean>;
  onClose(): void;
}

/** One creator's editable fields in full: notes with their line breaks, promo code and tracking link. */
export function CreatorDetails({ entry, copyText, actions, statusStamp = null }: { entry: ShortlistSummary; copyText: CopyText; actions: DetailsActions; statusStamp?: FieldStamp | null }) {
  const id = useId();
  const [notes, setNotes] = useState(entry.notes);
  const [tags, setTags] = useState(formatTagInput(entry.tags));
  useEffect(() => setNotes(entry.notes), [entry.notes]);
  useEffect(() => setTags(formatTagInput(entry.tags)), [entry.tags]);
  const creator = entry.profile;
  const href = httpUrl(creator.profileUrl);
  // Opened from a row, the details show below the table: bring them into view, not past the fold.
  const box = useRef<HTMLElement>(null);
  useEffect(() => box.current?.scrollIntoView?.({ block: 'nearest' }), [entry.key]);
  return (
    <section ref={box} className="details" aria-labelledby={`${id}-title`} data-testid="dashboard-details" data-key={entry.key}>
      <header className="details-head">
        <h2 id={`${id}-title`}>
          {entry.displayName || entry.handle}{' '}
          <span className="muted">
            @{entry.handle} · {platformName(entry.platform)}
          </span>
        </h2>
        <button type="button" onClick={actions.onClose} aria-label="Close details">
          Close
        </button>
      </header>
      <p className="muted">
        <span title={followersTitle(creator.followers)}>{formatFollowers(creator.followers)} followers</span> · saved {formatDate(entry.firstSavedAt)} ·
        updated {formatDate(entry.updatedAt)}
        {href ? (
          <>
            {' · '}
            <a href={href} target="_blank" rel="noopener noreferrer">
              profile
            </a>
          </>
        ) : null}
      </p>
      <p className="details-verdict">
        <VerdictLine verdict={entry.figures.fitVerdict} summary={fitSummaryOf(entry.figures)} testId="details-verdict" />
        {entry.figures.briefName ? <span className="muted"> · against {entry.figures.briefName}</span> : null}
      </p>
      <div className="details-grid">
        <div className="field">
          <span className="field-label">Status</span>
          <StatusSelect value={entry.status} label={`Status of @${entry.handle}`} onChange={(s) => actions.onStatus(entry.key, s)} />
          {statusStamp?.by ? (
            <span className="muted" data-testid="details-status-stamp">
              set by {statusStamp.by}, {formatDateTime(statusStamp.at)}
            </span>
          ) : null}
        </div>
        <div className="field">
          <label htmlFor={`${id}-tags`}>Tags (comma-separated)</label>
          <input
            id={`${id}-tags`}
            value={tags}
            onChange={(e) => setTags(e.target.value)}
            onBlur={() => tags !== formatTagInput(entry.tags) && void actions.onTags(entry.key, tags)}
          />
        </div>
        <CopyField label="Promo code" value={entry.promoCode ?? ''} maxLength={PROMO_CODE_MAX} copyText={copyText} onSave={(text) => actions.onPromoCode(entry.key, text)} />
        <CopyField
          label="Tracking link"
          value={entry.trackingLink ?? ''}
          placeholder="https://… (set a landing page in the brief to get one)"
          copyText={copyText}
          onSave={(text) => actions.onTrackingLink(entry.key, text)}
        />
        <div className="field field--wide">
          <label htmlFor={`${id}-notes`}>Notes</label>
          <textarea id={`${id}-notes`} rows={5} value={notes} onChange={(e) => setNotes(e.target.value)} />
          <div>
            <button type="button" disabled={notes === entry.notes} onClick={() => void actions.onNotes(entry.key, notes)}>
              Save notes
            </button>
          </div>
        </div>
      </div>
    </section>
  );
}
