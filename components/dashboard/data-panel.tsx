import { useId, useState } from 'react';
import type { ImportableFile } from '../../lib/shortlist-view/importable-file';
import type { ImportResult, OnExisting } from '../../lib/contracts/shortlist-store';
import { formatCount, formatDate } from '../../lib/format/format';

export interface DataActions {
  exportCsv(scope: 'all' | 'filtered'): void;
  exportXlsx(scope: 'all' | 'filtered'): void;
  downloadBackup(): void;
  importFile(file: ImportableFile, onExisting: OnExisting): Promise<ImportResult | null>;
  /** Remove everything read about creators not on the shortlist; how many readings went, or null when it failed. */
  clearBrowsing(): Promise<number | null>;
}

function resultText(result: Extract<ImportResult, { ok: true }>): string {
  const parts = [`${result.created} added`, `${result.updated} updated`, `${result.skipped} left as they were`];
  return `Import done: ${parts.join(', ')}.`;
}

/** Export (CSV of everything or of the filtered view, JSON backup) and import (CSV or backup), all or nothing. */
export function DataPanel({
  total,
  filtered,
  lastExportAt,
  busy,
  actions,
}: {
  total: number;
  filtered: number;
  lastExportAt: string | null;
  busy: boolean;
  actions: DataActions;
}) {
  const id = useId();
  const [onExisting, setOnExisting] = useState<OnExisting>('update');
  const [result, setResult] = useState<ImportResult | null>(null);
  const [fileName, setFileName] = useState<string | null>(null);
  const [cleared, setCleared] = useState<number | null>(null);

  return (
    <section className="data" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Import and export</h2>
      <div className="data-block">
        <h3>Export</h3>
        <p className="muted">Last export: {lastExportAt ? formatDate(lastExportAt) : 'never'}.</p>
        <div className="button-row">
          <button type="button" disabled={busy || total === 0} onClick={() => actions.exportCsv('all')}>
            Export CSV (all {formatCount(total)})
          </button>
          <button type="button" disabled={busy || filtered === 0 || filtered === total} onClick={() => actions.exportCsv('filtered')}>
            Export CSV (filtered view, {formatCount(filtered)})
          </button>
          <button type="button" disabled={busy || total === 0} onClick={() => actions.exportXlsx('all')}>
            Export Excel (.xlsx, all {formatCount(total)})
          </button>
          <button type="button" disabled={busy || filtered === 0 || filtered === total} onClick={() => actions.exportXlsx('filtered')}>
            Export Excel (.xlsx, filtered view, {formatCount(filtered)})
          </button>
          <button type="button" disabled={busy} onClick={actions.downloadBackup}>
            Download backup (JSON)
          </button>
        </div>
        <p className="muted">The backup holds your shortlist (reports, their follower history, briefs); the CSV and the Excel file are for spreadsheets.</p>
      </div>
      <div className="data-block">
        <h3>Browsing history</h3>
        <p className="muted">
          Vetted keeps the follower readings of profiles you looked at but did not save for 30 days, so that their growth can be checked when you
          come back. Saved creators keep theirs as long as they are on the shortlist.
        </p>
        <div className="button-row">
          <button
            type="button"
            data-testid="clear-browsing"
            disabled={busy}
            onClick={async () => {
              setCleared(null);
              setCleared(await actions.clearBrowsing());
            }}
          >
            Clear browsing history
          </button>
        </div>
        {cleared === null ? null : (
          <p className="notice notice--info" role="status" data-testid="clear-browsing-result">
            {cleared === 0
              ? 'There was no browsing history to clear.'
              : `Removed ${formatCount(cleared)} follower ${cleared === 1 ? 'reading' : 'readings'} of creators not on your shortlist.`}
          </p>
        )}
      </div>
      <div className="data-block">
        <h3>Import</h3>
        <fieldset>
          <legend>Creators already on the shortlist</legend>
          <label className="check">
            <input type="radio" name={`${id}-existing`} checked={onExisting === 'update'} onChange={() => setOnExisting('update')} /> Update them from
            the file
          </label>
          <label className="check">
            <input type="radio" name={`${id}-existing`} checked={onExisting === 'skip'} onChange={() => setOnExisting('skip')} /> Keep them as they
            are (skip)
          </label>
        </fieldset>
        <label htmlFor={`${id}-file`}>Choose a CSV, or a Vetted backup (.json)</label>{' '}
        <input
          id={`${id}-file`}
          type="file"
          accept=".csv,.json,text/csv,application/json"
          data-testid="import-file"
          disabled={busy}
          onChange={async (e) => {
            const input = e.currentTarget;
            const file = input.files?.[0];
            if (!file) return;
            setFileName(file.name);
            setResult(null);
            setResult(await actions.importFile(file, onExisting));
            // The same file can be picked again after it has been fixed.
            input.value = '';
          }}
        />
        <p className="muted">Nothing is written unless every row is valid.</p>
        {result === null ? null : result.ok ? (
          <div className="notice notice--info" role="status" data-testid="import-result" data-ok="true">
            <p>
              {fileName}: {resultText(result)}
            </p>
            {result.notes.length || result.ignoredColumns.length ? (
              <ul className="notice-details">
                {result.notes.map((n, i) => (
                  <li key={i}>{n}</li>
                ))}
                {result.ignoredColumns.length ? <li>Columns ignored: {result.ignoredColumns.join(', ')}</li> : null}
              </ul>
            ) : null}
          </div>
        ) : (
          <div className="notice notice--error" role="alert" data-testid="import-result" data-ok="false">
            <p>
              {fileName}: {result.message}
            </p>
            {result.errors.length ? (
              <ul className="notice-details" data-testid="import-errors">
                {result.errors.map((line, i) => (
                  <li key={i}>{line}</li>
                ))}
              </ul>
            ) : null}
          </div>
        )}
      </div>
    </section>
  );
}
