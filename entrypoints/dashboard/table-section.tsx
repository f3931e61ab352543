import type { VettingReport } from '../../lib/contracts/report';
import type { FieldStamp } from '../../lib/sync/sync-doc';
import type { Dispatch, SetStateAction } from 'react';
import type { CampaignBrief } from '../../lib/contracts/brief';
import type { ShortlistSummary } from '../../lib/contracts/shortlist-entry';
import { toggleSort, type ShortlistFilters, type SortOrder } from '../../lib/shortlist-view/filter-sort';
import type { ViewRow } from '../../lib/shortlist-view/view-row';
import { BulkBar } from '../../components/dashboard/bulk-bar';
import { CreatorDetails } from '../../components/dashboard/creator-details';
import { FilterBar } from '../../components/dashboard/filter-bar';
import { ShortlistTable } from '../../components/dashboard/shortlist-table';
import type { RowActions } from '../../components/dashboard/table-row';
import { UndoBar } from '../../components/dashboard/undo-bar';
import type { CopyText } from '../../components/shared/copy-field';
import type { RevealRequest } from '../../components/shared/virtual-list';
import type { BulkChanges } from './use-bulk-changes';
import type { CreatorEdits } from './use-creator-edits';

/** What the table section shows: the rows as filtered and sorted, and where the user is in them. */
export interface TableView {
  rows: readonly ViewRow[];
  sorted: readonly ViewRow[];
  tags: string[];
  briefs: CampaignBrief[];
  briefNames: ReadonlyMap<string, string>;
  filters: ShortlistFilters;
  sort: SortOrder;
  selected: ReadonlySet<string>;
  selectedAll: readonly string[];
  highlightKey: string | null;
  reveal: RevealRequest | null;
  /** The first listing has not arrived yet. */
  loading: boolean;
}

/** The dashboard's "Shortlist" section: filters, bulk bar, the table, undo and one creator's details. */
export function TableSection(props: {
  view: TableView;
  setFilters(filters: ShortlistFilters): void;
  setSort: Dispatch<SetStateAction<SortOrder>>;
  setSelected: Dispatch<SetStateAction<ReadonlySet<string>>>;
  busy: boolean;
  bulk: BulkChanges;
  rowActions: RowActions;
  edits: CreatorEdits;
  details: ShortlistSummary | null;
  /** Who changed the details' creator's status last on the team (team sync on). */
  statusStamp?: FieldStamp | null;
  /** The details' creator's saved report (read when Details opens). */
  detailsReport?: VettingReport | null;
  copyText: CopyText;
  onCompare(): void;
  onCloseDetails(): void;
}) {
  const { view, setSelected, busy, bulk, details } = props;
  const { sorted, selected } = view;
  return (
    <main className="table-section">
      <FilterBar filters={view.filters} tags={view.tags} briefs={view.briefs} shown={sorted.length} total={view.rows.length} onChange={props.setFilters} />
      <BulkBar
        count={view.selectedAll.length}
        busy={busy}
        actions={{
          onStatus: (s) => void bulk.setStatus(s),
          onAddTag: (t) => void bulk.tag(t, true),
          onRemoveTag: (t) => void bulk.tag(t, false),
          onDelete: () => void bulk.remove(),
          onCompare: props.onCompare,
          onClear: () => setSelected(new Set()),
        }}
      />
      {view.loading ? (
        <p className="muted">Loading the shortlist…</p>
      ) : (
        <ShortlistTable
          rows={sorted}
          total={view.rows.length}
          sort={view.sort}
          selected={selected}
          highlightKey={view.highlightKey}
          reveal={view.reveal}
          briefNames={view.briefNames}
          allSelected={sorted.length > 0 && sorted.every((r) => selected.has(r.key))}
          onSelectAll={(on) =>
            setSelected((current) => {
              const next = new Set(current);
              for (const r of sorted) if (on) next.add(r.key);
              else next.delete(r.key);
              return next;
            })
          }
          onSort={(column) => props.setSort((s) => toggleSort(s, column))}
          actions={props.rowActions}
        />
      )}
      <UndoBar action={bulk.lastUndoable} busy={busy} onUndo={() => void bulk.undoLast()} />
      {details ? <CreatorDetails entry={details} copyText={props.copyText} statusStamp={props.statusStamp ?? null} report={props.detailsReport ?? null} actions={{ ...props.edits, onClose: props.onCloseDetails }} /> : null}
    </main>
  );
}
