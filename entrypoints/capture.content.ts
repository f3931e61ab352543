import { defineContentScript } from 'wxt/utils/define-content-script';
import { installCaptureHooks } from '../lib/capture/page-world-hooks';
import { answerPageDataRequests } from '../lib/capture/page-data-hooks';
import { pickPageData } from '../lib/platforms/youtube/page-data-pick';
import { trimChannelBrowse } from '../lib/platforms/youtube/browse-trim';
import { pickWatchData } from '../lib/platforms/youtube/post/watch-data-pick';

/** The YouTube globals the picks read. */
type YouTubeGlobals = { ytInitialData?: unknown; ytInitialPlayerResponse?: unknown };

// Runs in the page's own world at document_start so it sees the page's fetch/XHR. It sends
// nothing anywhere: it copies matching JSON responses to our isolated content script on this tab
// (a YouTube channel tab's cut to what the reader reads), and on request a small pick of data the
// page has parsed already (YouTube's ytInitialData, and on a watch page its ytInitialPlayerResponse).
export default defineContentScript({
  matches: ['https://www.instagram.com/*', 'https://www.tiktok.com/*', 'https://www.youtube.com/*', 'https://x.com/*'],
  world: 'MAIN',
  runAt: 'document_start',
  main() {
    // The page's JSON as it is now, at document_start: a script of the page's may replace it later.
    installCaptureHooks(window, { youtube: trimChannelBrowse(window.JSON.parse, window.JSON.stringify) });
    answerPageDataRequests(window, 'profile', (win) => pickPageData((win as unknown as YouTubeGlobals).ytInitialData));
    answerPageDataRequests(window, 'post', (win) => {
      const globals = win as unknown as YouTubeGlobals;
      return { ...pickWatchData(globals.ytInitialData, globals.ytInitialPlayerResponse) };
    });
  },
});
