import { act } from 'react';
import { afterEach, describe, expect, test } from 'vitest';
import { DashboardApp } from '../../../entrypoints/dashboard/dashboard-app';
import { csvOf } from '../../lib/csv/csv-of';
import type { VettingReport } from '../../../lib/contracts/report';
import { DEFAULT_BRIEF } from '../../../lib/scoring/default-brief';
import { makeBrief, makeReport, makeSnapshot, NOW } from '../../lib/shortlist/factory';
import { byName, byTestId, click, eventually, mount, typeInto, unmountAll, waitFor } from '../popup/mount';
import { freshStore, harness, opened, seedFour } from './dashboard-fixture';

afterEach(async () => {
  await unmountAll();
  for (const s of opened.splice(0)) s.close();
});

const rowKeys = (root: ParentNode) => byTestId(root, 'dashboard-row').map((r) => r.dataset.key);

async function mountSeeded(prepare?: (s: Awaited<ReturnType<typeof freshStore>>) => Promise<void>) {
  const store = await freshStore();
  await seedFour(store);
  await prepare?.(store);
  const h = harness(store.name);
  const m = await mount(<DashboardApp services={h.services} />);
  await waitFor(() => rowKeys(m.container).length >= 4, 'rows');
  return { store, h, container: m.container };
}

function fieldByLabel(root: ParentNode, label: string): HTMLInputElement {
  const l = [...root.querySelectorAll('label')].find((x) => x.textContent?.trim() === label);
  const el = l?.htmlFor ? root.querySelector(`#${CSS.escape(l.htmlFor)}`) : null;
  if (!el) throw new Error(`no field labelled ${label}`);
  return el as HTMLInputElement;
}

async function chooseFile(input: Element | undefined, file: File) {
  if (!input) throw new Error('no file input');
  await act(async () => {
    Object.defineProperty(input, 'files', { configurable: true, value: [file] });
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

describe('brief editor', () => {
  test('new brief: per-field errors, nothing stored until valid; then saved', async () => {
    const { container, store } = await mountSeeded();
    await click(byName(container, 'Briefs'));
    await click(byName(container, 'New brief'));
    const form = await waitFor(() => byTestId(container, 'brief-form')[0], 'form');
    expect(fieldByLabel(form, 'Name').value).toBe('New brief');
    // Starts from the default brief's settings.
    expect(fieldByLabel(form, 'Followers, at least').value).toBe(String(DEFAULT_BRIEF.followers.min));

    await typeInto(fieldByLabel(form, 'Name'), '');
    await typeInto(fieldByLabel(form, 'Landing page (for tracking links)'), 'shop.example.com');
    await typeInto(fieldByLabel(form, 'Mid-tier from'), '5000');
    await click(byName(form, 'Save brief'));
    expect(byTestId(form, 'brief-error-name')[0]?.textContent).toBeTruthy();
    expect(byTestId(form, 'brief-error-landingPage')[0]?.textContent).toMatch(/URL/);
    expect(byTestId(form, 'brief-error-tierBoundaries')[0]?.textContent).toMatch(/must rise/);
    expect(fieldByLabel(form, 'Landing page (for tracking links)').getAttribute('aria-invalid')).toBe('true');
    expect((await store.briefs.list()).briefs).toEqual([]);

    await typeInto(fieldByLabel(form, 'Name'), 'Spring launch');
    await typeInto(fieldByLabel(form, 'Landing page (for tracking links)'), 'https://shop.example.com/spring');
    await typeInto(fieldByLabel(form, 'Mid-tier from'), '100k');
    await typeInto(fieldByLabel(form, 'Followers, at most'), '1.5M');
    await click(byName(form, 'Save brief'));
    await eventually(async () => expect((await store.briefs.list()).briefs.map((b) => b.name)).toEqual(['Spring launch']));
    const saved = (await store.briefs.list()).briefs[0];
    expect(saved).toMatchObject({ tierBoundaries: { mid: 100_000 }, followers: { max: 1_500_000 } });
    expect(saved).toMatchObject({ id: 'brief-1', landingPage: 'https://shop.example.com/spring', createdAt: NOW.toISOString() });
    await waitFor(() => container.textContent?.includes('Saved “Spring launch”.'), 'saved message');
  });

  test('every input has a label of its own, and a count in words gets a message saying what is accepted', async () => {
    const { container } = await mountSeeded();
    await click(byName(container, 'Briefs'));
    await click(byName(container, 'New brief'));
    const form = await waitFor(() => byTestId(container, 'brief-form')[0], 'form');
    const names = [...form.querySelectorAll('input')]
      .filter((el) => el.type !== 'radio' && el.type !== 'checkbox')
      .map((el) => form.querySelector(`label[for="${CSS.escape(el.id)}"]`)?.textContent?.trim() ?? '(none)');
    expect(names).not.toContain('(none)');
    expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
    await typeInto(fieldByLabel(form, 'Followers, at most'), 'a hundred thousand');
    await click(byName(form, 'Save brief'));
    expect(byTestId(form, 'brief-error-followersMax')[0]?.textContent).toMatch(/10,000.*100k.*1\.5M/);
  });

  test('duplicate, then make active', async () => {
    const { container, store } = await mountSeeded(async (s) => {
      await s.briefs.put(makeBrief({ id: 'summer', name: 'Summer' }));
    });
    await click(byName(container, 'Briefs'));
    await waitFor(() => byName(container, 'Duplicate Summer'), 'list');
    await click(byName(container, 'Duplicate Summer'));
    const form = await waitFor(() => byTestId(container, 'brief-form')[0], 'form');
    expect(fieldByLabel(form, 'Name').value).toBe('Summer (copy)');
    expect(fieldByLabel(form, 'Landing page (for tracking links)').value).toBe('https://shop.example.com/glow?ref=ig');
    await click(byName(form, 'Save brief'));
    await eventually(async () => expect((await store.briefs.list()).briefs.map((b) => [b.id, b.name])).toEqual([['summer', 'Summer'], ['brief-1', 'Summer (copy)']]));

    await click(await waitFor(() => byName(container, 'Make Summer (copy) the active brief'), 'make active'));
    await eventually(async () => expect((await store.briefs.getActive())?.id).toBe('brief-1'));
    await waitFor(() => byTestId(container, 'brief-item').find((li) => li.dataset.id === 'brief-1')?.dataset.active === 'true', 'marked active');
    // Back to the built-in default.
    await click(byName(container, `Make ${DEFAULT_BRIEF.name} the active brief`));
    await eventually(async () => expect(await store.briefs.getActive()).toBeNull());
  });
});

describe('import', () => {
  test('a CSV with bad rows: the row errors are listed and nothing is written', async () => {
    const { container, store } = await mountSeeded();
    const before = await store.list();
    await click(byName(container, 'Import & export'));
    const csv = 'platform,handle,followers,status\r\ninstagram,ana.cocina,1,signed\r\nx,new_one,lots,\r\ntiktok,other,12,maybe\r\n';
    await chooseFile(byTestId(container, 'import-file')[0], new File([csv], 'sheet.csv', { type: 'text/csv' }));
    const result = await waitFor(() => byTestId(container, 'import-result')[0], 'result');
    expect(result.dataset.ok).toBe('false');
    expect(result.getAttribute('role')).toBe('alert');
    expect(result.textContent).toContain('Nothing was imported: 2 rows have problems.');
    expect([...(byTestId(container, 'import-errors')[0]?.querySelectorAll('li') ?? [])].map((li) => li.textContent)).toEqual([
      'row 3: followers is not a number',
      'row 4: status must be one of shortlisted, contacted, negotiating, signed, declined',
    ]);
    expect(await store.list()).toEqual(before);
  });

  test('a valid CSV: "skip" leaves existing creators alone, adds the new ones', async () => {
    const { container, store } = await mountSeeded();
    await click(byName(container, 'Import & export'));
    await click(byName(container, /Keep them as they are/, 'label'));
    const csv = 'platform,handle,followers,status\r\ninstagram,ana.cocina,1,signed\r\nx,new_one,77,\r\n';
    await chooseFile(byTestId(container, 'import-file')[0], new File([csv], 'sheet.csv'));
    const result = await waitFor(() => byTestId(container, 'import-result')[0], 'result');
    expect(result.textContent).toBe('sheet.csv: Import done: 1 added, 0 updated, 1 left as they were.');
    expect((await store.get('instagram:ana.cocina'))?.status).toBe('contacted');
    expect((await store.get('x:new_one'))?.snapshot.creator.followers).toBe(77);
    await click(byName(container, 'Shortlist'));
    await waitFor(() => rowKeys(container).includes('x:new_one'), 'new row in the table');
  });

  test('a JSON backup restores into an empty shortlist', async () => {
    const source = await freshStore();
    await seedFour(source);
    const { createBackup } = await import('../../../lib/shortlist/backup');
    const backup = await createBackup(source, NOW);
    const empty = await freshStore();
    const h = harness(empty.name);
    const { container } = await mount(<DashboardApp services={h.services} />);
    await click(byName(container, 'Import & export'));
    await chooseFile(byTestId(container, 'import-file')[0], new File([backup.json], backup.fileName, { type: 'application/json' }));
    await waitFor(() => byTestId(container, 'import-result')[0]?.dataset.ok === 'true', 'restored');
    expect(csvOf((await empty.list()).entries)).toBe(csvOf((await source.list()).entries));
  });
});

function withBenchmark(report: VettingReport, value: number): VettingReport {
  return {
    ...report,
    metrics: {
      ...report.metrics,
      benchmark: {
        platform: report.snapshot.creator.platform,
        bracket: '10k–50k',
        tier: 'micro',
        basis: 'followers',
        low: 0.01,
        averageLow: 0.015,
        averageHigh: 0.04,
        high: 0.06,
        value,
        statistic: 'median interactions per post ÷ followers, over the latest 30 posts',
        postsUsed: 12,
        valueReason: null,
        perPostMedian: value,
        position: 'average',
        source: 'test',
        sourceUrl: 'https://example.com',
      },
    },
  };
}

describe('compare', () => {
  const select = async (root: ParentNode, handle: string) => click(byName(root, `Select @${handle}`, 'input'));

  test.each([2, 3, 4])('%i creators side by side, with the tier band and the follower history', async (n) => {
    const { container, store } = await mountSeeded(async (s) => {
      await s.save(withBenchmark(makeReport(makeSnapshot({ capturedAt: new Date(NOW.getTime() + 9 * 86_400_000).toISOString(), followers: 49_000 })), 0.031), {
        now: new Date(NOW.getTime() + 9 * 86_400_000),
      });
    });
    const handles = ['ana.cocina', 'bob_x', 'cleo.runs', 'dora'].slice(0, n);
    await waitFor(() => rowKeys(container).length === 4, 'rows');
    for (const h of handles) await select(container, h);
    await click(byName(container, 'Compare'));
    const table = await waitFor(() => byTestId(container, 'compare-table')[0], 'compare table');
    expect([...table.querySelectorAll('thead th')].map((th) => th.getAttribute('data-key'))).toHaveLength(n);
    const band = table.querySelector('meter');
    expect(band?.getAttribute('aria-label')).toBe('Engagement 3.1% (median interactions per post ÷ followers, over the latest 30 posts) against the average band 1.5% to 4%');
    // Ana has two readings (first save and the one 9 days later), the others one each.
    const history = await waitFor(() => byTestId(container, 'history-table')[0], 'history');
    expect(history.querySelectorAll('tbody tr')).toHaveLength(n + 1);
    expect(await store.history('instagram:ana.cocina')).toHaveLength(2);
  });

  test('fewer than 2 or more than 4: says what to do, Compare is off', async () => {
    const { container } = await mountSeeded(async (s) => {
      await s.save(makeReport(makeSnapshot({ handle: 'eve' })), { now: NOW });
    });
    await waitFor(() => rowKeys(container).length === 5, 'rows');
    await select(container, 'dora');
    expect((byName(container, 'Compare') as HTMLButtonElement).disabled).toBe(true);
    for (const h of ['ana.cocina', 'bob_x', 'cleo.runs', 'eve']) await select(container, h);
    expect((byName(container, 'Compare') as HTMLButtonElement).disabled).toBe(true);
    await click(byName(container, /^Compare \(5\)/));
    expect(byTestId(container, 'compare')[0]?.textContent).toMatch(/Select 2 to 4 creators/);
    expect(byTestId(container, 'compare-table')).toHaveLength(0);
  });
});

describe('tracking', () => {
  test('promo code and link: editable, copied, with a visible fallback when the clipboard refuses', async () => {
    const { container, store, h } = await mountSeeded(async (s) => {
      await s.update('youtube:dora', { promoCode: 'DORA15', trackingLink: 'https://shop.example.com/?utm_content=dora' }, NOW);
    });
    await click(byName(container, 'Details of @dora'));
    const details = await waitFor(() => byTestId(container, 'dashboard-details')[0], 'details');
    await click(byName(details, 'Copy promo code'));
    expect(h.services.copyText).toHaveBeenCalledWith('DORA15');
    await waitFor(() => details.textContent?.includes('Copied.'), 'copied');

    h.services.copyText.mockRejectedValueOnce(new DOMException('Document is not focused', 'NotAllowedError'));
    await click(byName(details, 'Copy tracking link'));
    await waitFor(() => details.textContent?.includes('Could not copy automatically: the text is selected'), 'fallback');

    const promo = fieldByLabel(details, 'Promo code');
    await typeInto(promo, 'dora 20');
    await act(async () => promo.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true })));
    await eventually(async () => expect((await store.get('youtube:dora'))?.promoCode).toBe('DORA20'));

    // The limit is said next to the field; a longer code is refused with a message, not cut to fit.
    const again = await waitFor(() => byTestId(container, 'dashboard-details')[0], 'details');
    expect(again.textContent).toContain('up to 32 characters');
    const long = 'DORAEXPLORESTHEWORLDSUMMER2026SALE';
    await waitFor(() => fieldByLabel(container, 'Promo code').value === 'DORA20', 'saved code shown');
    const field = fieldByLabel(container, 'Promo code');
    await typeInto(field, long);
    await act(async () => field.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true })));
    await waitFor(() => container.textContent?.includes(`Not saved: ${long.length} characters, the limit is 32.`), 'too long');
    expect(fieldByLabel(container, 'Promo code').value).toBe(long);
    expect((await store.get('youtube:dora'))?.promoCode).toBe('DORA20');
  });
});

describe('browsing history', () => {
  test('"Clear browsing history" removes the readings of creators not on the shortlist and keeps the shortlist\'s', async () => {
    const { container, store } = await mountSeeded(async (s) => {
      await s.addReading({ key: 'x:just.browsed', at: NOW.toISOString(), followers: 10, following: null, postsCount: null });
      await s.addReading({ key: 'youtube:also.browsed', at: NOW.toISOString(), followers: 20, following: null, postsCount: null });
    });
    const kept = await store.history('instagram:ana.cocina');
    expect(kept.length).toBeGreaterThan(0);
    await click(byName(container, 'Import & export'));
    await click(byTestId(container, 'clear-browsing')[0]!);
    const result = await waitFor(() => byTestId(container, 'clear-browsing-result')[0], 'cleared');
    expect(result.textContent).toBe('Removed 2 follower readings of creators not on your shortlist.');
    expect(await store.history('x:just.browsed')).toEqual([]);
    expect(await store.history('youtube:also.browsed')).toEqual([]);
    expect(await store.history('instagram:ana.cocina')).toEqual(kept);
  });
});

describe('team sync in the details', () => {
  const syncOn = (stamp: { at: string; by: string | null } | null, asked: string[]) => ({
    read: async () => ({ settings: { url: 'https://couch.example.com/team', user: 'alice' }, status: { state: 'up-to-date' as const, reason: null, lastSyncAt: NOW.toISOString(), url: 'https://couch.example.com/team' } }),
    subscribe: () => () => undefined,
    turnOn: async () => null,
    turnOff: async () => undefined,
    statusStamp: async (key: string) => {
      asked.push(key);
      return stamp;
    },
  });

  test('says who changed the status last on the team, and when', async () => {
    const store = await freshStore();
    await seedFour(store);
    const asked: string[] = [];
    const h = harness(store.name);
    const { container } = await mount(<DashboardApp services={{ ...h.services, teamSync: syncOn({ at: '2026-12-01T10:30:00.000Z', by: 'bob' }, asked) }} />);
    await click(await waitFor(() => byName(container, 'Details of @dora'), 'row'));
    const line = await waitFor(() => byTestId(container, 'details-status-stamp')[0], 'stamp');
    expect(line.textContent).toMatch(/^set by bob, /);
    expect(line.textContent).toContain('2026');
    expect(asked).toContain('youtube:dora');
  });

  test('shows nothing with sync off', async () => {
    const store = await freshStore();
    await seedFour(store);
    const h = harness(store.name);
    const { container } = await mount(<DashboardApp services={h.services} />);
    await click(await waitFor(() => byName(container, 'Details of @dora'), 'row'));
    await waitFor(() => byTestId(container, 'dashboard-details')[0], 'details');
    expect(byTestId(container, 'details-status-stamp')).toEqual([]);
  });

  test('shows nothing when the synced document names no one', async () => {
    const store = await freshStore();
    await seedFour(store);
    const asked: string[] = [];
    const h = harness(store.name);
    const { container } = await mount(<DashboardApp services={{ ...h.services, teamSync: syncOn({ at: '2026-12-01T10:30:00.000Z', by: null }, asked) }} />);
    await click(await waitFor(() => byName(container, 'Details of @dora'), 'row'));
    await waitFor(() => asked.length > 0, 'asked');
    expect(byTestId(container, 'details-status-stamp')).toEqual([]);
  });
});

describe('details show the saved report', () => {
  test('why the verdict, every authenticity check, the price and the posts the engagement came from', async () => {
    const { container, store } = await mountSeeded();
    const saved = (await store.get('youtube:dora'))!.report!;
    await click(byName(container, 'Details of @dora'));
    const report = await waitFor(() => byTestId(container, 'details-report')[0], 'saved report');
    const text = report.textContent ?? '';
    expect(text).toContain(saved.fit.summary);
    for (const c of saved.fit.components) expect(text).toContain(c.reason);
    expect(text).toContain(`Authenticity ${saved.authenticity.score}/100`);
    for (const s of saved.authenticity.signals) expect(text).toContain(s.message);
    expect(text).toContain(saved.price.formula);
    expect(text).toContain(`Engagement from ${saved.metrics.engagement.postIds.length} of ${saved.metrics.eligiblePostIds.length} eligible posts`);
  });
});
