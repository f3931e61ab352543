import { afterEach, describe, expect, it, vi } from 'vitest';
import { act } from 'react';
import type { OverlayInput } from '../../../components/overlay/overlay-model';
import type { TabState } from '../../../lib/messages/protocol';
import { makeReport, makeSnapshot, NOW } from '../../lib/vetting/factory';
import { render, type Rendered } from '../../components/overlay/render';

type Listener = (changes: Record<string, { newValue?: unknown }>) => void;
const fake = vi.hoisted(() => ({
  listeners: new Set<(changes: Record<string, { newValue?: unknown }>) => void>(),
  answer: null as null | ((value: unknown) => void),
  sent: [] as unknown[],
  /** Calls that fail as a worker that is stopping or waking up fails them. */
  dropNext: 0,
}));

vi.mock('wxt/browser', () => ({
  browser: {
    runtime: {
      sendMessage: (message: unknown) => {
        fake.sent.push(message);
        if (fake.dropNext > 0) {
          fake.dropNext -= 1;
          return Promise.reject(new Error('Could not establish connection. Receiving end does not exist.'));
        }
        return new Promise((resolve) => (fake.answer = resolve));
      },
    },
    storage: { session: { onChanged: { addListener: (l: Listener) => fake.listeners.add(l), removeListener: (l: Listener) => fake.listeners.delete(l) } } },
  },
}));

const { useTabState } = await import('../../../entrypoints/overlay/use-tab-state');

const TOKEN = '0123456789abcdef0123456789abcdef';
let view: Rendered | null = null;
afterEach(() => {
  view?.unmount();
  view = null;
  fake.listeners.clear();
  fake.sent.length = 0;
  fake.dropNext = 0;
  vi.useRealTimers();
});

function mount() {
  const seen: { current: OverlayInput | null } = { current: null };
  function Harness() {
    seen.current = useTabState(TOKEN);
    return null;
  }
  view = render(<Harness />);
  return seen;
}

const ready = (handle: string): TabState => {
  const report = makeReport(makeSnapshot({ handle, profileUrl: `https://www.instagram.com/${handle}/` }));
  return { status: 'ready', pageUrl: report.snapshot.creator.profileUrl, updatedAt: NOW.toISOString(), report };
};
const change = (key: string, newValue: unknown) => act(() => fake.listeners.forEach((l) => l({ [key]: { newValue } })));
const answer = (value: unknown) => act(async () => fake.answer!(value));

describe('useTabState', () => {
  it('asks the background, then follows this tab only', async () => {
    const seen = mount();
    expect(seen.current).toEqual({ kind: 'connecting' });
    expect(fake.sent).toEqual([{ type: 'overlay/state', token: TOKEN }]);
    await answer({ ok: true, tabId: 7, state: ready('first.creator') });
    expect(seen.current).toMatchObject({ kind: 'state', state: { status: 'ready', report: { key: 'instagram:first.creator' } } });
    change('tab:8', ready('other.tab'));
    expect(seen.current).toMatchObject({ kind: 'state', state: { report: { key: 'instagram:first.creator' } } });
    change('tab:7', { status: 'loading', pageUrl: 'https://www.instagram.com/next/', updatedAt: NOW.toISOString() });
    expect(seen.current).toMatchObject({ kind: 'state', state: { status: 'loading' } });
    change('tab:7', ready('next'));
    expect(seen.current).toMatchObject({ kind: 'state', state: { report: { key: 'instagram:next' } } });
  });

  it('a change that arrives before the first answer is newer than it: the older creator is never shown', async () => {
    const seen = mount();
    change('tab:7', ready('newer.creator'));
    await answer({ ok: true, tabId: 7, state: ready('older.creator') });
    expect(seen.current).toMatchObject({ kind: 'state', state: { report: { key: 'instagram:newer.creator' } } });
  });

  it('a state that fails the schema is an error, not a guess', async () => {
    const seen = mount();
    await answer({ ok: true, tabId: 7, state: { status: 'ready', pageUrl: 'x', updatedAt: 'y', report: { key: 'forged' } } });
    expect(seen.current).toEqual({ kind: 'error', message: 'Vetted got an answer from its background it cannot read; nothing was changed.' });
  });

  it("the background's refusal is shown as an error", async () => {
    const seen = mount();
    await answer({ ok: false, error: { code: 'forbidden', message: 'the overlay lives in a tab' } });
    expect(seen.current).toEqual({ kind: 'error', message: 'the overlay lives in a tab' });
  });

  it('a background that could not be reached is asked again, and the state shown meanwhile stays', async () => {
    vi.useFakeTimers();
    fake.dropNext = 2;
    const seen = mount();
    await act(async () => {});
    expect(seen.current).toEqual({ kind: 'connecting' });
    await act(async () => vi.advanceTimersByTimeAsync(250));
    expect(seen.current).toEqual({ kind: 'connecting' });
    await act(async () => vi.advanceTimersByTimeAsync(1000));
    expect(fake.sent).toHaveLength(3);
    await answer({ ok: true, tabId: 7, state: ready('first.creator') });
    expect(seen.current).toMatchObject({ kind: 'state', state: { status: 'ready', report: { key: 'instagram:first.creator' } } });
  });

  it('a background that stays unreachable is an error, after a few tries', async () => {
    vi.useFakeTimers();
    fake.dropNext = 10;
    const seen = mount();
    await act(async () => vi.advanceTimersByTimeAsync(250 + 1000 + 3000));
    expect(fake.sent).toHaveLength(4);
    expect(seen.current).toMatchObject({ kind: 'error', message: expect.stringContaining('unreachable') });
  });
});
