import { afterEach, describe, expect, test } from 'vitest';
import { DashboardApp } from '../../../entrypoints/dashboard/dashboard-app';
import type { Shortlist } from '../../../lib/shortlist/repository';
import { NOW } from '../../lib/shortlist/factory';
import { blur, byName, byTestId, click, eventually, mount, press, typeInto, unmountAll, waitFor } from '../popup/mount';
import { freshStore, harness, opened, seedFour } from './dashboard-fixture';

afterEach(async () => {
  await unmountAll();
  for (const s of opened.splice(0)) s.close();
});

const later = (minutes: number) => new Date(NOW.getTime() + (60 + minutes) * 60_000);

async function mountSeeded() {
  const store = await freshStore('lost-update');
  await seedFour(store);
  const h = harness(store.name);
  const m = await mount(<DashboardApp services={h.services} />);
  await waitFor(() => byTestId(m.container, 'dashboard-row').length === 4, 'four rows');
  return { store, h, container: m.container };
}

/** What the overlay does (through the worker) while the dashboard is open: save the creator again with a tag and a note. */
async function overlaySaves(store: Shortlist, key: string, input: { tag?: string; note?: string }) {
  const entry = await store.get(key);
  if (!entry?.report) throw new Error(`no report for ${key}`);
  await store.save(entry.report, { now: later(1), ...input });
}

describe('edits cannot overwrite what another page wrote', () => {
  test('a tag added by the overlay after the dashboard loaded survives the dashboard adding its own tag', async () => {
    const { container, store } = await mountSeeded();
    await overlaySaves(store, 'youtube:dora', { tag: 'summer' });

    // The table still shows Dora without the overlay's tag; the user adds one.
    await click(byName(container, /^Tags of @dora/));
    const input = await waitFor(() => byName(container, 'Tags of @dora', 'input'), 'tags editor');
    await typeInto(input, 'art');
    await press(input, 'Enter');

    // Sent as "add art", checked against the version shown: refused, the current tags are shown, nothing lost.
    await waitFor(() => [...container.querySelectorAll('[role="alert"]')].find((n) => /changed elsewhere/.test(n.textContent ?? '')), 'stale notice');
    expect((await store.get('youtube:dora'))?.tags).toEqual(['summer']);
    expect((byName(container, 'Tags of @dora', 'input') as HTMLInputElement).value).toBe('art');

    // Saved again, now on the version shown: the change ("add art") joins the overlay's tag.
    await press(byName(container, 'Tags of @dora', 'input'), 'Enter');
    await eventually(async () => expect((await store.get('youtube:dora'))?.tags).toEqual(['summer', 'art']));
    await waitFor(() => byName(container, /^Tags of @dora: summer, art/), 'both tags shown');
  });

  test('a note edit after the overlay added a tag and a note keeps both (the stale edit is refused, the text stays in the editor)', async () => {
    const { container, store } = await mountSeeded();
    await overlaySaves(store, 'instagram:ana.cocina', { tag: 'vip', note: 'asked for rates' });

    await click(byName(container, /^Notes on @ana.cocina/));
    const editor = await waitFor(() => byName(container, 'Notes on @ana.cocina', 'textarea'), 'notes editor');
    await typeInto(editor, 'met at expo\nsigned NDA');
    await blur(editor);

    await waitFor(() => [...container.querySelectorAll('[role="alert"]')].find((n) => /changed elsewhere/.test(n.textContent ?? '')), 'stale notice');
    const stored = await store.get('instagram:ana.cocina');
    expect(stored?.tags).toEqual(['Food', 'vip']);
    expect(stored?.notes).toBe('met at expo\nasked for rates');
    // The user's words are still in the editor; the row behind it shows the current version.
    expect((byName(container, 'Notes on @ana.cocina', 'textarea') as HTMLTextAreaElement).value).toBe('met at expo\nsigned NDA');
    await waitFor(() => byName(container, /^Tags of @ana.cocina: Food, vip/), 'current tags shown');
  });

  test('a tag removed in the dashboard is sent as a removal: a tag the overlay added meanwhile stays', async () => {
    const { container, store, h } = await mountSeeded();
    await overlaySaves(store, 'x:bob_x', { tag: 'launch' });
    h.announceChange();
    await waitFor(() => byName(container, /^Tags of @bob_x: tech, launch/), 'live refresh');

    await click(byName(container, /^Tags of @bob_x/));
    const input = await waitFor(() => byName(container, 'Tags of @bob_x', 'input'), 'tags editor');
    await typeInto(input, 'launch');
    await press(input, 'Enter');
    await eventually(async () => expect((await store.get('x:bob_x'))?.tags).toEqual(['launch']));
    expect(h.handles[0]?.edit).toHaveBeenCalledWith('x:bob_x', { addTags: [], removeTags: ['tech'] }, expect.objectContaining({ now: NOW }));
  });
});

describe('live refresh', () => {
  test('another page writes: the table follows without a reload', async () => {
    const { container, store, h } = await mountSeeded();
    await overlaySaves(store, 'tiktok:cleo.runs', { tag: 'marathon' });
    await store.update('youtube:dora', { status: 'signed' }, later(2));
    expect(byName(container, /^Tags of @cleo.runs: food, marathon/)).toBeUndefined();

    h.announceChange();
    await waitFor(() => byName(container, /^Tags of @cleo.runs: food, marathon/), 'overlay tag shown');
    const first = byTestId(container, 'dashboard-row')[0];
    expect(first?.dataset.key).toBe('youtube:dora');
  });

  test('another page writes while the user types in the details: their text stays, they are told, and saving keeps both sides\' tags', async () => {
    const store = await freshStore('lost-update');
    await seedFour(store);
    const h = harness(store.name);
    // The user's edits come after the overlay's save, as they would on a real clock.
    h.services.now = () => later(10);
    const { container } = await mount(<DashboardApp services={h.services} />);
    await waitFor(() => byTestId(container, 'dashboard-row').length === 4, 'four rows');
    await click(byName(container, 'Details of @dora'));
    const details = await waitFor(() => byTestId(container, 'dashboard-details')[0], 'details');
    const notes = details.querySelector('textarea') as HTMLTextAreaElement;
    const tagsField = [...details.querySelectorAll('label')].find((l) => l.textContent?.startsWith('Tags'))!;
    const tags = details.querySelector(`#${CSS.escape(tagsField.htmlFor)}`) as HTMLInputElement;
    const tagsBefore = tags.value;
    await typeInto(notes, 'call on Monday');
    await typeInto(tags, `${tagsBefore ? `${tagsBefore}, ` : ''}art`);

    // The overlay saves Dora with a tag and a note meanwhile; the dashboard refreshes live.
    await overlaySaves(store, 'youtube:dora', { tag: 'summer', note: 'from the overlay' });
    h.announceChange();
    await waitFor(() => byTestId(container, 'details-notes-changed')[0], 'notes notice');
    expect(byTestId(container, 'details-tags-changed')).toHaveLength(1);
    expect((byTestId(container, 'dashboard-details')[0]!.querySelector('textarea') as HTMLTextAreaElement).value).toBe('call on Monday');

    // Straight from the tags field to "Save notes": leaving the field applies "add art" to the tags as
    // they are now (the overlay's stays), and the notes save, sent right behind it, is not refused.
    await blur(tags);
    await click(byName(container, 'Save notes'));
    await eventually(async () => expect((await store.get('youtube:dora'))?.notes).toBe('call on Monday'));
    expect((await store.get('youtube:dora'))?.tags).toEqual(expect.arrayContaining(['summer', 'art']));
    expect([...container.querySelectorAll('[role="alert"]')].filter((n) => /changed elsewhere/.test(n.textContent ?? ''))).toEqual([]);
  });
});
