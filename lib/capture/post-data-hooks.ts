import { pickWatchData } from '../platforms/youtube/post/watch-data-pick';
import { POST_DATA_REQUEST, type PostDataMessage } from './post-data-message';

/**
 * In the page's own world: answer the post content script's request with a small pick of what a
 * YouTube watch page has parsed already (`ytInitialData`, `ytInitialPlayerResponse`, set by inline
 * scripts before the content script starts at document_end). Picked on request, never before: a
 * page that is no video pays nothing.
 */
export function answerPostDataRequests(win: Window & typeof globalThis): void {
  if (win.location.hostname !== 'www.youtube.com') return;
  const origin = win.location.origin;
  win.addEventListener('message', (event: MessageEvent) => {
    const data = event.data as { source?: unknown } | null;
    if (event.source !== win || data?.source !== POST_DATA_REQUEST) return;
    let picked: Record<string, unknown> | null = null;
    try {
      const globals = win as unknown as { ytInitialData?: unknown; ytInitialPlayerResponse?: unknown };
      picked = { ...pickWatchData(globals.ytInitialData, globals.ytInitialPlayerResponse) };
    } catch {
      // A getter of the page's that throws: the content script reads the document instead.
    }
    const message: PostDataMessage = { source: 'vetted-post-data', v: 1, data: picked };
    try {
      win.postMessage(message, origin);
    } catch {
      // Not cloneable (a page that put functions in it): the content script reads the document instead.
      win.postMessage({ ...message, data: null } satisfies PostDataMessage, origin);
    }
  });
}
