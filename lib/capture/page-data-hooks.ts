import { MAX_PAGE_DATA_CHARS, PAGE_DATA_CHANNELS, type PageDataKind, type PageDataMessage } from './page-data-message';

/** Picks the few fields a reader needs from the page's globals; throws or returns null when there are none. */
export type PageDataPick = (win: Window & typeof globalThis) => Record<string, unknown> | null | undefined;

/**
 * In the page's own world: answer a content script's request for the page's data of `kind` with
 * a small pick of what the page has parsed already, as JSON text. Only YouTube keeps it in globals,
 * set by inline scripts before the content scripts start at document_end. Picked on request, never
 * before: a page that is neither a channel nor a video pays nothing.
 */
export function answerPageDataRequests(win: Window & typeof globalThis, kind: PageDataKind, pick: PageDataPick): void {
  if (win.location.hostname !== 'www.youtube.com') return;
  const origin = win.location.origin;
  // Taken at document_start, before any script of the page's could replace it.
  const stringify = win.JSON.stringify;
  const { request, answer } = PAGE_DATA_CHANNELS[kind];
  win.addEventListener('message', (event: MessageEvent) => {
    const data = event.data as { source?: unknown } | null;
    if (event.source !== win || data?.source !== request) return;
    let text: string | null = null;
    try {
      const picked = pick(win);
      text = picked ? stringify(picked) : null;
    } catch {
      // A getter of the page's that throws, a cycle: the content script reads the document instead.
    }
    const message: PageDataMessage = { source: answer, v: 2, text: text !== null && text.length <= MAX_PAGE_DATA_CHARS ? text : null };
    win.postMessage(message, origin);
  });
}
