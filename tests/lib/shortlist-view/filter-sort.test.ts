import { describe, expect, test } from 'vitest';
import {
  DEFAULT_SORT,
  filterRows,
  hasFilters,
  NO_FILTERS,
  SORT_COLUMNS,
  sortRows,
  tagsInUse,
  toggleSort,
  type SortColumnId,
} from '../../../lib/shortlist-view/filter-sort';
import { EMPTY_FIGURES } from '../../../lib/csv/report-figures';
import { toViewRow, type ViewRow } from '../../../lib/shortlist-view/view-row';
import { makeEntry } from './entries';

const rows: ViewRow[] = [
  makeEntry({ handle: 'ana.cocina', displayName: 'Ana Cocina', followers: 48_200, status: 'contacted', tags: ['Food', 'vegan'], notes: 'met at expo', figures: { fitScore: 74, fitVerdict: 'possible', tier: 'micro', engagementRate: 0.03, authenticityScore: 82, priceLow: 180, briefId: 'summer', briefName: 'Summer' }, updatedAt: '2026-03-01T00:00:00.000Z' }),
  makeEntry({ platform: 'x', handle: 'bob_x', displayName: 'Bob', followers: 1_200_000, status: 'signed', tags: ['tech'], figures: { fitScore: 40, fitVerdict: 'outside-brief', fitSummary: 'Outside brief · 1.2M followers > 100k', tier: 'mega', engagementRate: 0.004, authenticityScore: 55, priceLow: 9_000, briefName: 'Default' }, updatedAt: '2026-03-03T00:00:00.000Z' }),
  makeEntry({ platform: 'tiktok', handle: 'cleo.runs', displayName: 'Cleo', followers: null, status: 'shortlisted', tags: ['food'], figures: { fitScore: 90, fitVerdict: 'strong', tier: null, engagementRate: null, authenticityScore: 91, priceLow: null, priceHigh: null, briefId: 'summer', briefName: 'Summer' }, updatedAt: '2026-03-02T00:00:00.000Z' }),
  makeEntry({ platform: 'youtube', handle: 'dora', displayName: 'Dora Draws', followers: 250_000, status: 'declined', figures: { fitScore: 62, fitVerdict: 'insufficient-evidence', tier: 'mid', engagementRate: 0.05, authenticityScore: 70, priceLow: 2_000, briefName: 'Default' }, updatedAt: '2026-02-20T00:00:00.000Z' }),
].map(toViewRow);

const keys = (list: ViewRow[]) => list.map((r) => r.handle);

describe('filters', () => {
  test('no filters keep every row', () => {
    expect(filterRows(rows, NO_FILTERS)).toHaveLength(4);
    expect(hasFilters(NO_FILTERS)).toBe(false);
  });
  test.each([
    ['platform', { platform: 'x' as const }, ['bob_x']],
    ['status', { status: 'declined' as const }, ['dora']],
    ['tag, any case', { tag: 'FOOD' }, ['ana.cocina', 'cleo.runs']],
    ['tier', { tier: 'mid' }, ['dora']],
    ['verdict', { verdict: 'outside-brief' as const }, ['bob_x']],
    ['verdict: too little to judge', { verdict: 'insufficient-evidence' as const }, ['dora']],
    ['brief', { briefId: 'summer' }, ['ana.cocina', 'cleo.runs']],
    ['fit score from', { minScore: 62 }, ['ana.cocina', 'cleo.runs', 'dora']],
    ['fit score range', { minScore: 50, maxScore: 80 }, ['ana.cocina', 'dora']],
    ['text: name', { text: 'draws' }, ['dora']],
    ['text: @handle', { text: '@bob' }, ['bob_x']],
    ['text: tag', { text: 'vegan' }, ['ana.cocina']],
    ['text: note', { text: 'expo' }, ['ana.cocina']],
    ['text: every word must match', { text: 'ana expo' }, ['ana.cocina']],
    ['combined', { tag: 'food', status: 'shortlisted' as const }, ['cleo.runs']],
  ])('%s', (_, filters, expected) => {
    const f = { ...NO_FILTERS, ...filters };
    expect(hasFilters(f)).toBe(true);
    expect(keys(filterRows(rows, f))).toEqual(expected);
  });
  test('a row without a fit score is left out once a score range is set', () => {
    const unscored = toViewRow({ ...makeEntry({ handle: 'eve' }), report: null, imported: null });
    expect(filterRows([unscored], { ...NO_FILTERS, minScore: 0 })).toEqual([]);
    expect(filterRows([unscored], NO_FILTERS)).toHaveLength(1);
  });
  test('the popup searches names and handles only', () => {
    expect(keys(filterRows(rows, { ...NO_FILTERS, text: 'expo' }, 'identity'))).toEqual([]);
    expect(keys(filterRows(rows, { ...NO_FILTERS, text: 'cocina' }, 'identity'))).toEqual(['ana.cocina']);
  });
});

describe('sort', () => {
  const expected: Record<SortColumnId, string[]> = {
    name: ['ana.cocina', 'bob_x', 'cleo.runs', 'dora'],
    platform: ['ana.cocina', 'cleo.runs', 'bob_x', 'dora'],
    // Unknown figures (null) always last.
    followers: ['ana.cocina', 'dora', 'bob_x', 'cleo.runs'],
    tier: ['ana.cocina', 'dora', 'bob_x', 'cleo.runs'],
    engagementRate: ['bob_x', 'ana.cocina', 'dora', 'cleo.runs'],
    authenticityScore: ['bob_x', 'dora', 'ana.cocina', 'cleo.runs'],
    fitScore: ['bob_x', 'dora', 'ana.cocina', 'cleo.runs'],
    // Best first: strong, possible, weak, too little to judge, outside the brief.
    verdict: ['cleo.runs', 'ana.cocina', 'dora', 'bob_x'],
    price: ['ana.cocina', 'dora', 'bob_x', 'cleo.runs'],
    status: ['cleo.runs', 'ana.cocina', 'bob_x', 'dora'],
    // "food" sorts before "Food, vegan" (a prefix; case is ignored).
    tags: ['cleo.runs', 'ana.cocina', 'bob_x', 'dora'],
    // Empty notes are unknowns: last, in key order (tiktok:… before x:… before youtube:…).
    notes: ['ana.cocina', 'cleo.runs', 'bob_x', 'dora'],
    brief: ['bob_x', 'dora', 'ana.cocina', 'cleo.runs'],
    updatedAt: ['dora', 'ana.cocina', 'cleo.runs', 'bob_x'],
  };
  // Descending: known values reversed, ties still in key order, unknowns still last.
  const expectedDesc: Record<SortColumnId, string[]> = {
    name: ['dora', 'cleo.runs', 'bob_x', 'ana.cocina'],
    platform: ['dora', 'bob_x', 'cleo.runs', 'ana.cocina'],
    followers: ['bob_x', 'dora', 'ana.cocina', 'cleo.runs'],
    tier: ['bob_x', 'dora', 'ana.cocina', 'cleo.runs'],
    engagementRate: ['dora', 'ana.cocina', 'bob_x', 'cleo.runs'],
    authenticityScore: ['cleo.runs', 'ana.cocina', 'dora', 'bob_x'],
    fitScore: ['cleo.runs', 'ana.cocina', 'dora', 'bob_x'],
    verdict: ['bob_x', 'dora', 'ana.cocina', 'cleo.runs'],
    price: ['bob_x', 'dora', 'ana.cocina', 'cleo.runs'],
    status: ['dora', 'bob_x', 'ana.cocina', 'cleo.runs'],
    tags: ['bob_x', 'ana.cocina', 'cleo.runs', 'dora'],
    notes: ['ana.cocina', 'cleo.runs', 'bob_x', 'dora'],
    brief: ['ana.cocina', 'cleo.runs', 'bob_x', 'dora'],
    updatedAt: ['bob_x', 'cleo.runs', 'ana.cocina', 'dora'],
  };
  test.each(SORT_COLUMNS.map((c) => c.id))('by %s, both ways', (column) => {
    expect(keys(sortRows(rows, { column, direction: 'asc' }))).toEqual(expected[column]);
    expect(keys(sortRows(rows, { column, direction: 'desc' }))).toEqual(expectedDesc[column]);
  });
  test('descending reverses known values exactly', () => {
    expect(keys(sortRows(rows, { column: 'followers', direction: 'desc' }))).toEqual(['bob_x', 'dora', 'ana.cocina', 'cleo.runs']);
    expect(keys(sortRows(rows, { column: 'status', direction: 'desc' }))).toEqual(['dora', 'bob_x', 'ana.cocina', 'cleo.runs']);
    expect(keys(sortRows(rows, { column: 'name', direction: 'desc' }))).toEqual(['dora', 'cleo.runs', 'bob_x', 'ana.cocina']);
  });
  test('ties keep key order, so re-sorting never shuffles', () => {
    const twins = ['b', 'a', 'c'].map((h) => toViewRow(makeEntry({ handle: h, figures: { fitScore: 50 } })));
    expect(keys(sortRows(twins, { column: 'fitScore', direction: 'desc' }))).toEqual(['a', 'b', 'c']);
  });
  test('clicking a column: numbers and dates start largest first, text A→Z; clicking again flips', () => {
    expect(toggleSort(DEFAULT_SORT, 'followers')).toEqual({ column: 'followers', direction: 'desc' });
    expect(toggleSort(DEFAULT_SORT, 'name')).toEqual({ column: 'name', direction: 'asc' });
    expect(toggleSort({ column: 'name', direction: 'asc' }, 'name')).toEqual({ column: 'name', direction: 'desc' });
  });
  test('by verdict, a higher score first within the same verdict', () => {
    const two = [
      toViewRow(makeEntry({ handle: 'low', figures: { fitScore: 55, fitVerdict: 'possible' } })),
      toViewRow(makeEntry({ handle: 'high', figures: { fitScore: 70, fitVerdict: 'possible' } })),
      toViewRow(makeEntry({ handle: 'strong', figures: { fitScore: 75, fitVerdict: 'strong' } })),
    ];
    expect(keys(sortRows(two, { column: 'verdict', direction: 'asc' }))).toEqual(['strong', 'high', 'low']);
    expect(toggleSort(DEFAULT_SORT, 'verdict')).toEqual({ column: 'verdict', direction: 'asc' });
  });
  test('rows carry the verdict line, worded from verdict and score where a row has none', () => {
    expect(rows.map((r) => r.fitSummary)).toEqual(['Possible fit · 74', 'Outside brief · 1.2M followers > 100k', 'Strong fit · 90', 'Too little to judge · engagement from 1 post']);
    const imported = toViewRow({ ...makeEntry({ handle: 'eve' }), report: null, imported: { ...EMPTY_FIGURES, fitVerdict: 'weak', fitScore: 31 } });
    expect(imported.fitSummary).toBe('Weak fit · 31');
  });
  test('tags in use: once each, first spelling, alphabetical', () => {
    expect(tagsInUse(rows)).toEqual(['Food', 'tech', 'vegan']);
  });
});

