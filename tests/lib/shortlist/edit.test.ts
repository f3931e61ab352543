import { afterEach, describe, expect, test } from 'vitest';
import { openShortlist, type Shortlist } from '../../../lib/shortlist/repository';
import { tagChanges } from '../../../lib/shortlist-view/tag-input';
import { freshDbName, makeReport, NOW } from './factory';

const at = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);
const open: Shortlist[] = [];

/** Two handles on one database: a page (the dashboard) and the worker that saves for the overlay. */
async function twoPages() {
  const name = freshDbName('edit');
  const page = await openShortlist(name, { log: () => undefined });
  const worker = await openShortlist(name, { log: () => undefined });
  open.push(page, worker);
  return { page, worker };
}

afterEach(() => {
  for (const s of open.splice(0)) s.close();
});

describe('edit: a change applied only to the version the page showed', () => {
  test('the overlay adds a tag and a note after the page read the entry: the page\'s note edit is refused, nothing is lost', async () => {
    const { page, worker } = await twoPages();
    await worker.save(makeReport(), { now: at(1), tag: 'food' });
    const shown = await page.get('instagram:ana.cocina');
    await worker.save(makeReport(), { now: at(2), tag: 'vip', note: 'asked for rates' });

    const result = await page.edit('instagram:ana.cocina', { notes: 'call back monday' }, { now: at(3), ifUpdatedAt: shown?.updatedAt ?? '' });
    expect(result.kind).toBe('stale');
    // The refusal hands back the current entry for the page to show.
    expect(result.kind !== 'missing' && result.entry).toMatchObject({ tags: ['food', 'vip'], notes: 'asked for rates', updatedAt: at(2).toISOString() });
    expect(await page.get('instagram:ana.cocina')).toMatchObject({ tags: ['food', 'vip'], notes: 'asked for rates', updatedAt: at(2).toISOString() });

    // On the version now shown, the same edit goes through and keeps the overlay's tag.
    const again = await page.edit('instagram:ana.cocina', { notes: 'call back monday' }, { now: at(3), ifUpdatedAt: at(2).toISOString() });
    expect(again.kind).toBe('saved');
    expect(await page.get('instagram:ana.cocina')).toMatchObject({ tags: ['food', 'vip'], notes: 'call back monday', updatedAt: at(3).toISOString() });
  });

  test('tag changes add and remove single tags; the same instant written with another offset is the same version', async () => {
    const { page } = await twoPages();
    await page.save(makeReport(), { now: at(1), tag: 'food' });
    const result = await page.edit('instagram:ana.cocina', { addTags: ['Spain'], removeTags: ['FOOD'] }, { now: at(2), ifUpdatedAt: '2026-03-05T15:01:00.000+01:00' });
    expect(result.kind).toBe('saved');
    expect(result.kind === 'saved' && result.entry?.tags).toEqual(['Spain']);
  });

  test('a creator deleted since is "missing"; a whole tag list is not a change', async () => {
    const { page } = await twoPages();
    expect(await page.edit('instagram:nobody', { status: 'signed' }, { now: at(1), ifUpdatedAt: at(0).toISOString() })).toEqual({ kind: 'missing' });
    await page.save(makeReport(), { now: at(1) });
    await expect(page.edit('instagram:ana.cocina', { tags: ['a'] } as never, { now: at(2), ifUpdatedAt: at(1).toISOString() })).rejects.toMatchObject({ code: 'invalid' });
  });
});

describe('tagChanges', () => {
  test('what was added and removed, compared case-insensitively', () => {
    expect(tagChanges(['food', 'Tech'], ['Food', 'art'])).toEqual({ addTags: ['art'], removeTags: ['Tech'] });
    expect(tagChanges([], [])).toEqual({ addTags: [], removeTags: [] });
  });
});
