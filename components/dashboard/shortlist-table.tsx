import type { SortOrder, SortColumnId } from '../../lib/shortlist-view/filter-sort';
import type { ViewRow } from '../../lib/shortlist-view/view-row';
import { VirtualList, type RevealRequest } from '../shared/virtual-list';
import { GRID_TEMPLATE, ROW_HEIGHT, TABLE_COLUMNS, TABLE_MIN_WIDTH } from './table-columns';
import { TableRow, type RowActions } from './table-row';

/**
 * The whole shortlist as a table. Only the rows in view (plus overscan) are in the DOM; the header
 * stays put, and the ARIA row count tells assistive technology how many there really are.
 */
export function ShortlistTable({
  rows,
  total,
  sort,
  selected,
  highlightKey,
  reveal,
  briefNames,
  allSelected,
  onSelectAll,
  onSort,
  actions,
}: {
  rows: readonly ViewRow[];
  total: number;
  sort: SortOrder;
  selected: ReadonlySet<string>;
  highlightKey: string | null;
  reveal: RevealRequest | null;
  briefNames: ReadonlyMap<string, string>;
  allSelected: boolean;
  onSelectAll: (selected: boolean) => void;
  onSort: (column: SortColumnId) => void;
  actions: RowActions;
}) {
  return (
    <div
      className="table-scroll"
      onScroll={(event) => {
        const box = event.currentTarget;
        box.style.setProperty('--scroll-x', `${box.scrollLeft}px`);
        box.dataset.scrolled = String(box.scrollLeft > 0);
      }}
    >
      <div role="table" className="table" style={{ minWidth: TABLE_MIN_WIDTH }} aria-label={`Shortlist: ${rows.length} of ${total} creators`} aria-rowcount={rows.length + 1} data-testid="dashboard-table">
        <div role="rowgroup" className="table-head-group">
          <div role="row" className="table-row table-head" style={{ gridTemplateColumns: GRID_TEMPLATE }} aria-rowindex={1}>
            {TABLE_COLUMNS.map((column) => {
              if (column.id === 'select') {
                return (
                  <div role="columnheader" key={column.id}>
                    <input
                      type="checkbox"
                      checked={allSelected}
                      disabled={rows.length === 0}
                      aria-label="Select every creator shown"
                      onChange={(e) => onSelectAll(e.target.checked)}
                    />
                  </div>
                );
              }
              const active = column.sort !== null && sort.column === column.sort;
              const ariaSort = active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : undefined;
              return (
                <div role="columnheader" key={column.id} aria-sort={ariaSort} className={column.numeric ? 'num' : undefined}>
                  {column.sort === null ? (
                    <span className="visually-hidden">{column.label}</span>
                  ) : (
                    <button type="button" className="sort-button" onClick={() => onSort(column.sort as SortColumnId)}>
                      {column.label}
                      <span aria-hidden="true" className="sort-mark">
                        {active ? (sort.direction === 'asc' ? ' ▲' : ' ▼') : ''}
                      </span>
                      <span className="visually-hidden">{active ? `, sorted ${ariaSort}` : ', sort'}</span>
                    </button>
                  )}
                </div>
              );
            })}
          </div>
        </div>
        {rows.length === 0 ? (
          <p className="table-empty muted" role="status">
            {total === 0 ? 'No creators yet.' : 'No creator matches these filters.'}
          </p>
        ) : (
          <VirtualList
            count={rows.length}
            rowHeight={ROW_HEIGHT}
            height="calc(100vh - 260px)"
            reveal={reveal}
            className="table-body"
            renderRow={(i) => {
              const row = rows[i];
              if (!row) return null;
              return (
                <TableRow
                  key={row.key}
                  row={row}
                  index={i}
                  selected={selected.has(row.key)}
                  highlighted={row.key === highlightKey}
                  briefName={row.briefName ?? (row.briefId ? (briefNames.get(row.briefId) ?? null) : null)}
                  actions={actions}
                />
              );
            }}
          />
        )}
      </div>
    </div>
  );
}
