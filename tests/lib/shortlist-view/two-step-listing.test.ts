import { afterEach, describe, expect, test, vi } from 'vitest';
import { earlyShortlist } from '../../../lib/shortlist-view/early-shortlist';
import { listInTwoSteps, sameListing } from '../../../lib/shortlist-view/two-step-listing';
import type { SummaryListResult } from '../../../lib/contracts/shortlist-store';
import { openShortlist, type Shortlist } from '../../../lib/shortlist/repository';
import { freshDbName, makeReport, makeSnapshot, NOW } from '../shortlist/factory';
import { deleteSummaryRaw } from '../shortlist/raw-idb';

const opened: Shortlist[] = [];
afterEach(() => {
  for (const s of opened.splice(0)) s.close();
});

async function storeWith(handles: string[]): Promise<Shortlist> {
  const s = await openShortlist(freshDbName('two-step'), { log: () => undefined });
  opened.push(s);
  for (const [i, handle] of handles.entries()) await s.save(makeReport(makeSnapshot({ handle })), { now: new Date(NOW.getTime() + i * 60_000) });
  return s;
}

describe('listInTwoSteps', () => {
  test('shows the quick listing, then nothing more when the complete one says the same', async () => {
    const s = await storeWith(['a1', 'a2']);
    const shown: SummaryListResult[] = [];
    const first = vi.fn();
    await listInTwoSteps(s, (r) => shown.push(r), first);
    expect(shown.map((r) => r.summaries.map((x) => x.handle))).toEqual([['a2', 'a1']]);
    expect(first).toHaveBeenCalledTimes(1);
  });

  test('a creator whose summary went missing is not in the quick listing, and the complete one brings it', async () => {
    const s = await storeWith(['a1', 'a2']);
    await deleteSummaryRaw(s.name, 'instagram:a1');
    const shown: string[][] = [];
    await listInTwoSteps(s, (r) => shown.push(r.summaries.map((x) => x.handle)));
    expect(shown).toEqual([['a2'], ['a2', 'a1']]);
  });
});

describe('sameListing', () => {
  test('differs on a creator more or less, another order, or an edit', async () => {
    const s = await storeWith(['a1', 'a2']);
    const before = await s.listSummaries();
    expect(sameListing(before, await s.listSummaries())).toBe(true);
    await s.update('instagram:a1', { notes: 'edited' }, new Date(NOW.getTime() + 3_600_000));
    const edited = await s.listSummaries();
    expect(sameListing(before, edited)).toBe(false);
    expect(sameListing(before, { ...before, summaries: [...before.summaries].reverse() })).toBe(false);
    expect(sameListing(before, { ...before, summaries: before.summaries.slice(1) })).toBe(false);
  });
});

describe('earlyShortlist', () => {
  test('opens at once; the first call gets that handle and its first quick listing, later calls start afresh', async () => {
    const s = await storeWith(['a1']);
    const quick = vi.spyOn(s, 'listSummaries');
    const open = vi.fn(async () => s);
    const openShortlistLater = earlyShortlist(open);
    expect(open).toHaveBeenCalledTimes(1);
    const handle = await openShortlistLater();
    await vi.waitFor(() => expect(quick).toHaveBeenCalledWith({ complete: false }));
    expect((await handle.listSummaries({ complete: false })).summaries).toHaveLength(1);
    expect(quick).toHaveBeenCalledTimes(1);
    await handle.listSummaries();
    await handle.listSummaries({ complete: false });
    expect(quick).toHaveBeenCalledTimes(3);
    await openShortlistLater();
    expect(open).toHaveBeenCalledTimes(2);
  });

  test('a failed open is reported to whoever asks, and not as an unhandled rejection before', async () => {
    const openShortlistLater = earlyShortlist(() => Promise.reject(new Error('private mode')));
    await new Promise((resolve) => setTimeout(resolve, 10));
    await expect(openShortlistLater()).rejects.toThrow('private mode');
  });
});
