import { browser } from 'wxt/browser';

/** What our content scripts use of their context: all of it is here, and WXT's context has it too. */
export interface ContentContext {
  readonly signal: AbortSignal;
  readonly isInvalid: boolean;
  onInvalidated(cb: () => void): () => void;
  setInterval(handler: () => void, timeout?: number): number;
  setTimeout(handler: () => void, timeout?: number): number;
  requestIdleCallback(handler: () => void, options?: IdleRequestOptions): number;
  addEventListener<T extends EventTarget>(target: T, type: string, handler: (event: Event) => void, options?: AddEventListenerOptions): void;
}

/** WXT's event names, so that a copy of the script built with WXT's own context still hears ours. */
const eventName = (name: string) => `${browser?.runtime?.id}:${import.meta.env.ENTRYPOINT}:${name}`;

/**
 * The content scripts' `ctx`, swapped in for WXT's ContentScriptContext when a content script is
 * built (lib/build/lean-content-script-context.ts). It does what WXT's does for what we use: it is
 * invalidated when the extension goes away or a newer copy of the script starts on the page, its
 * timers and listeners stop with it, and `wxt:locationchange` fires on SPA navigation. It leaves out
 * the helpers and dev-time logging we never call, which cost every content script ~2 KB.
 */
export class ContentScriptContext implements ContentContext {
  private readonly stop = new AbortController();
  private readonly id = Math.random().toString(36).slice(2);
  private watching = false;

  constructor(private readonly name: string) {
    const started = eventName('wxt:content-script-started');
    document.dispatchEvent(new CustomEvent(started, { detail: { contentScriptName: name, messageId: this.id } }));
    const onStarted = (event: Event) => {
      const detail = (event as CustomEvent<{ contentScriptName?: string; messageId?: string } | null>).detail;
      if (detail?.contentScriptName === this.name && detail.messageId !== this.id) this.stop.abort();
    };
    document.addEventListener(started, onStarted, { signal: this.signal });
  }

  get signal(): AbortSignal {
    return this.stop.signal;
  }

  /** Asking is what notices that the extension was reloaded, updated or removed. */
  get isInvalid(): boolean {
    if (browser.runtime?.id == null) this.stop.abort();
    return this.signal.aborted;
  }

  onInvalidated(cb: () => void): () => void {
    this.signal.addEventListener('abort', cb);
    return () => this.signal.removeEventListener('abort', cb);
  }

  setInterval(handler: () => void, timeout?: number): number {
    const id = window.setInterval(() => this.isInvalid || handler(), timeout);
    this.onInvalidated(() => window.clearInterval(id));
    return id;
  }

  setTimeout(handler: () => void, timeout?: number): number {
    const id = window.setTimeout(() => this.isInvalid || handler(), timeout);
    this.onInvalidated(() => window.clearTimeout(id));
    return id;
  }

  /** Work that can wait for the page to be idle (at most `options.timeout`); a timer where the browser has no idle callbacks. */
  requestIdleCallback(handler: () => void, options?: IdleRequestOptions): number {
    if (typeof window.requestIdleCallback !== 'function') return this.setTimeout(handler, 0);
    const id = window.requestIdleCallback(() => this.isInvalid || handler(), options);
    this.onInvalidated(() => window.cancelIdleCallback(id));
    return id;
  }

  addEventListener<T extends EventTarget>(target: T, type: string, handler: (event: Event) => void, options?: AddEventListenerOptions): void {
    if (type === 'wxt:locationchange' && !this.isInvalid) this.watchLocation();
    target.addEventListener(type.startsWith('wxt:') ? eventName(type) : type, handler, { ...options, signal: this.signal });
  }

  /** SPA navigations, from the Navigation API where there is one, else by looking once a second. */
  private watchLocation(): void {
    if (this.watching) return;
    this.watching = true;
    let last = location.href;
    const changed = (href: string) => {
      if (href === last) return;
      const oldUrl = new URL(last);
      last = href;
      // With the URLs, as WXT's WxtLocationChangeEvent has them: the router uses `newUrl` to tell
      // whether the navigation has committed yet.
      window.dispatchEvent(Object.assign(new Event(eventName('wxt:locationchange')), { newUrl: new URL(href), oldUrl }));
    };
    const navigation = (globalThis as { navigation?: EventTarget }).navigation;
    if (typeof navigation?.addEventListener === 'function') {
      navigation.addEventListener('navigate', (event) => changed(new URL((event as Event & { destination: { url: string } }).destination.url).href), { signal: this.signal });
    } else this.setInterval(() => changed(location.href), 1_000);
  }
}
