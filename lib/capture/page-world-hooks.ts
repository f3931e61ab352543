import type { Platform } from '../contracts/creator';
import { platformOfHost } from '../platforms/hosts';
import { MAX_CAPTURE_CHARS, REPLAY_REQUEST, isCapturePath, type CaptureMessage } from './capture-patterns';

const REPLAY_LIMIT = 8;

/** A platform's cut of a response to what its reader reads (by URL path), before it is copied: returns the text to copy. */
export type CaptureTrim = (path: string, text: string) => string;

/**
 * Wrap the page's fetch and XMLHttpRequest so that responses the page itself receives for the
 * profile's posts are copied to our content script. We never issue a request, never change one,
 * and never delay the page: the copy happens after the page has its response.
 */
export function installCaptureHooks(win: Window & typeof globalThis, trims: Partial<Record<Platform, CaptureTrim>> = {}): void {
  const platform = platformOfHost(win.location.hostname);
  if (!platform) return;
  const origin = win.location.origin;
  const trim = trims[platform];

  // Responses can arrive before our isolated script starts (document_end): keep the last few and
  // replay them when it asks.
  const recent: CaptureMessage[] = [];
  const forward = (url: URL, whole: string) => {
    if (whole.length === 0 || whole.length > MAX_CAPTURE_CHARS) return;
    let text = whole;
    try {
      if (trim) text = trim(url.pathname, whole);
    } catch {
      // A trim that fails hands over the response as it came.
    }
    const message: CaptureMessage = { source: 'vetted-capture', v: 1, url: url.href, text };
    recent.push(message);
    if (recent.length > REPLAY_LIMIT) recent.shift();
    win.postMessage(message, origin);
  };
  // An event, not a window message (capture-patterns.ts): the page can send it too, and gets only what it was sent already.
  win.addEventListener(REPLAY_REQUEST, () => {
    for (const message of recent) win.postMessage(message, origin);
  });
  const wanted = (raw: string): URL | null => {
    try {
      const url = new URL(raw, origin);
      return url.origin === origin && isCapturePath(platform, url.pathname) ? url : null;
    } catch {
      return null;
    }
  };

  const originalFetch = win.fetch;
  win.fetch = async function vettedObservedFetch(this: unknown, ...args: Parameters<Window['fetch']>) {
    const response = await originalFetch.apply(this, args);
    try {
      const input = args[0];
      const url = wanted(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
      if (url && response.ok) {
        response.clone().text().then((text) => forward(url, text), () => {});
      }
    } catch {
      // Never let our observation break the page's request.
    }
    return response;
  };

  const XHR = win.XMLHttpRequest.prototype;
  const originalOpen = XHR.open;
  XHR.open = function vettedObservedOpen(this: XMLHttpRequest, ...args: unknown[]) {
    try {
      const url = wanted(String(args[1]));
      if (url) {
        this.addEventListener('load', () => {
          try {
            if (this.status >= 200 && this.status < 300 && (this.responseType === '' || this.responseType === 'text')) forward(url, this.responseText);
          } catch {
            // ignore: the page's request is what matters
          }
        });
      }
    } catch {
      // ignore
    }
    return (originalOpen as (...a: unknown[]) => void).apply(this, args);
  } as typeof XHR.open;
}
