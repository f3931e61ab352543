import { PAGE_DATA_CHANNELS, parsePageDataMessage, type PageDataKind } from '../capture/page-data-message';

/** Far longer than the page-world script takes to answer (one message each way); past it, read the document. */
const ANSWER_MS = 300;

/** How a content script asks for the page's own data: requestPageData(), passed in by the entries that need it. */
export type PageDataRequest = typeof requestPageData;

/**
 * Ask the page-world script for the page's own data of `kind` (lib/capture/page-data-hooks.ts).
 * Resolves to the picked object as JSON text, or undefined when there is none or no answer came:
 * then the reader parses the document as before.
 */
export function requestPageData(win: Window, signal: AbortSignal, kind: PageDataKind): Promise<string | undefined> {
  return new Promise((resolve) => {
    const done = (value: string | undefined) => {
      win.removeEventListener('message', onMessage);
      clearTimeout(timer);
      resolve(value);
    };
    const onMessage = (event: MessageEvent) => {
      if (event.source !== win || event.origin !== win.location.origin) return;
      const answer = parsePageDataMessage(kind, event.data);
      if (answer) done(answer.text ?? undefined);
    };
    const timer = setTimeout(() => done(undefined), ANSWER_MS);
    signal.addEventListener('abort', () => done(undefined), { once: true });
    win.addEventListener('message', onMessage);
    win.postMessage({ source: PAGE_DATA_CHANNELS[kind].request }, win.location.origin);
  });
}

/** Page data's text as the object a reader on the page takes; undefined for anything but a JSON object. */
export function parsePageData(text: string | undefined): Record<string, unknown> | undefined {
  if (text === undefined) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
