import type { SortColumnId } from '../../lib/shortlist-view/filter-sort';

export interface TableColumn {
  id: string;
  label: string;
  /** CSS grid track. */
  width: string;
  sort: SortColumnId | null;
  numeric?: boolean;
}

/** The table's columns, left to right; one grid template for the header and every row. */
export const TABLE_COLUMNS: readonly TableColumn[] = [
  { id: 'select', label: 'Select', width: '36px', sort: null },
  { id: 'name', label: 'Creator', width: 'minmax(200px, 1.6fr)', sort: 'name' },
  { id: 'platform', label: 'Platform', width: '88px', sort: 'platform' },
  { id: 'followers', label: 'Followers', width: '90px', sort: 'followers', numeric: true },
  { id: 'tier', label: 'Tier', width: '70px', sort: 'tier' },
  { id: 'engagementRate', label: 'Engagement', width: '96px', sort: 'engagementRate', numeric: true },
  { id: 'authenticityScore', label: 'Authenticity', width: '96px', sort: 'authenticityScore', numeric: true },
  { id: 'fitScore', label: 'Fit', width: '56px', sort: 'fitScore', numeric: true },
  // Most lines fit ("Outside brief · 1.14M followers > 100k"); a longer one ends in "…" with the whole line in its title.
  // No wider: at 1280 px every column up to Price must be whole before the table is scrolled.
  { id: 'verdict', label: 'Verdict', width: 'minmax(280px, 2fr)', sort: 'verdict' },
  // "$95,500–$286,500" on one line; a wider range wraps after its dash rather than being cut.
  { id: 'price', label: 'Price', width: '136px', sort: 'price', numeric: true },
  { id: 'status', label: 'Status', width: '132px', sort: 'status' },
  { id: 'tags', label: 'Tags', width: 'minmax(140px, 1fr)', sort: 'tags' },
  { id: 'notes', label: 'Notes', width: 'minmax(160px, 1.2fr)', sort: 'notes' },
  { id: 'brief', label: 'Brief', width: '150px', sort: 'brief' },
  { id: 'updatedAt', label: 'Updated', width: '108px', sort: 'updatedAt', numeric: true },
  { id: 'details', label: 'Details', width: '76px', sort: null },
];

export const GRID_TEMPLATE = TABLE_COLUMNS.map((c) => c.width).join(' ');

const COLUMN_GAP = 8;
const ROW_PADDING = 12;
/** Room for a vertical scrollbar, reserved in the header too so that its columns line up with the rows'. */
const SCROLLBAR = 16;

/**
 * The table's least width: every column at its minimum. Below it the table scrolls sideways as a
 * whole; the rows never scroll on their own, which would slide them out from under the header.
 */
export const TABLE_MIN_WIDTH =
  TABLE_COLUMNS.reduce((sum, c) => sum + Number(/(\d+)px/.exec(c.width)?.[1] ?? 0), 0) + COLUMN_GAP * (TABLE_COLUMNS.length - 1) + ROW_PADDING + SCROLLBAR;
export const ROW_HEIGHT = 44;
