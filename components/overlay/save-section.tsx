import { useId, useState, type FormEvent } from 'react';
import type { SaveControl } from './overlay-model';
import { formatDateTime } from '../../lib/format/format';

const TAG_MAX = 40;
const NOTE_MAX = 5_000;

/**
 * "Save to shortlist" with an optional tag and note. Saving again updates the same entry (the
 * store keys creators by platform and handle), and the saved tags and note are shown back under
 * the form. On a storage error the form keeps what was typed.
 */
export function SaveSection({ save }: { save: SaveControl }) {
  const [tag, setTag] = useState('');
  const [note, setNote] = useState('');
  const tagId = useId();
  const noteId = useId();
  const { state } = save;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (state.phase === 'saving') return;
    if (await save.onSave({ tag, note })) {
      setTag('');
      setNote('');
    }
  };

  return (
    <section className="panel-section save" aria-label="Shortlist" data-testid="section-save">
      <form onSubmit={(event) => void onSubmit(event)}>
        <div className="save-fields">
          <label htmlFor={tagId}>Tag</label>
          <input id={tagId} value={tag} maxLength={TAG_MAX} placeholder="optional" onChange={(event) => setTag(event.target.value)} />
          <label htmlFor={noteId}>Note</label>
          <textarea id={noteId} value={note} maxLength={NOTE_MAX} rows={2} placeholder="optional" onChange={(event) => setNote(event.target.value)} />
        </div>
        <button type="submit" className="primary" disabled={state.phase === 'saving'} aria-busy={state.phase === 'saving'}>
          Save to shortlist
        </button>
      </form>
      {state.phase === 'saved' && (
        <div className="saved">
          <p role="status" data-testid="save-status" data-status={state.status}>
            {state.justSaved ? 'Saved' : 'In your shortlist'} — status <strong>{state.status}</strong>
            {state.tags.length > 0 && <> · tags {state.tags.join(', ')}</>} · updated <time dateTime={state.updatedAt}>{formatDateTime(state.updatedAt)}</time>.{' '}
            <a href={save.dashboardUrl} target="_blank" rel="noopener noreferrer" data-testid="open-in-shortlist">
              Open in shortlist
            </a>
          </p>
          {state.notes && (
            <p className="saved-note" data-testid="saved-note">
              <span className="muted">Note:</span> <bdi>{state.notes}</bdi>
            </p>
          )}
        </div>
      )}
      {state.phase === 'error' && (
        <p className="error" role="alert" data-testid="save-error">
          {state.message}
          {state.detail && <span className="detail"> ({state.detail})</span>}
        </p>
      )}
    </section>
  );
}
