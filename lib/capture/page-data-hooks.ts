import { MAX_PAGE_DATA_CHARS, PAGE_DATA_CHANNELS, type PageDataKind } from './page-data-message';

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
  // Taken at document_start, before any script of the page's could replace them.
  const stringify = win.JSON.stringify;
  const AnswerEvent = win.CustomEvent;
  const dispatch = win.dispatchEvent.bind(win);
  const { request, answer } = PAGE_DATA_CHANNELS[kind];
  // The request is an Event of that type on the window (lib/content/page-data.ts); the page can
  // dispatch it too, and gets a copy of its own data.
  win.addEventListener(request, () => {
    let text: string | null = null;
    try {
      const picked = pick(win);
      text = picked ? stringify(picked) : null;
    } catch {
      // A getter of the page's that throws, a cycle: the content script reads the document instead.
    }
    // Heard by the asking content script before its request returns (lib/content/page-data.ts).
    dispatch(new AnswerEvent(answer, { detail: text !== null && text.length <= MAX_PAGE_DATA_CHARS ? text : null }));
  });
}
