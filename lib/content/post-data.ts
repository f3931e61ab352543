import { POST_DATA_REQUEST, parsePostDataMessage } from '../capture/post-data-message';

/** Far longer than the page-world script takes to answer (one message each way); past it, read the document. */
const ANSWER_MS = 300;

/**
 * Ask the page-world script for the post page's own data (lib/capture/post-data-hooks.ts). Resolves
 * to the picked object, or undefined when there is none or no answer came: then the post reader
 * parses the document as before.
 */
export function requestPostData(win: Window, signal: AbortSignal): Promise<Record<string, unknown> | undefined> {
  return new Promise((resolve) => {
    const done = (value: Record<string, unknown> | undefined) => {
      win.removeEventListener('message', onMessage);
      clearTimeout(timer);
      resolve(value);
    };
    const onMessage = (event: MessageEvent) => {
      if (event.source !== win || event.origin !== win.location.origin) return;
      const answer = parsePostDataMessage(event.data);
      if (answer) done(answer.data ?? undefined);
    };
    const timer = setTimeout(() => done(undefined), ANSWER_MS);
    signal.addEventListener('abort', () => done(undefined), { once: true });
    win.addEventListener('message', onMessage);
    win.postMessage({ source: POST_DATA_REQUEST }, win.location.origin);
  });
}
