import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act } from 'react';
import type { TabState } from '../../../lib/messages/protocol';
import { makeReport, makeSnapshot, NOW } from '../../lib/vetting/factory';
import { byTestId, openSection, render, settle as settleCharts, typeInto, type Rendered } from '../../components/overlay/render';

type Listener = (changes: Record<string, { newValue?: unknown }>) => void;
/** A stand-in for the background and the extension APIs the overlay page uses. */
const fake = vi.hoisted(() => ({
  session: new Set<Listener>(),
  local: new Map<string, unknown>(),
  handle: (_message: { type: string; [k: string]: unknown }): unknown => undefined,
  sent: [] as Array<{ type: string; [k: string]: unknown }>,
}));

vi.mock('wxt/browser', () => ({
  browser: {
    runtime: {
      getURL: (path: string) => `chrome-extension://vetted-test${path}`,
      sendMessage: async (message: { type: string }) => {
        fake.sent.push(message);
        return fake.handle(message);
      },
    },
    storage: {
      session: { onChanged: { addListener: (l: Listener) => fake.session.add(l), removeListener: (l: Listener) => fake.session.delete(l) } },
      local: {
        get: async (key: string) => (fake.local.has(key) ? { [key]: fake.local.get(key) } : {}),
        set: async (items: Record<string, unknown>) => void Object.entries(items).forEach(([k, v]) => fake.local.set(k, v)),
      },
    },
  },
}));

const TOKEN = '0123456789abcdef0123456789abcdef';
/** The content script's end of the channel: it finds the frame untouched whenever asked (save-gate.ts, the non-Chromium path). */
vi.mock('../../../entrypoints/overlay/frame-connection', () => {
  const listeners = new Set<(answer: unknown) => void>();
  const link = {
    token: '0123456789abcdef0123456789abcdef',
    post(request: { type: string; id?: number }) {
      if (request.type === 'check') queueMicrotask(() => listeners.forEach((l) => l({ type: 'checked', id: request.id, ok: true })));
    },
    listen(listener: (answer: unknown) => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return { frameLink: () => Promise.resolve(link) };
});

const { OverlayConnector } = await import('../../../entrypoints/overlay/overlay-connector');

const ready = (handle: string): TabState => {
  const report = makeReport(makeSnapshot({ handle, profileUrl: `https://www.instagram.com/${handle}/` }));
  return { status: 'ready', pageUrl: report.snapshot.creator.profileUrl, updatedAt: NOW.toISOString(), report };
};
const savedEntry = { status: 'shortlisted', tags: ['spring'], updatedAt: '2025-06-01T12:00:00.000Z' };
const shortlistView = { ok: true, entry: null, briefs: [{ id: 'default-micro', name: 'Micro-influencers (3k–100k)' }, { id: 'beauty', name: 'Beauty' }], history: [] };

let view: Rendered | null = null;
beforeEach(() => {
  fake.local.clear();
  fake.sent.length = 0;
  fake.session.clear();
});
afterEach(() => {
  view?.unmount();
  view = null;
});

/** Let the overlay's awaited messages resolve inside act. */
const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 10)));

async function mountWith(state: TabState, handle: (m: { type: string; [k: string]: unknown }) => unknown) {
  fake.handle = (m) => (m.type === 'overlay/state' ? { ok: true, tabId: 3, state } : handle(m));
  view = render(<OverlayConnector />);
  await settle();
  return view.container;
}

async function expand(root: HTMLElement) {
  await act(async () => byTestId(root, 'overlay-expand')!.click());
  await settle();
}

describe('overlay page wiring (fake background)', () => {
  it('opens on the badge, remembers opening the panel, and asks the background for the shortlist view', async () => {
    const root = await mountWith(ready('one.creator'), (m) => (m.type === 'overlay/shortlist' ? shortlistView : undefined));
    expect(byTestId(root, 'overlay-badge')!.dataset.state).toBe('ready');
    await expand(root);
    expect(byTestId(root, 'overlay-panel')).not.toBeNull();
    expect(fake.local.get('overlay:collapsed')).toBe(false);
    expect(fake.sent).toContainEqual({ type: 'overlay/shortlist', token: TOKEN, key: 'instagram:one.creator' });
    expect([...root.querySelectorAll('option')].map((o) => o.textContent)).toEqual(['Micro-influencers (3k–100k)', 'Beauty']);
    await act(async () => document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' })));
    expect(byTestId(root, 'overlay-panel')).toBeNull();
    expect(fake.local.get('overlay:collapsed')).toBe(true);
  });

  it('saves through the background by key (never by handing it a report), then shows the status and the dashboard link', async () => {
    const root = await mountWith(ready('two.creator'), (m) => (m.type === 'overlay/shortlist' ? shortlistView : m.type === 'overlay/save' ? { ok: true, entry: savedEntry } : undefined));
    await expand(root);
    act(() => typeInto(root.querySelector('input')!, ' spring '));
    await act(async () => [...root.querySelectorAll('button')].find((b) => b.textContent === 'Save to shortlist')!.click());
    await settle();
    expect(fake.sent.find((m) => m.type === 'overlay/save')).toEqual({ type: 'overlay/save', token: TOKEN, key: 'instagram:two.creator', tag: 'spring' });
    expect(byTestId(root, 'save-status')!.textContent).toMatch(/^Saved — status shortlisted · tags spring/);
    expect(byTestId(root, 'open-in-shortlist')!.getAttribute('href')).toBe('chrome-extension://vetted-test/dashboard.html#key=instagram%3Atwo.creator');
  });

  it("a storage failure shows the store's message and keeps what was typed", async () => {
    const message = 'Your browser is out of storage space for Vetted. Nothing was lost, but this change was not saved.';
    const root = await mountWith(ready('three.creator'), (m) =>
      m.type === 'overlay/shortlist' ? shortlistView : m.type === 'overlay/save' ? { ok: false, error: { code: 'unavailable', message } } : undefined,
    );
    await expand(root);
    act(() => typeInto(root.querySelector('textarea')!, 'call on Monday'));
    await act(async () => [...root.querySelectorAll('button')].find((b) => b.textContent === 'Save to shortlist')!.click());
    await settle();
    expect(byTestId(root, 'save-error')!.textContent).toBe(message);
    expect(root.querySelector('textarea')!.value).toBe('call on Monday');
  });

  it('a creator saved earlier shows as in the shortlist; its follower history is charted from two readings', async () => {
    const history = [
      { at: '2025-05-01T12:00:00.000Z', followers: 19_000 },
      { at: '2025-06-01T12:00:00.000Z', followers: 20_000 },
    ];
    const root = await mountWith(ready('four.creator'), (m) => (m.type === 'overlay/shortlist' ? { ...shortlistView, entry: { ...savedEntry, status: 'contacted' }, history } : undefined));
    await expand(root);
    openSection(root, 'follower-chart');
    await settleCharts();
    expect(byTestId(root, 'save-status')!.textContent).toMatch(/^In your shortlist — status contacted/);
    expect(byTestId(root, 'follower-chart')!.getAttribute('aria-label')).toContain('Followers over 2 readings');
  });

  it('switching brief asks the background, and the switcher waits for the re-scored report', async () => {
    const root = await mountWith(ready('five.creator'), (m) => (m.type === 'overlay/shortlist' ? shortlistView : m.type === 'overlay/brief' ? { ok: true, state: null } : undefined));
    await expand(root);
    const select = root.querySelector('select')!;
    await act(async () => {
      select.value = 'beauty';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await settle();
    expect(fake.sent).toContainEqual({ type: 'overlay/brief', token: TOKEN, briefId: 'beauty' });
    expect(root.querySelector('select')!.disabled).toBe(true);
    const rescored = ready('five.creator');
    if (rescored.status === 'ready') rescored.report.briefId = 'beauty';
    act(() => fake.session.forEach((l) => l({ 'tab:3': { newValue: rescored } })));
    await settle();
    expect(root.querySelector('select')!.disabled).toBe(false);
    expect(root.querySelector('select')!.value).toBe('beauty');
  });

  it('a background answer it cannot read is not trusted', async () => {
    const root = await mountWith(ready('six.creator'), (m) => (m.type === 'overlay/shortlist' ? { ok: true, entry: { status: 'hacked' }, briefs: 'all', history: [] } : undefined));
    await expand(root);
    expect(root.querySelector('.brief-picker [role="alert"]')!.textContent).toMatch(/cannot read/);
    expect(byTestId(root, 'save-status')).toBeNull();
  });
});
