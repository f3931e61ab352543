import ExcelJS from 'exceljs';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { PopupApp } from '../../../entrypoints/popup/popup-app';
import type { PopupServices } from '../../../entrypoints/popup/popup-services';
import { CSV_HEADER } from '../../../lib/csv/csv-columns';
import { CSV_BOM } from '../../../lib/csv/csv-writer';
import type { CurrentTab } from '../../../lib/shortlist-view/current-tab';
import type { DownloadFile } from '../../../lib/shortlist-view/download';
import { StoreError } from '../../../lib/shortlist/errors';
import { openShortlist, type Shortlist } from '../../../lib/shortlist/repository';
import { freshDbName, makeBrief, makeReport, makeSnapshot, NOW } from '../../lib/shortlist/factory';
import { byName, byTestId, click, eventually, mount, typeInto, unmountAll, waitFor } from './mount';
import { popupBackground } from './popup-background';

const opened: Shortlist[] = [];
afterEach(async () => {
  await unmountAll();
  for (const s of opened.splice(0)) s.close();
});

async function freshStore(): Promise<Shortlist> {
  const s = await openShortlist(freshDbName('popup'), { log: () => undefined });
  opened.push(s);
  return s;
}

const minutes = (n: number) => new Date(NOW.getTime() + n * 60_000);

function services(shortlist: Shortlist | Promise<Shortlist>, current: CurrentTab = { kind: 'none' }) {
  const downloads: DownloadFile[] = [];
  const listeners = new Set<() => void>();
  const s = {
    // A second handle on the same database: the popup closes its own when it unmounts.
    openShortlist: vi.fn(async () => openShortlist((await shortlist).name, { log: () => undefined })),
    currentTab: vi.fn(async () => current),
    // Through the real background handlers, as the popup's wiring does it.
    saveFromTab: vi.fn(async (tabId: number, key: string) => (await popupBackground((await shortlist).name, current))(tabId, key)),
    openDashboard: vi.fn(),
    download: vi.fn((file: DownloadFile) => void downloads.push(file)),
    copyText: vi.fn(async () => undefined),
    now: () => NOW,
    onShortlistChange: (listener: () => void) => {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  } satisfies PopupServices;
  /** What another page's write announces (lib/runtime/shortlist-changes). */
  const announceChange = () => listeners.forEach((listener) => listener());
  return { services: s, downloads, announceChange };
}

const ready = (report = makeReport()): CurrentTab => ({
  kind: 'state',
  tabId: 7,
  state: { status: 'ready', pageUrl: report.snapshot.creator.profileUrl, updatedAt: NOW.toISOString(), report },
});

async function seedThree(store: Shortlist) {
  await store.save(makeReport(makeSnapshot({ handle: 'ana.cocina', displayName: 'Ana Cocina' })), { now: minutes(1) });
  await store.save(makeReport(makeSnapshot({ platform: 'x', handle: 'bob_x', displayName: 'Bob Builder', profileUrl: 'https://x.com/bob_x' })), {
    now: minutes(2),
  });
  await store.save(makeReport(makeSnapshot({ platform: 'tiktok', handle: 'cleo.runs', displayName: 'Cleo', profileUrl: 'https://www.tiktok.com/@cleo.runs' })), {
    now: minutes(3),
  });
  await store.update('x:bob_x', { status: 'contacted' }, minutes(4));
  await store.update('tiktok:cleo.runs', { status: 'signed' }, minutes(5));
}

describe('popup', () => {
  test('empty shortlist: tells a new user what to do, nothing to export', async () => {
    const store = await freshStore();
    const { container } = await mount(<PopupApp services={services(store).services} />);
    const empty = await waitFor(() => byTestId(container, 'popup-empty')[0], 'empty state');
    expect(empty.textContent).toMatch(/Open a creator's profile on Instagram, TikTok, YouTube or X/);
    expect(byTestId(container, 'popup-current')[0]?.dataset.state).toBe('none');
    expect(byTestId(container, 'popup-row')).toHaveLength(0);
    expect((byName(container, 'Export CSV') as HTMLButtonElement).disabled).toBe(true);
  });

  test('list: most recent first, search by name or handle, counts per status', async () => {
    const store = await freshStore();
    await seedThree(store);
    const { container } = await mount(<PopupApp services={services(store).services} />);
    const keys = () => byTestId(container, 'popup-row').map((r) => r.dataset.key);
    await waitFor(() => keys().length === 3, 'three rows');
    expect(keys()).toEqual(['tiktok:cleo.runs', 'x:bob_x', 'instagram:ana.cocina']);

    const counts = Object.fromEntries([...container.querySelectorAll('.status-counts li')].map((li) => [li.getAttribute('data-status'), li.querySelector('.count')?.textContent]));
    expect(counts).toEqual({ shortlisted: '1', contacted: '1', negotiating: '0', signed: '1', declined: '0' });

    const search = byTestId(container, 'popup-search')[0];
    await typeInto(search, 'builder');
    expect(keys()).toEqual(['x:bob_x']);
    await typeInto(search, '@ana');
    expect(keys()).toEqual(['instagram:ana.cocina']);
    await typeInto(search, 'nobody');
    expect(keys()).toEqual([]);
    expect(container.textContent).toMatch(/No creator on your shortlist matches/);
  });

  test('current creator: save, change status, remove', async () => {
    const store = await freshStore();
    await store.briefs.put(makeBrief({ id: 'summer-26' }));
    const report = makeReport(makeSnapshot(), { briefId: 'summer-26', briefName: 'Summer Glow 2026', fitScore: 81, fitVerdict: 'strong' });
    const { services: s } = services(store, ready(report));
    const { container } = await mount(<PopupApp services={s} />);
    const box = await waitFor(() => byTestId(container, 'popup-current').find((b) => b.dataset.state === 'ready'), 'ready box');
    expect(box.textContent).toContain('@ana.cocina · Instagram');
    expect(box.querySelector('.fit-score')?.textContent).toBe('81');
    expect(byTestId(box, 'popup-verdict')[0]?.textContent).toBe('●Strong fit · 81');

    await click(await waitFor(() => byName(box, 'Save to shortlist'), 'save button'));
    const saved = await waitFor(() => byName(box, 'Status of @ana.cocina', 'select'), 'status select');
    // One save path: the background saves the tab's own report; the popup names the tab and the creator.
    expect(s.saveFromTab).toHaveBeenCalledWith(7, 'instagram:ana.cocina');
    const entry = await store.get('instagram:ana.cocina');
    // Saved with the brief the report was scored against: its landing page gives the tracking link.
    expect(entry?.trackingLink).toBe('https://shop.example.com/glow?ref=ig&utm_source=instagram&utm_medium=influencer&utm_campaign=summer-glow-2026&utm_content=ana.cocina');
    expect(entry?.promoCode).toBe('ANACOCINA');
    expect(byTestId(container, 'popup-row').map((r) => r.dataset.key)).toEqual(['instagram:ana.cocina']);

    await typeInto(saved, 'negotiating');
    await eventually(async () => expect((await store.get('instagram:ana.cocina'))?.status).toBe('negotiating'));
    await waitFor(() => (byName(box, 'Status of @ana.cocina', 'select') as HTMLSelectElement).value === 'negotiating', 'status shown');

    await click(byName(box, 'Remove from shortlist'));
    await waitFor(() => byName(box, 'Save to shortlist'), 'save button again');
    expect(await store.get('instagram:ana.cocina')).toBeNull();
  });

  test('live: the overlay saves the creator while the popup is open, and the popup shows it saved; a stale status change is refused', async () => {
    const store = await freshStore();
    const report = makeReport();
    const { services: s, announceChange } = services(store, ready(report));
    const { container } = await mount(<PopupApp services={s} />);
    const box = await waitFor(() => byTestId(container, 'popup-current').find((b) => b.dataset.state === 'ready'), 'ready box');
    await waitFor(() => byName(box, 'Save to shortlist'), 'save button');

    await store.save(report, { now: minutes(1), tag: 'vip' });
    announceChange();
    const select = await waitFor(() => byName(box, 'Status of @ana.cocina', 'select'), 'saved elsewhere, shown here');
    expect(byTestId(container, 'popup-row').map((r) => r.dataset.key)).toEqual(['instagram:ana.cocina']);

    // Written again elsewhere, not yet heard: the popup's change is refused and it shows the current entry.
    await store.update('instagram:ana.cocina', { status: 'contacted', notes: 'from the dashboard' }, minutes(2));
    await typeInto(select, 'declined');
    await waitFor(() => [...container.querySelectorAll('[role="alert"]')].find((n) => /changed elsewhere/.test(n.textContent ?? '')), 'stale notice');
    expect(await store.get('instagram:ana.cocina')).toMatchObject({ status: 'contacted', notes: 'from the dashboard', tags: ['vip'] });
    await waitFor(() => (byName(box, 'Status of @ana.cocina', 'select') as HTMLSelectElement).value === 'contacted', 'current status shown');
  });

  test('current creator outside the brief: the failing limit is the headline, no score', async () => {
    const store = await freshStore();
    const report = makeReport(makeSnapshot({ followers: 1_137_245 }), { fitScore: 73, fitVerdict: 'outside-brief', fitSummary: 'Outside brief · 1.1M followers > 100k' });
    const { container } = await mount(<PopupApp services={services(store, ready(report)).services} />);
    const box = await waitFor(() => byTestId(container, 'popup-current').find((b) => b.dataset.state === 'ready'), 'ready box');
    expect(byTestId(box, 'popup-verdict')[0]?.textContent).toBe('✕Outside brief · 1.1M followers > 100k');
    expect(box.querySelector('.fit-score')).toBeNull();
    expect(box.textContent).not.toContain('73');
  });

  test('list rows carry the verdict line, and say it to a screen reader', async () => {
    const store = await freshStore();
    await store.save(makeReport(makeSnapshot(), { fitScore: 40, fitVerdict: 'outside-brief', fitSummary: 'Outside brief · 1.2M followers > 100k' }), { now: minutes(1) });
    const { container } = await mount(<PopupApp services={services(store).services} />);
    const row = await waitFor(() => byTestId(container, 'popup-row')[0], 'row');
    expect(byTestId(row, 'popup-row-verdict')[0]?.textContent).toBe('✕Outside brief · 1.2M followers > 100k');
    // Named by its visible text (axe: label-content-name-mismatch), what it does said first.
    expect(row.querySelector('button')?.getAttribute('aria-label')).toBeNull();
    expect(row.querySelector('button')?.textContent).toMatch(/^Open in the dashboard: Ana Cocina@ana\.cocina · .*Outside brief · 1\.2M followers > 100k/);
  });

  test('Export CSV downloads the whole list as a CSV with the header row and records the export', async () => {
    const store = await freshStore();
    await seedThree(store);
    const { services: s, downloads } = services(store);
    const { container } = await mount(<PopupApp services={s} />);
    await waitFor(() => byTestId(container, 'popup-row').length === 3, 'rows');
    await click(byName(container, 'Export CSV'));
    await waitFor(() => downloads.length === 1, 'download');
    const file = downloads[0] as DownloadFile;
    expect(file.fileName).toBe('vetted-shortlist-2026-03-05.csv');
    expect(file.blob.type).toMatch(/^text\/csv/);
    const lines = (await file.blob.text()).split('\r\n');
    expect(lines[0]).toBe(CSV_BOM + CSV_HEADER.join(','));
    expect(lines.filter((l) => l !== '')).toHaveLength(4);
    expect(lines.some((l) => l.startsWith('x,bob_x,Bob Builder,'))).toBe(true);
    await eventually(async () => expect((await store.stats()).lastExportAt).toBe(NOW.toISOString()));
  });

  test('Export Excel (.xlsx) downloads the whole list as a workbook with the CSV\'s columns', async () => {
    const store = await freshStore();
    await seedThree(store);
    const { services: s, downloads } = services(store);
    const { container } = await mount(<PopupApp services={s} />);
    await waitFor(() => byTestId(container, 'popup-row').length === 3, 'rows');
    await click(byName(container, 'Export Excel (.xlsx)'));
    await waitFor(() => downloads.length === 1, 'download', 15_000);
    const file = downloads[0] as DownloadFile;
    expect(file.fileName).toBe('vetted-shortlist-2026-03-05.xlsx');
    expect(file.blob.type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await file.blob.arrayBuffer());
    const sheet = workbook.getWorksheet('Shortlist')!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual([...CSV_HEADER]);
    expect(sheet.rowCount).toBe(4);
    await eventually(async () => expect((await store.stats()).lastExportAt).toBe(NOW.toISOString()));
  });

  test('storage unavailable (private window): says so, still shows the tab, offers no save', async () => {
    const { services: s } = services(Promise.resolve({} as Shortlist), ready());
    s.openShortlist.mockRejectedValue(new StoreError('unavailable', 'InvalidStateError'));
    const { container } = await mount(<PopupApp services={s} />);
    const message = await waitFor(() => byTestId(container, 'popup-store-error')[0], 'store error');
    expect(message.textContent).toMatch(/private browsing/);
    const box = await waitFor(() => byTestId(container, 'popup-current').find((b) => b.dataset.state === 'ready'), 'ready box');
    expect(byName(box, 'Save to shortlist')).toBeUndefined();
  });

  test('a save the browser refuses (quota) is reported and changes nothing', async () => {
    const store = await freshStore();
    await seedThree(store);
    const tab = ready(makeReport(makeSnapshot({ handle: 'dora.new', displayName: 'Dora' })));
    const { services: s } = services(store, tab);
    // The worker's store refuses the write.
    const refusing = await popupBackground(store.name, tab, async () => {
      const real = await openShortlist(store.name, { log: () => undefined });
      return { ...real, save: async () => Promise.reject(new StoreError('quota', 'QuotaExceededError')) };
    });
    s.saveFromTab.mockImplementation(refusing);
    const { container } = await mount(<PopupApp services={s} />);
    const box = await waitFor(() => byTestId(container, 'popup-current').find((b) => b.dataset.state === 'ready'), 'ready box');
    await waitFor(() => byTestId(container, 'popup-row').length === 3, 'rows');
    await click(byName(box, 'Save to shortlist'));
    const alert = await waitFor(() => container.querySelector('[role="alert"]'), 'alert');
    expect(alert.textContent).toMatch(/out of storage space/);
    expect(byTestId(container, 'popup-row')).toHaveLength(3);
    expect(byName(box, 'Save to shortlist')).toBeDefined();
    expect((await store.list()).entries).toHaveLength(3);
  });

  test('a row opens the dashboard at that creator', async () => {
    const store = await freshStore();
    await seedThree(store);
    const { services: s } = services(store);
    const { container } = await mount(<PopupApp services={s} />);
    const row = await waitFor(() => byTestId(container, 'popup-row').find((r) => r.dataset.key === 'x:bob_x'), 'row');
    await click(row.querySelector('button'));
    expect(s.openDashboard).toHaveBeenCalledWith('x:bob_x');
    await click(byName(container, 'Open dashboard'));
    expect(s.openDashboard).toHaveBeenLastCalledWith(null);
  });
});
