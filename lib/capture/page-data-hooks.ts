import { pickPageData } from '../platforms/youtube/page-data-pick';
import { PAGE_DATA_REQUEST, type PageDataMessage } from './page-data-message';

/**
 * In the page's own world: answer the content script's request for the page's data with a small
 * pick of what the page has parsed already. Only YouTube keeps it in a global (`ytInitialData`,
 * set by an inline script before the content script starts at document_end). Picked on request,
 * never before: a page that is no channel pays nothing.
 */
export function answerPageDataRequests(win: Window & typeof globalThis): void {
  if (win.location.hostname !== 'www.youtube.com') return;
  const origin = win.location.origin;
  win.addEventListener('message', (event: MessageEvent) => {
    const data = event.data as { source?: unknown } | null;
    if (event.source !== win || data?.source !== PAGE_DATA_REQUEST) return;
    let picked: Record<string, unknown> | null = null;
    try {
      picked = pickPageData((win as unknown as { ytInitialData?: unknown }).ytInitialData) ?? null;
    } catch {
      // A getter of the page's that throws: the content script reads the document instead.
    }
    const message: PageDataMessage = { source: 'vetted-page-data', v: 1, data: picked };
    try {
      win.postMessage(message, origin);
    } catch {
      // Not cloneable (a page that put functions in it): the content script reads the document instead.
      win.postMessage({ ...message, data: null } satisfies PageDataMessage, origin);
    }
  });
}
