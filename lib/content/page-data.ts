import { PAGE_DATA_CHANNELS, parsePageDataAnswer, type PageDataKind } from '../capture/page-data-message';

/** The page-world script answers at once; without it (not installed, another extension's page), read the document past this. */
const ANSWER_MS = 300;

/** How a content script asks for the page's own data: requestPageData(), passed in by the entries that need it. */
export type PageDataRequest = typeof requestPageData;

/**
 * Ask the page-world script for the page's own data of `kind` (lib/capture/page-data-hooks.ts).
 * Resolves to the picked object as JSON text, or undefined when there is none or no answer came:
 * then the reader parses the document as before.
 */
export function requestPageData(win: Window, signal: AbortSignal, kind: PageDataKind): Promise<string | undefined> {
  const { request, answer } = PAGE_DATA_CHANNELS[kind];
  return new Promise((resolve) => {
    const done = (value: string | undefined) => {
      win.removeEventListener(answer, onAnswer);
      clearTimeout(timer);
      resolve(value);
    };
    const onAnswer = (event: Event) => {
      const text = parsePageDataAnswer((event as CustomEvent<unknown>).detail);
      if (text) done(text.text ?? undefined);
    };
    const timer = setTimeout(() => done(undefined), ANSWER_MS);
    signal.addEventListener('abort', () => done(undefined), { once: true });
    win.addEventListener(answer, onAnswer);
    // Events on the window, not window messages (lib/capture/page-data-message.ts): the page-world
    // script hears this one and answers while it is dispatched, without a message to every listener
    // on the page, the page's own included.
    win.dispatchEvent(new Event(request));
  });
}
