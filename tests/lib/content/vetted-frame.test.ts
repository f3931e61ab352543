/**
 * The overlay frame both content scripts show: its page address for each view, a new frame when
 * the page takes ours over, and none left behind once the extension is gone.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { vettedFrame } from '../../../lib/content/vetted-frame';

const mounted: Array<{ src: string; removed: boolean; hijack: () => void }> = [];
vi.mock('../../../lib/content/overlay-frame', () => ({
  mountOverlayFrame: (_doc: Document, src: string, _signal: AbortSignal, options: { onHijacked(): void }) => {
    const frame = { src, removed: false, hijack: () => options.onHijacked() };
    mounted.push(frame);
    return { isConnected: () => !frame.removed, remove: () => (frame.removed = true) };
  },
}));
vi.mock('wxt/browser', () => ({
  browser: { runtime: { id: 'test-extension', getURL: (path: string) => `chrome-extension://test-extension${path}`, sendMessage: async () => ({ ok: true, token: 'f'.repeat(32) }) } },
}));

function testContext() {
  const controller = new AbortController();
  const intervals: Array<() => void> = [];
  const ctx = {
    signal: controller.signal,
    get isInvalid() {
      return controller.signal.aborted;
    },
    setInterval: (handler: () => void) => intervals.push(handler),
  };
  return { ctx: ctx as unknown as ContentScriptContext, invalidate: () => controller.abort(), tick: () => intervals.forEach((run) => run()), intervals: () => intervals.length };
}

afterEach(() => {
  mounted.length = 0;
});

describe('vettedFrame', () => {
  it('frames the overlay page for the platform, with the post view only on post pages; once while it is in the page', () => {
    const { ctx } = testContext();
    const profile = vettedFrame(ctx, 'tiktok', 'profile');
    expect(mounted).toHaveLength(0);
    profile.show();
    profile.show();
    vettedFrame(ctx, 'youtube', 'post').show();
    expect(mounted.map((f) => f.src)).toEqual(['chrome-extension://test-extension/overlay.html?platform=tiktok', 'chrome-extension://test-extension/overlay.html?platform=youtube&view=post']);
  });

  it('mounts a new frame when the page takes ours over; a late report about the old one changes nothing', () => {
    const { ctx } = testContext();
    const frame = vettedFrame(ctx, 'x', 'profile');
    frame.show();
    mounted[0]!.hijack();
    expect(mounted.map((f) => f.removed)).toEqual([true, false]);
    mounted[0]!.hijack();
    expect(mounted).toHaveLength(2);
    frame.remove();
    expect(mounted.map((f) => f.removed)).toEqual([true, true]);
  });

  it('removes its frame once the extension is gone, and checks only while a frame is shown', () => {
    const { ctx, invalidate, tick, intervals } = testContext();
    const frame = vettedFrame(ctx, 'instagram', 'post');
    expect(intervals()).toBe(0);
    frame.show();
    tick();
    expect(mounted.map((f) => f.removed)).toEqual([false]);
    invalidate();
    tick();
    expect(mounted.map((f) => f.removed)).toEqual([true]);
  });
});
