import { browser } from 'wxt/browser';
import type { Request, RequestType, ResponseOf } from '../messages/protocol';

/**
 * Send a request to the background. Types only come from the protocol; the background validates.
 * Returns null when the extension context is gone (reloaded or updated): the old content script
 * then stays silent instead of throwing into the host page's console.
 */
export async function send<T extends RequestType>(request: Extract<Request, { type: T }>): Promise<ResponseOf<T> | null> {
  try {
    return (await browser.runtime.sendMessage(request)) as ResponseOf<T>;
  } catch {
    return null;
  }
}
