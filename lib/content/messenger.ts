import { browser } from 'wxt/browser';
import { PARTS_PORT, partsOf, type PartMessage } from '../messages/message-parts';
import type { Request, RequestType, ResponseOf } from '../messages/protocol';

/**
 * Send a request to the background. Types only come from the protocol; the background validates.
 * Returns null when the extension context is gone (reloaded or updated): the old content script
 * then stays silent instead of throwing into the host page's console. A request with a page's data
 * or a fetched response too large for one cheap message goes in parts over a port
 * (lib/messages/message-parts.ts): one message past ~120 KB cost the page 5–23 ms, its parts 2 ms.
 */
export async function send<T extends RequestType>(request: Extract<Request, { type: T }>): Promise<ResponseOf<T> | null> {
  const parts = partsOf(request as Record<string, unknown>);
  if (parts) return (await sendInParts(parts)) as ResponseOf<T> | null;
  try {
    return (await browser.runtime.sendMessage(request)) as ResponseOf<T>;
  } catch {
    return null;
  }
}

/** The parts over a port of their own, answered on it; null when the port closes first (the background refused, or went away). */
function sendInParts(parts: PartMessage[]): Promise<unknown> {
  return new Promise((resolve) => {
    let port: ReturnType<typeof browser.runtime.connect>;
    try {
      port = browser.runtime.connect({ name: PARTS_PORT });
    } catch {
      return resolve(null);
    }
    port.onMessage.addListener((answer: unknown) => {
      resolve(answer);
      port.disconnect();
    });
    port.onDisconnect.addListener(() => resolve(null));
    try {
      for (const part of parts) port.postMessage(part);
    } catch {
      resolve(null);
    }
  });
}
