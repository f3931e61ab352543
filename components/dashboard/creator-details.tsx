import type { VettingReport } from '../../lib/contracts/report';
import { DetailsReport } from './details-report';
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

/**
 * A field that follows the stored value while the user has not touched it. When another page
 * (the overlay, a teammate through sync) writes while the user is typing, live refresh must not
 * wipe what they typed: their text stays, and they are told the stored value changed.
 */
function useFollowedField(stored: string) {
  const [value, setValue] = useState(stored);
  const [changedElsewhere, setChangedElsewhere] = useState(false);
  const base = useRef(stored);
  /** The stored value the user's edit started from: their changes are relative to it. */
  const startedFrom = useRef(stored);
  useEffect(() => {
    if (base.current === stored) return;
    const edited = value !== base.current;
    base.current = stored;
    if (edited && value !== stored) setChangedElsewhere(true);
    else {
      setValue(stored);
      setChangedElsewhere(false);
    }
    // Typing re-runs this too, and returns at once: only a new stored value does anything.
  }, [stored, value]);
  return {
    value,
    changedElsewhere,
    startedFrom: () => (value === base.current ? base.current : startedFrom.current),
    set(next: string) {
      if (value === base.current) startedFrom.current = base.current;
      setValue(next);
      if (next === base.current) setChangedElsewhere(false);
    },
  };
}

function ChangedElsewhere({ field }: { field: 'notes' | 'tags' }) {
  return (
    <p className="notice notice--info" role="status" data-testid={`details-${field}-changed`}>
      {field === 'notes'
        ? 'The notes were changed on another page while you were typing; your text is kept, and Save notes replaces theirs.'
        : 'The tags were changed on another page while you were typing; your additions and removals are applied to theirs.'}
    </p>
  );
}

/** One creator's editable fields in full: notes with their line breaks, promo code and tracking link. */
export function CreatorDetails({ entry, copyText, actions, statusStamp = null, report = null }: { entry: ShortlistSummary; copyText: CopyText; actions: DetailsActions; statusStamp?: FieldStamp | null; report?: VettingReport | null }) {
  const id = useId();
  const notes = useFollowedField(entry.notes);
  const tags = useFollowedField(formatTagInput(entry.tags));
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
            value={tags.value}
            onChange={(e) => tags.set(e.target.value)}
            onBlur={() => tags.value !== formatTagInput(entry.tags) && void actions.onTags(entry.key, tags.value, tags.startedFrom())}
          />
          {tags.changedElsewhere ? <ChangedElsewhere field="tags" /> : null}
        </div>
        <CopyField label="Promo code" value={entry.promoCode ?? ''} maxLength={PROMO_CODE_MAX} copyText={copyText} onSave={(text) => actions.onPromoCode(entry.key, text)} />
        <CopyField
          label="Tracking link"
          value={entry.trackingLink ?? ''}
          placeholder="Set a landing page in your brief"
          copyText={copyText}
          onSave={(text) => actions.onTrackingLink(entry.key, text)}
        />
        <div className="field field--wide">
          <label htmlFor={`${id}-notes`}>Notes</label>
          <textarea id={`${id}-notes`} rows={5} value={notes.value} onChange={(e) => notes.set(e.target.value)} />
          {notes.changedElsewhere ? <ChangedElsewhere field="notes" /> : null}
          <div>
            <button type="button" disabled={notes.value === entry.notes} onClick={() => void actions.onNotes(entry.key, notes.value)}>
              Save notes
            </button>
          </div>
        </div>
      </div>
      {report ? <DetailsReport report={report} /> : null}
    </section>
  );
}
