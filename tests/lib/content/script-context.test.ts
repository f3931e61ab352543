/**
 * Content scripts are built with lib/content/script-context.ts in place of WXT's context: it must
 * do what WXT's does for what run-content uses.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from '../../../lib/content/script-context';

const { runtime } = vi.hoisted(() => ({ runtime: { id: 'test-extension' } as { id?: string } }));
vi.mock('wxt/browser', () => ({ browser: { runtime } }));

afterEach(() => {
  runtime.id = 'test-extension';
  vi.useRealTimers();
});

describe('the content scripts’ context', () => {
  it('is invalidated when a newer copy of the same script starts, not another script', () => {
    const older = new ContentScriptContext('youtube');
    const other = new ContentScriptContext('x');
    const onInvalidated = vi.fn();
    older.onInvalidated(onInvalidated);
    const newer = new ContentScriptContext('youtube');
    expect(older.isInvalid).toBe(true);
    expect(onInvalidated).toHaveBeenCalledOnce();
    expect(newer.isInvalid).toBe(false);
    expect(other.isInvalid).toBe(false);
  });

  it('is invalidated once the extension is gone, and its timers stop with it', () => {
    vi.useFakeTimers();
    const ctx = new ContentScriptContext('tiktok-timers');
    const tick = vi.fn();
    const once = vi.fn();
    ctx.setInterval(tick, 100);
    ctx.setTimeout(once, 250);
    vi.advanceTimersByTime(200);
    expect(tick).toHaveBeenCalledTimes(2);
    delete runtime.id;
    expect(ctx.isInvalid).toBe(true);
    vi.advanceTimersByTime(1_000);
    expect(tick).toHaveBeenCalledTimes(2);
    expect(once).not.toHaveBeenCalled();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('fires wxt:locationchange on an SPA navigation, and its listeners stop when invalidated', () => {
    vi.useFakeTimers();
    const ctx = new ContentScriptContext('instagram-nav');
    const changed = vi.fn();
    ctx.addEventListener(window, 'wxt:locationchange', changed);
    const from = location.href;
    history.pushState({}, '', '/somecreator/');
    vi.advanceTimersByTime(1_000);
    expect(changed).toHaveBeenCalledOnce();
    // The URLs, as WXT's own event carries them: the router routes at once when `newUrl` is committed.
    const event = changed.mock.calls[0]![0] as Event & { newUrl: URL; oldUrl: URL };
    expect([event.newUrl.href, event.oldUrl.href]).toEqual([new URL('/somecreator/', from).href, from]);
    vi.advanceTimersByTime(3_000);
    expect(changed).toHaveBeenCalledOnce();
    const onMessage = vi.fn();
    ctx.addEventListener(window, 'message', onMessage);
    delete runtime.id;
    expect(ctx.isInvalid).toBe(true);
    window.dispatchEvent(new MessageEvent('message', { data: 1 }));
    expect(onMessage).not.toHaveBeenCalled();
    history.pushState({}, '', '/');
  });

  it('runs idle work while valid, and never once the extension is gone', async () => {
    const ctx = new ContentScriptContext('x-idle');
    const idle = vi.fn();
    await new Promise<void>((resolve) => ctx.requestIdleCallback(() => (idle(), resolve()), { timeout: 50 }));
    expect(idle).toHaveBeenCalledOnce();
    const late = vi.fn();
    ctx.requestIdleCallback(late, { timeout: 10 });
    delete runtime.id;
    expect(ctx.isInvalid).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(late).not.toHaveBeenCalled();
  });
});
