import { browser } from 'wxt/browser';
import { parseResponse, type RequestOf, type RequestType, type ResponseMap } from '../messages/protocol';

/** `unreachable`: the message never got an answer (a worker waking up or shutting down), so asking again may work. */
export type Answer<T extends RequestType> = { ok: true; value: ResponseMap[T] } | { ok: false; message: string; unreachable?: true };

/**
 * Ask the background from an extension page (overlay, popup), and check its answer at the receiver
 * with the schema that sits beside the request in lib/messages/protocol.ts.
 */
export async function askBackground<T extends RequestType>(request: RequestOf<T>): Promise<Answer<T>> {
  let raw: unknown;
  try {
    raw = await browser.runtime.sendMessage(request);
  } catch (error) {
    return { ok: false, message: `Vetted's background is unreachable (${error instanceof Error ? error.message : String(error)}); reload the page.`, unreachable: true };
  }
  const response = parseResponse(request.type as T, raw);
  if (response === null) return { ok: false, message: 'Vetted got an answer from its background it cannot read; nothing was changed.' };
  return response.ok ? { ok: true, value: response as ResponseMap[T] } : { ok: false, message: response.error.message };
}
