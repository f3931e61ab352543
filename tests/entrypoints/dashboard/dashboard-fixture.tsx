import { vi } from 'vitest';
import type { DashboardServices } from '../../../entrypoints/dashboard/dashboard-services';
import type { VettingReport } from '../../../lib/contracts/report';
import { backupDownload } from '../../../lib/runtime/backup-download';
import type { DownloadFile } from '../../../lib/shortlist-view/download';
import type { OnExisting } from '../../../lib/contracts/shortlist-store';
import { importFile } from '../../../lib/runtime/import-file';
import type { ImportableFile } from '../../../lib/shortlist-view/importable-file';
import { openShortlist, type Shortlist } from '../../../lib/shortlist/repository';
import { freshDbName, makeReport, makeSnapshot, NOW, type ReportFigureOverrides } from '../../lib/shortlist/factory';

export const opened: Shortlist[] = [];

export async function freshStore(label = 'dashboard'): Promise<Shortlist> {
  const s = await openShortlist(freshDbName(label), { log: () => undefined });
  opened.push(s);
  return s;
}

const at = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);

function report(platform: 'instagram' | 'x' | 'tiktok' | 'youtube', handle: string, displayName: string, followers: number | null, f: ReportFigureOverrides): VettingReport {
  const url = { instagram: `https://www.instagram.com/${handle}/`, x: `https://x.com/${handle}`, tiktok: `https://www.tiktok.com/@${handle}`, youtube: `https://www.youtube.com/@${handle}` }[platform];
  return makeReport(makeSnapshot({ platform, handle, displayName, profileUrl: url, followers }), f);
}

/** Four creators that differ in every column the table sorts and filters on. */
export async function seedFour(s: Shortlist): Promise<void> {
  await s.save(report('instagram', 'ana.cocina', 'Ana Cocina', 48_200, { fitScore: 74, fitVerdict: 'possible', tier: 'micro', engagementRate: 0.03, authenticityScore: 82, priceLow: 180, briefId: 'summer', briefName: 'Summer' }), {
    now: at(1),
    tag: 'Food',
    note: 'met at expo',
  });
  await s.save(report('x', 'bob_x', 'Bob', 1_200_000, { fitScore: 40, fitVerdict: 'outside-brief', fitSummary: 'Outside brief · 1.2M followers > 100k', tier: 'mega', engagementRate: 0.004, authenticityScore: 55, priceLow: 9_000, priceHigh: 12_000 }), { now: at(2), tag: 'tech' });
  await s.save(report('tiktok', 'cleo.runs', 'Cleo', 9_000, { fitScore: 90, fitVerdict: 'strong', tier: 'nano', engagementRate: 0.08, authenticityScore: 91, priceLow: 50, briefId: 'summer', briefName: 'Summer' }), {
    now: at(3),
    tag: 'food',
  });
  await s.save(report('youtube', 'dora', 'Dora Draws', 250_000, { fitScore: 62, fitVerdict: 'insufficient-evidence', tier: 'mid', engagementRate: 0.05, authenticityScore: 70, priceLow: 2_000 }), { now: at(4) });
  await s.update('instagram:ana.cocina', { status: 'contacted' }, at(5));
  await s.update('x:bob_x', { status: 'signed' }, at(6));
  await s.update('youtube:dora', { status: 'declined' }, at(7));
}

export interface Harness {
  services: DashboardServices & { download: ReturnType<typeof vi.fn>; copyText: ReturnType<typeof vi.fn> };
  downloads: DownloadFile[];
  /** The handles the dashboard opened, with their methods spied on. */
  handles: Shortlist[];
  /** What another page's write announces (lib/runtime/shortlist-changes). */
  announceChange(): void;
}

/** Services on a fake-indexeddb store; `wrap` may replace methods of the handle the dashboard gets. */
export function harness(name: string, wrap: (s: Shortlist) => Shortlist = (s) => s): Harness {
  const downloads: DownloadFile[] = [];
  const handles: Shortlist[] = [];
  let ids = 0;
  const listeners = new Set<() => void>();
  const services = {
    openShortlist: async () => {
      const real = await openShortlist(name, { log: () => undefined });
      const handle = wrap({ ...real, update: vi.fn(real.update), edit: vi.fn(real.edit), bulkDelete: vi.fn(real.bulkDelete), restore: vi.fn(real.restore) });
      handles.push(handle);
      return handle;
    },
    importFile: async (file: ImportableFile, options: { onExisting: OnExisting; now: Date }) => importFile(handles.at(-1)!, file, options),
    backup: async (now: Date) => backupDownload(handles.at(-1)!, now),
    storageEstimate: async () => ({ usage: 3 * 1024 * 1024, quota: 2 * 1024 * 1024 * 1024 }),
    download: vi.fn((file: DownloadFile) => void downloads.push(file)),
    copyText: vi.fn(async () => undefined),
    now: () => NOW,
    newId: () => `brief-${(ids += 1)}`,
    onShortlistChange: (listener: () => void) => {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
  return { services, downloads, handles, announceChange: () => listeners.forEach((listener) => listener()) };
}
