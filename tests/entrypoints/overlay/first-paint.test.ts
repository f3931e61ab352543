import { afterEach, describe, expect, it, vi } from 'vitest';
import type { OverlayInput } from '../../../components/overlay/overlay-model';
import type { TabState } from '../../../lib/messages/protocol';
import { makeReport } from '../../lib/vetting/factory';

/** The first badge's hand-over to the panel, with the frame's channel and the tab's state faked. */
const fake = vi.hoisted(() => ({ show: null as null | ((input: OverlayInput) => void), stored: {} as Record<string, unknown> }));

vi.mock('wxt/browser', () => ({
  browser: {
    storage: {
      local: {
        get: async (key: string) => ({ [key]: fake.stored[key] }),
        set: async (items: Record<string, unknown>) => void Object.assign(fake.stored, items),
      },
    },
  },
}));
vi.mock('../../../entrypoints/overlay/frame-connection', () => ({
  frameLink: async () => ({ token: '0123456789abcdef0123456789abcdef', post: () => {}, listen: () => () => {} }),
}));
vi.mock('../../../entrypoints/overlay/frame-geometry', () => ({
  reportSize: () => () => {},
  followPlacement: () => () => {},
  moveControl: () => ({ onDrag: () => {}, onStep: () => {} }),
}));
vi.mock('../../../entrypoints/overlay/tab-state-feed', () => ({
  followTabState: (_token: string, show: (input: OverlayInput) => void) => {
    fake.show = show;
    return () => (fake.show = null);
  },
}));

const { startProfileOverlay } = await import('../../../entrypoints/overlay/first-paint');

const report = makeReport();
const READY: OverlayInput = { kind: 'state', state: { status: 'ready', pageUrl: report.snapshot.creator.profileUrl, updatedAt: report.computedAt, report } as TabState };
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => {
  document.body.replaceChildren();
  fake.show = null;
  fake.stored = {};
  vi.restoreAllMocks();
});

describe('startProfileOverlay', () => {
  it('a panel that fails to load leaves the badge, and the next click opens the panel', async () => {
    const root = document.createElement('div');
    document.body.append(root);
    const mount = vi.fn((into: HTMLElement, _start: unknown) => into.replaceChildren(Object.assign(document.createElement('main'), { id: 'panel' })));
    const loadPanel = vi.fn().mockRejectedValueOnce(new Error('chunk failed')).mockResolvedValue(mount);
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    startProfileOverlay(root, loadPanel);
    await settle();
    fake.show!(READY);
    root.querySelector<HTMLButtonElement>('[data-testid="overlay-expand"]')!.click();
    await settle();
    expect(mount).not.toHaveBeenCalled();
    expect(logged).toHaveBeenCalledOnce();
    expect(root.querySelector('[data-testid="overlay-badge"][data-state="ready"]')).not.toBeNull();
    root.querySelector<HTMLButtonElement>('[data-testid="overlay-expand"]')!.click();
    await settle();
    expect(loadPanel).toHaveBeenCalledTimes(2);
    expect(mount).toHaveBeenCalledOnce();
    expect(mount.mock.calls[0]![1]).toMatchObject({ input: READY, collapsed: false });
    expect(root.querySelector('#panel')).not.toBeNull();
  });
});
