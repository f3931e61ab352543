import { afterEach, describe, expect, it, vi } from 'vitest';
import type { OverlayInput } from '../../../components/overlay/overlay-model';
import type { TabState } from '../../../lib/messages/protocol';
import { makeReport, makeSnapshot, NOW } from '../../lib/vetting/factory';

type Listener = (changes: Record<string, { newValue?: unknown }>) => void;
const fake = vi.hoisted(() => ({
  listeners: new Set<(changes: Record<string, { newValue?: unknown }>) => void>(),
  answer: null as null | ((value: unknown) => void),
  sent: [] as unknown[],
}));

vi.mock('wxt/browser', () => ({
  browser: {
    runtime: {
      sendMessage: (message: unknown) => {
        fake.sent.push(message);
        return new Promise((resolve) => (fake.answer = resolve));
      },
    },
    storage: { session: { onChanged: { addListener: (l: Listener) => fake.listeners.add(l), removeListener: (l: Listener) => fake.listeners.delete(l) } } },
  },
}));

const { followTabState } = await import('../../../entrypoints/overlay/tab-state-feed');
type Link = Parameters<typeof followTabState>[0] extends infer L ? Exclude<L, Promise<unknown>> : never;

const TOKEN = '0123456789abcdef0123456789abcdef';
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const ready = (handle: string): TabState => {
  const report = makeReport(makeSnapshot({ handle, profileUrl: `https://www.instagram.com/${handle}/` }));
  return { status: 'ready', pageUrl: report.snapshot.creator.profileUrl, updatedAt: NOW.toISOString(), report };
};
const change = (key: string, newValue: unknown) => fake.listeners.forEach((l) => l({ [key]: { newValue } }));

/** The feed as the first badge starts it: before the frame's connection is confirmed. */
function startBeforeConnecting() {
  let connect: (link: Link) => void = () => {};
  const link = new Promise<Link>((resolve) => (connect = resolve));
  const shown: OverlayInput[] = [];
  const stop = followTabState(link, (input) => shown.push(input));
  return { shown, stop, connect: async (value: Link) => (connect(value), settle()) };
}
const last = (shown: OverlayInput[]) => shown[shown.length - 1];

afterEach(() => {
  fake.listeners.clear();
  fake.sent.length = 0;
  fake.answer = null;
});

describe("the tab-state feed started with the frame's connection", () => {
  it("shows the state the connection carried without asking the background again, then follows this tab's changes", async () => {
    const feed = startBeforeConnecting();
    await feed.connect({ token: TOKEN, start: { tabId: 7, state: ready('first.creator') } });
    expect(fake.sent).toEqual([]);
    expect(last(feed.shown)).toMatchObject({ kind: 'state', state: { report: { key: 'instagram:first.creator' } } });
    change('tab:8', ready('other.tab'));
    change('tab:7', ready('next'));
    expect(last(feed.shown)).toMatchObject({ kind: 'state', state: { report: { key: 'instagram:next' } } });
    feed.stop();
  });

  it('a change made while the frame was connecting is newer than the state the connection carried, and wins', async () => {
    const feed = startBeforeConnecting();
    change('tab:7', ready('newer.creator'));
    await feed.connect({ token: TOKEN, start: { tabId: 7, state: ready('older.creator') } });
    expect(feed.shown.map((input) => (input.kind === 'state' && input.state?.status === 'ready' ? input.state.report.key : input.kind))).toEqual(['instagram:newer.creator']);
    feed.stop();
  });

  it('a connection that carried no state (the background could not read it) asks for it', async () => {
    const feed = startBeforeConnecting();
    await feed.connect({ token: TOKEN, start: { tabId: 7 } });
    expect(fake.sent).toEqual([{ type: 'overlay/state', token: TOKEN }]);
    fake.answer!({ ok: true, tabId: 7, state: null });
    await settle();
    expect(last(feed.shown)).toEqual({ kind: 'state', state: null });
    feed.stop();
  });

  it('a carried state that fails the schema is an error, not a guess', async () => {
    const feed = startBeforeConnecting();
    await feed.connect({ token: TOKEN, start: { tabId: 7, state: { status: 'ready', pageUrl: 'x', updatedAt: 'y', report: { key: 'forged' } } } });
    expect(feed.shown).toEqual([{ kind: 'error', message: 'the background sent a state Vetted cannot read' }]);
    feed.stop();
  });

  it('stopped before the connection: nothing is asked, shown or listened to', async () => {
    const feed = startBeforeConnecting();
    feed.stop();
    expect(fake.listeners.size).toBe(0);
    await feed.connect({ token: TOKEN, start: { tabId: 7, state: ready('first.creator') } });
    expect(fake.sent).toEqual([]);
    expect(feed.shown).toEqual([]);
  });
});
