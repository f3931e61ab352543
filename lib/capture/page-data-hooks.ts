import { PAGE_DATA_CHANNELS, type PageDataKind, type PageDataMessage } from './page-data-message';

/** Picks the few fields a reader needs from the page's globals; throws or returns null when there are none. */
export type PageDataPick = (win: Window & typeof globalThis) => Record<string, unknown> | null | undefined;

/**
 * In the page's own world: answer a content script's request for the page's data of `kind` with
 * a small pick of what the page has parsed already. Only YouTube keeps it in globals, set by inline
 * scripts before the content scripts start at document_end. Picked on request, never before: a
 * page that is neither a channel nor a video pays nothing.
 */
export function answerPageDataRequests(win: Window & typeof globalThis, kind: PageDataKind, pick: PageDataPick): void {
  if (win.location.hostname !== 'www.youtube.com') return;
  const origin = win.location.origin;
  const { request, answer } = PAGE_DATA_CHANNELS[kind];
  win.addEventListener('message', (event: MessageEvent) => {
    const data = event.data as { source?: unknown } | null;
    if (event.source !== win || data?.source !== request) return;
    let picked: Record<string, unknown> | null = null;
    try {
      picked = pick(win) ?? null;
    } catch {
      // A getter of the page's that throws: the content script reads the document instead.
    }
    const message: PageDataMessage = { source: answer, v: 1, data: picked };
    try {
      win.postMessage(message, origin);
    } catch {
      // Not cloneable (a page that put functions in it): the content script reads the document instead.
      win.postMessage({ ...message, data: null } satisfies PageDataMessage, origin);
    }
  });
}
