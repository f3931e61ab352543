import { afterEach, describe, expect, test } from 'vitest';
import { DEFAULT_BRIEF } from '../../../lib/scoring/default-brief';
import type { CurrentTab } from '../../../lib/shortlist-view/current-tab';
import { openShortlist, type Shortlist } from '../../../lib/shortlist/repository';
import { popupBackground } from '../../entrypoints/popup/popup-background';
import { freshDbName, makeBrief, makeReport, NOW } from '../shortlist/factory';

const opened: Shortlist[] = [];
afterEach(() => {
  for (const s of opened.splice(0)) s.close();
});

async function fresh(): Promise<Shortlist> {
  const s = await openShortlist(freshDbName('tab-save'), { log: () => undefined });
  opened.push(s);
  return s;
}

const onTab = (report = makeReport()): CurrentTab => ({ kind: 'state', tabId: 7, state: { status: 'ready', pageUrl: report.snapshot.creator.profileUrl, updatedAt: NOW.toISOString(), report } });

describe('tab/save: the popup saves through the same background save as the overlay', () => {
  test('saved with the stored brief the report was scored against: promo code and tracking link', async () => {
    const s = await fresh();
    await s.briefs.put(makeBrief({ id: 'summer-26' }));
    const save = await popupBackground(s.name, onTab(makeReport(undefined, { briefId: 'summer-26' })));
    await save(7, 'instagram:ana.cocina');
    const entry = await s.get('instagram:ana.cocina');
    expect(entry).toMatchObject({ briefId: 'summer-26', promoCode: 'ANACOCINA' });
    expect(entry?.trackingLink).toContain('utm_campaign=summer-glow-2026');
  });

  test('the built-in default brief: a promo code, no link; a brief deleted since: neither', async () => {
    const s = await fresh();
    await (await popupBackground(s.name, onTab(makeReport(undefined, { briefId: DEFAULT_BRIEF.id }))))(7, 'instagram:ana.cocina');
    expect(await s.get('instagram:ana.cocina')).toMatchObject({ briefId: DEFAULT_BRIEF.id, promoCode: 'ANACOCINA', trackingLink: null });
    await s.remove('instagram:ana.cocina');
    await (await popupBackground(s.name, onTab(makeReport(undefined, { briefId: 'gone' }))))(7, 'instagram:ana.cocina');
    expect(await s.get('instagram:ana.cocina')).toMatchObject({ briefId: 'gone', promoCode: null, trackingLink: null });
  });

  test('the tab\'s own report only: another creator, another tab or no report saves nothing', async () => {
    const s = await fresh();
    const save = await popupBackground(s.name, onTab());
    await expect(save(7, 'instagram:someone.else')).rejects.toThrow('This creator is no longer the one on the page; nothing was saved.');
    await expect(save(8, 'instagram:ana.cocina')).rejects.toThrow('nothing was saved');
    expect((await s.list()).entries).toEqual([]);
  });
});
