import ExcelJS from 'exceljs';
import { act } from 'react';
import { afterEach, describe, expect, test } from 'vitest';
import { DashboardApp } from '../../../entrypoints/dashboard/dashboard-app';
import type { ShortlistEntry } from '../../../lib/contracts/shortlist-entry';
import { summarizeEntry } from '../../../lib/csv/entry-summary';
import { NOW } from '../../lib/shortlist/factory';
import { manyEntries } from '../../lib/shortlist-view/entries';
import { blur, byName, byTestId, click, eventually, mount, press, typeInto, unmountAll, waitFor } from '../popup/mount';
import { freshStore, harness, opened, seedFour } from './dashboard-fixture';

afterEach(async () => {
  await unmountAll();
  for (const s of opened.splice(0)) s.close();
});

const rowKeys = (root: ParentNode) => byTestId(root, 'dashboard-row').map((r) => r.dataset.key);

async function mountSeeded() {
  const store = await freshStore();
  await seedFour(store);
  const h = harness(store.name);
  const m = await mount(<DashboardApp services={h.services} />);
  await waitFor(() => rowKeys(m.container).length === 4, 'four rows');
  return { store, h, container: m.container };
}

describe('virtualized table', () => {
  test('10,000 creators: fewer than 60 rows in the DOM, and scrolling swaps them', async () => {
    const store = await freshStore();
    const summaries = manyEntries(10_000).map((e) => summarizeEntry(e));
    const h = harness(store.name, (s) => ({ ...s, listSummaries: async () => ({ summaries, problems: [] }) }));
    const { container } = await mount(<DashboardApp services={h.services} />);
    await waitFor(() => rowKeys(container).length > 0, 'rows');
    expect(rowKeys(container).length).toBeLessThan(60);
    expect(rowKeys(container)[0]).toBe('instagram:creator.00000');
    expect(byTestId(container, 'dashboard-table')[0]?.getAttribute('aria-rowcount')).toBe('10001');
    expect(container.textContent).toContain('Showing 10,000 of 10,000 creators');

    const body = container.querySelector('.table-body') as HTMLElement;
    await act(async () => {
      body.scrollTop = 44 * 5_000;
      body.dispatchEvent(new Event('scroll'));
    });
    await waitFor(() => rowKeys(container).includes('instagram:creator.05000'), 'rows around 5,000');
    expect(rowKeys(container).length).toBeLessThan(60);
    expect(rowKeys(container)).not.toContain('instagram:creator.00000');
  });

  test('#key= scrolls to and highlights a creator deep in the list', async () => {
    const store = await freshStore();
    const summaries = manyEntries(10_000).map((e) => summarizeEntry(e));
    const h = harness(store.name, (s) => ({ ...s, listSummaries: async () => ({ summaries, problems: [] }) }));
    const { container } = await mount(<DashboardApp services={h.services} focusKey="instagram:creator.07321" />);
    const row = await waitFor(() => byTestId(container, 'dashboard-row').find((r) => r.dataset.key === 'instagram:creator.07321'), 'focused row');
    expect(row.getAttribute('aria-current')).toBe('true');
    expect(row.className).toContain('table-row--highlight');
    expect(byTestId(container, 'dashboard-details')[0]?.dataset.key).toBe('instagram:creator.07321');
  });
});

describe('sorting', () => {
  const header = (root: ParentNode, label: string) => byName(root, new RegExp(`^${label}`)) as HTMLElement;
  test.each([
    ['Creator', 'text', ['instagram:ana.cocina', 'x:bob_x', 'tiktok:cleo.runs', 'youtube:dora']],
    ['Followers', 'number, largest first', ['x:bob_x', 'youtube:dora', 'instagram:ana.cocina', 'tiktok:cleo.runs']],
    ['Tier', 'rank', ['tiktok:cleo.runs', 'instagram:ana.cocina', 'youtube:dora', 'x:bob_x']],
    ['Fit', 'number', ['tiktok:cleo.runs', 'instagram:ana.cocina', 'youtube:dora', 'x:bob_x']],
    // Best first: strong, possible, too little to judge, outside the brief.
    ['Verdict', 'rank', ['tiktok:cleo.runs', 'instagram:ana.cocina', 'youtube:dora', 'x:bob_x']],
    ['Price', 'number', ['x:bob_x', 'youtube:dora', 'instagram:ana.cocina', 'tiktok:cleo.runs']],
    ['Status', 'rank', ['tiktok:cleo.runs', 'instagram:ana.cocina', 'x:bob_x', 'youtube:dora']],
    // "Food" and "food" tie (case is ignored): key order decides.
    ['Tags', 'text', ['instagram:ana.cocina', 'tiktok:cleo.runs', 'x:bob_x', 'youtube:dora']],
    ['Updated', 'date, newest first', ['youtube:dora', 'x:bob_x', 'instagram:ana.cocina', 'tiktok:cleo.runs']],
  ])('by %s (%s), then reversed', async (label, _kind, expected) => {
    const { container } = await mountSeeded();
    // "Updated" is the default order: one click on it flips it, so click another column first.
    if (label === 'Updated') await click(header(container, 'Creator'));
    await click(header(container, label));
    expect(rowKeys(container)).toEqual(expected);
    expect(header(container, label).closest('[role="columnheader"]')?.getAttribute('aria-sort')).toMatch(/ascending|descending/);
    await click(header(container, label));
    const reversed = rowKeys(container);
    // Creators without the value stay last either way; here every creator has one except Tags (Dora).
    if (label === 'Tags') expect(reversed).toEqual(['x:bob_x', 'instagram:ana.cocina', 'tiktok:cleo.runs', 'youtube:dora']);
    // Every other column here has a value for every creator and no ties: the reverse is exact.
    else expect(reversed).toEqual([...expected].reverse());
  });
});

describe('filters', () => {
  const control = (root: ParentNode, label: string) => {
    const l = [...root.querySelectorAll('label')].find((x) => x.textContent === label);
    return root.querySelector(`#${CSS.escape(l?.htmlFor ?? '')}`) as HTMLElement;
  };
  test.each([
    ['Search', 'expo', ['instagram:ana.cocina']],
    ['Platform', 'tiktok', ['tiktok:cleo.runs']],
    ['Status', 'signed', ['x:bob_x']],
    // In the default order, most recently updated first.
    ['Tag', 'Food', ['instagram:ana.cocina', 'tiktok:cleo.runs']],
    ['Tier', 'mid', ['youtube:dora']],
    ['Verdict', 'outside-brief', ['x:bob_x']],
    ['Verdict', 'insufficient-evidence', ['youtube:dora']],
    ['Brief', 'summer', ['instagram:ana.cocina', 'tiktok:cleo.runs']],
    ['Fit from', '70', ['instagram:ana.cocina', 'tiktok:cleo.runs']],
    ['to', '62', ['youtube:dora', 'x:bob_x']],
  ])('%s = %s', async (label, value, expected) => {
    const store = await freshStore();
    await seedFour(store);
    // The brief filter lists stored briefs.
    await store.briefs.put({ ...(await import('../../lib/shortlist/factory')).makeBrief({ id: 'summer', name: 'Summer' }) });
    const h = harness(store.name);
    const { container } = await mount(<DashboardApp services={h.services} />);
    await waitFor(() => rowKeys(container).length === 4, 'rows');
    if (label === 'Brief') await waitFor(() => container.querySelector('option[value="summer"]'), 'brief option');
    await typeInto(label === 'Search' ? byTestId(container, 'dashboard-search')[0] : control(container, label), value);
    expect(rowKeys(container)).toEqual(expected);
    await click(byName(container, 'Clear filters'));
    expect(rowKeys(container)).toHaveLength(4);
  });
});

describe('verdict column', () => {
  test('shows each creator\'s verdict line, the failing limit first', async () => {
    const { container } = await mountSeeded();
    const lines = Object.fromEntries(byTestId(container, 'dashboard-row').map((r) => [r.dataset.key, r.querySelector('[data-testid="dashboard-verdict"]')?.textContent]));
    expect(lines).toEqual({
      'instagram:ana.cocina': '●Possible fit · 74',
      'x:bob_x': '✕Outside brief · 1.2M followers > 100k',
      'tiktok:cleo.runs': '●Strong fit · 90',
      'youtube:dora': '?Too little to judge · engagement from 1 post',
    });
    // Platform names as the platforms write them, in the column and the filter.
    const platforms = Object.fromEntries(byTestId(container, 'dashboard-row').map((r) => [r.dataset.key, r.querySelectorAll('[role="cell"]')[2]?.textContent]));
    expect(Object.values(platforms).sort()).toEqual(['Instagram', 'TikTok', 'X', 'YouTube']);
    expect([...container.querySelectorAll('option')].map((o) => o.textContent)).toEqual(expect.arrayContaining(['Instagram', 'TikTok', 'YouTube', 'X']));
    const bob = byTestId(container, 'dashboard-row').find((r) => r.dataset.key === 'x:bob_x')!;
    expect(bob.querySelector('.verdict-mark')?.getAttribute('aria-hidden')).toBe('true');
    expect(bob.querySelector('[data-testid="dashboard-verdict"]')?.getAttribute('data-verdict')).toBe('outside-brief');
  });
});

describe('inline edits', () => {
  test('status: the select calls edit(key, {status}, {now, ifUpdatedAt}) and the store changes', async () => {
    const { container, h, store } = await mountSeeded();
    const shown = (await store.get('tiktok:cleo.runs'))?.updatedAt;
    await typeInto(byName(container, 'Status of @cleo.runs', 'select'), 'negotiating');
    // The harness wraps edit in vi.fn: this is the call the inline select made, with the version it showed.
    await eventually(async () => expect(h.handles[0]?.edit).toHaveBeenCalledWith('tiktok:cleo.runs', { status: 'negotiating' }, { now: NOW, ifUpdatedAt: shown }));
    await eventually(async () => expect((await store.get('tiktok:cleo.runs'))?.status).toBe('negotiating'));
  });

  test('tags: click, type, Enter saves (once); Escape cancels', async () => {
    const { container, store, h } = await mountSeeded();
    await click(byName(container, /^Tags of @dora/));
    const input = await waitFor(() => byName(container, 'Tags of @dora', 'input'), 'tags editor');
    await typeInto(input, 'art, Kids , art');
    await press(input, 'Enter');
    await eventually(async () => expect((await store.get('youtube:dora'))?.tags).toEqual(['art', 'Kids']));
    await waitFor(() => byName(container, /^Tags of @dora: art, Kids/), 'tags shown');
    expect(h.handles[0]?.edit).toHaveBeenCalledTimes(1);

    await click(byName(container, /^Tags of @bob_x/));
    const other = await waitFor(() => byName(container, 'Tags of @bob_x', 'input'), 'editor');
    await typeInto(other, 'changed my mind');
    await press(other, 'Escape');
    expect((await store.get('x:bob_x'))?.tags).toEqual(['tech']);
  });

  test('notes: multi-line text is saved on blur; a refused save keeps the text in the editor', async () => {
    const { container, store } = await mountSeeded();
    await click(byName(container, /^Notes on @dora/));
    const editor = await waitFor(() => byName(container, 'Notes on @dora', 'textarea'), 'notes editor');
    await typeInto(editor, 'line one\nline two');
    await blur(editor);
    await eventually(async () => expect((await store.get('youtube:dora'))?.notes).toBe('line one\nline two'));

    // A tag with ";" is refused by the store: the message shows, the typed text stays.
    await click(byName(container, /^Tags of @dora/));
    const tags = await waitFor(() => byName(container, 'Tags of @dora', 'input'), 'tags editor');
    await typeInto(tags, 'a;b');
    await press(tags, 'Enter');
    await waitFor(() => container.querySelector('[role="alert"]'), 'error');
    expect((byName(container, 'Tags of @dora', 'input') as HTMLInputElement).value).toBe('a;b');
    expect((await store.get('youtube:dora'))?.tags).toEqual([]);
  });
});

describe('bulk changes and undo', () => {
  const select = async (root: ParentNode, handle: string) => click(byName(root, `Select @${handle}`, 'input'));

  test('bulk delete, then undo restores exactly what was there', async () => {
    const { container, store } = await mountSeeded();
    const before = (await store.list()).entries;
    await select(container, 'bob_x');
    await select(container, 'dora');
    expect(container.textContent).toContain('2 selected');
    await click(byName(container, 'Delete'));
    await waitFor(() => rowKeys(container).length === 2, 'two rows left');
    expect((await store.list()).entries.map((e) => e.key).sort()).toEqual(['instagram:ana.cocina', 'tiktok:cleo.runs']);
    expect(container.querySelector('.undo-bar')?.textContent).toContain('Deleted 2 creators.');

    await click(byName(container, 'Undo'));
    await waitFor(() => rowKeys(container).length === 4, 'four rows again');
    const after = (await store.list()).entries;
    expect(after).toEqual(before);
    expect(await store.history('x:bob_x')).toHaveLength(1);
  });

  test('bulk status and bulk tag, each undone', async () => {
    const { container, store } = await mountSeeded();
    await select(container, 'ana.cocina');
    await select(container, 'cleo.runs');
    const statusSelect = [...container.querySelectorAll('.bulk-bar select')][0] as HTMLSelectElement;
    await typeInto(statusSelect, 'negotiating');
    await click(byName(container, 'Set status'));
    await eventually(async () => expect((await store.get('tiktok:cleo.runs'))?.status).toBe('negotiating'));
    expect((await store.get('instagram:ana.cocina'))?.status).toBe('negotiating');

    await typeInto(container.querySelector('.bulk-bar input'), 'food');
    await click(byName(container, 'Add tag'));
    // Ana already had "Food": only... nobody lacked it (Cleo has "food") → nothing to add, said so.
    await waitFor(() => container.textContent?.includes('already has the tag'), 'info');
    await typeInto(container.querySelector('.bulk-bar input'), 'q2');
    await click(byName(container, 'Add tag'));
    await eventually(async () => expect((await store.get('instagram:ana.cocina'))?.tags).toEqual(['Food', 'q2']));

    await click(byName(container, 'Undo'));
    await eventually(async () => expect((await store.get('instagram:ana.cocina'))?.tags).toEqual(['Food']));
    await click(byName(container, 'Undo'));
    await eventually(async () => expect((await store.get('instagram:ana.cocina'))?.status).toBe('contacted'));
    expect((await store.get('tiktok:cleo.runs'))?.status).toBe('shortlisted');
  });
});

describe('export', () => {
  test('the filtered view exports only its rows, in its order; the whole list exports all', async () => {
    const { container, h } = await mountSeeded();
    await typeInto(byTestId(container, 'dashboard-search')[0], 'food');
    await click(byName(container, 'Import & export'));
    await click(byName(container, /^Export CSV \(filtered view, 2\)/));
    await waitFor(() => h.downloads.length === 1, 'download');
    const filtered = (await h.downloads[0]?.blob.text())?.split('\r\n').filter(Boolean) ?? [];
    expect(filtered.slice(1).map((l) => l.split(',').slice(0, 2).join(':'))).toEqual(['instagram:ana.cocina', 'tiktok:cleo.runs']);
    // Buttons wait while the first export records itself.
    const all = await waitFor(() => byName(container, /^Export CSV \(all 4\)/) as HTMLButtonElement | undefined, 'button');
    await waitFor(() => !all.disabled, 'export enabled');
    await click(all);
    await waitFor(() => h.downloads.length === 2, 'second download');
    expect((await h.downloads[1]?.blob.text())?.split('\r\n').filter(Boolean)).toHaveLength(5);
    expect(h.downloads[1]?.fileName).toBe('vetted-shortlist-2026-03-05.csv');

    // Excel next to CSV, for the same two scopes.
    const xlsx = await waitFor(() => byName(container, /^Export Excel \(\.xlsx, filtered view, 2\)/) as HTMLButtonElement | undefined, 'xlsx button');
    await waitFor(() => !xlsx.disabled, 'xlsx enabled');
    await click(xlsx);
    await waitFor(() => h.downloads.length === 3, 'xlsx download', 15_000);
    expect(h.downloads[2]?.fileName).toBe('vetted-shortlist-2026-03-05.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await h.downloads[2]!.blob.arrayBuffer());
    const sheet = workbook.getWorksheet('Shortlist')!;
    const keys: string[] = [];
    sheet.eachRow((row, n) => {
      if (n > 1) keys.push(`${String(row.getCell(1).value)}:${String(row.getCell(2).value)}`);
    });
    expect(keys).toEqual(['instagram:ana.cocina', 'tiktok:cleo.runs']);

    // On the main view too, next to the header's Export CSV: the whole list.
    const header = byTestId(container, 'header-export-xlsx')[0] as HTMLButtonElement;
    expect(header.previousElementSibling?.getAttribute('data-testid')).toBe('header-export');
    await click(header);
    await waitFor(() => h.downloads.length === 4, 'header xlsx download', 15_000);
    expect(h.downloads[3]?.fileName).toBe('vetted-shortlist-2026-03-05.xlsx');
    const whole = new ExcelJS.Workbook();
    await whole.xlsx.load(await h.downloads[3]!.blob.arrayBuffer());
    expect(whole.getWorksheet('Shortlist')!.rowCount).toBe(5);
  });

  test('after 50 unsaved changes the page suggests an export; exporting clears it', async () => {
    const store = await freshStore();
    await seedFour(store);
    // 4 saves + 3 updates in the seed, + 45 = 52.
    for (let i = 0; i < 45; i += 1) await store.update('youtube:dora', { notes: `n${i}` }, NOW);
    const h = harness(store.name);
    const { container } = await mount(<DashboardApp services={h.services} />);
    const nudge = await waitFor(() => byTestId(container, 'export-nudge')[0], 'nudge');
    expect(nudge.textContent).toMatch(/^5\d changes since your last export/);
    expect(byTestId(container, 'storage-status')[0]?.textContent).toBe('Storage used: 3 MB of 2 GB · Last export: never');
    await click(byName(nudge, 'Export CSV'));
    await waitFor(() => byTestId(container, 'export-nudge').length === 0, 'nudge gone');
    expect(byTestId(container, 'storage-status')[0]?.textContent).toContain('Last export: Mar 5, 2026');
  });
});

describe('failures', () => {
  test('storage that cannot open shows the reason', async () => {
    const h = harness('unused');
    const { StoreError } = await import('../../../lib/shortlist/errors');
    h.services.openShortlist = async () => Promise.reject(new StoreError('blocked', 'versionchange'));
    const { container } = await mount(<DashboardApp services={h.services} />);
    const message = await waitFor(() => byTestId(container, 'dashboard-store-error')[0], 'error');
    expect(message.textContent).toMatch(/updated in another tab/);
  });

  test('a bulk delete the browser refuses leaves every row in place', async () => {
    const store = await freshStore();
    await seedFour(store);
    const { StoreError } = await import('../../../lib/shortlist/errors');
    const h = harness(store.name, (s) => ({ ...s, bulkDelete: async () => Promise.reject(new StoreError('quota', 'QuotaExceededError')) }));
    const { container } = await mount(<DashboardApp services={h.services} />);
    await waitFor(() => rowKeys(container).length === 4, 'rows');
    await click(byName(container, 'Select @dora', 'input'));
    await click(byName(container, 'Delete'));
    const alert = await waitFor(() => container.querySelector('[role="alert"]'), 'alert');
    expect(alert.textContent).toMatch(/out of storage space/);
    expect(rowKeys(container)).toHaveLength(4);
    expect((await store.list()).entries as ShortlistEntry[]).toHaveLength(4);
    expect(container.querySelector('.undo-bar')?.textContent).toBe('');
  });
});
