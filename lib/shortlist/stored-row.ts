import type { ShortlistEntry } from '../contracts/shortlist-entry';
import { asObject } from '../parse/json-path';
import type { StoredRow } from './db';
import { jsonEqual } from './json-equal';
import { repairEntry, type RepairResult } from './row-repair';

/**
 * Set on a stored creator row (db version 3 onwards) whose report was stored without its snapshot
 * because it was the same as the row's own `snapshot`: a saved report always carries the snapshot
 * it was computed from, the same one the entry keeps, and storing it twice doubled every row.
 * A marker rather than "report has no snapshot", so that a damaged report that really lacks its
 * snapshot is read back as it is, not silently given one. (A row that already had a field of this
 * name — Vetted never wrote one before version 3 — is stored as it is.)
 */
export const SHARED_SNAPSHOT = 'reportSnapshotShared';

/**
 * The row as it is written: the report's snapshot left out (and the marker set) when it is the
 * row's snapshot, field for field. Anything else — no report, a report with another snapshot, a row
 * that is not an object — is stored as it is. Lossless: expandRow gives back an equal value.
 */
export function compactRow<T>(row: T): T {
  const record = asObject(row);
  const report = asObject(record?.report);
  if (!record || !report || SHARED_SNAPSHOT in record || !('snapshot' in report) || !jsonEqual(report.snapshot, record.snapshot)) return row;
  const { snapshot: _shared, ...rest } = report;
  return { ...record, report: rest, [SHARED_SNAPSHOT]: true } as T;
}

/** The row as it was before compactRow: the report given back its snapshot, the marker removed. */
export function expandRow(row: unknown): unknown {
  const record = asObject(row);
  if (!record || record[SHARED_SNAPSHOT] !== true) return row;
  const { [SHARED_SNAPSHOT]: _marker, ...rest } = record;
  const report = asObject(rest.report);
  return report ? { ...rest, report: { ...report, snapshot: rest.snapshot } } : rest;
}

/** A checked entry as it is stored. */
export function toStoredRow(entry: ShortlistEntry): StoredRow {
  return compactRow(entry) as StoredRow;
}

/** Read a stored creator row: expanded, then checked and repaired as repairEntry does. */
export function readStoredRow(row: unknown): RepairResult {
  return repairEntry(expandRow(row));
}
