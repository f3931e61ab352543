import { afterEach, expect, test } from 'vitest';
import { DEFAULT_BRIEF } from '../../../lib/scoring/default-brief';
import { saveReport } from '../../../lib/shortlist-view/save-report';
import { openShortlist, type Shortlist } from '../../../lib/shortlist/repository';
import { freshDbName, makeBrief, makeReport, NOW } from '../shortlist/factory';

const opened: Shortlist[] = [];
afterEach(() => {
  for (const s of opened.splice(0)) s.close();
});
async function fresh(): Promise<Shortlist> {
  const s = await openShortlist(freshDbName('save-report'), { log: () => undefined });
  opened.push(s);
  return s;
}

test('saved with the stored brief the report was scored against: promo code and tracking link', async () => {
  const s = await fresh();
  await s.briefs.put(makeBrief({ id: 'summer-26' }));
  const entry = await saveReport(s, makeReport(undefined, { briefId: 'summer-26' }), NOW);
  expect(entry).toMatchObject({ briefId: 'summer-26', promoCode: 'ANACOCINA' });
  expect(entry.trackingLink).toContain('utm_campaign=summer-glow-2026');
});

test('the built-in default brief: a promo code, no link (it has no landing page)', async () => {
  const s = await fresh();
  const entry = await saveReport(s, makeReport(undefined, { briefId: DEFAULT_BRIEF.id }), NOW);
  expect(entry).toMatchObject({ briefId: DEFAULT_BRIEF.id, promoCode: 'ANACOCINA', trackingLink: null });
});

test('a brief deleted since: saved under its id, without promo code or link', async () => {
  const s = await fresh();
  const entry = await saveReport(s, makeReport(undefined, { briefId: 'gone' }), NOW);
  expect(entry).toMatchObject({ briefId: 'gone', promoCode: null, trackingLink: null });
});
