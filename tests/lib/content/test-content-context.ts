import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/**
 * A content script's context for unit tests, on real timers: what WXT's ContentScriptContext gives
 * our bootstraps (its signal, invalidation, timers bound to it, listeners removed with it), and
 * `invalidate()` for what the browser does when the extension is reloaded or removed.
 */
export function testContentContext(): { ctx: ContentScriptContext; invalidate(): void } {
  const controller = new AbortController();
  const ctx = {
    signal: controller.signal,
    get isInvalid() {
      return controller.signal.aborted;
    },
    onInvalidated(cb: () => void) {
      controller.signal.addEventListener('abort', cb);
      return () => controller.signal.removeEventListener('abort', cb);
    },
    setInterval: (handler: () => void, ms: number) => setInterval(handler, ms),
    setTimeout: (handler: () => void, ms: number) => setTimeout(handler, ms),
    requestIdleCallback: (handler: () => void) => setTimeout(handler, 0),
    addEventListener(target: EventTarget, type: string, handler: EventListener) {
      target.addEventListener(type, handler, { signal: controller.signal });
    },
  };
  return { ctx: ctx as unknown as ContentScriptContext, invalidate: () => controller.abort() };
}

/** A few turns of the event loop: enough for a message round trip of the test's fake background. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 5));
}

/** What a profile view told the background of the page: its readings and its verdicts. */
export function reportsIn<T extends { type: string }>(sent: readonly T[]): T[] {
  return sent.filter((m) => m.type === 'snapshot/submit' || m.type === 'page/unreadable');
}
