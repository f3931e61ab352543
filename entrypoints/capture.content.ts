import { defineContentScript } from 'wxt/utils/define-content-script';
import { installCaptureHooks } from '../lib/capture/page-world-hooks';
import { answerPageDataRequests } from '../lib/capture/page-data-hooks';
import { answerPostDataRequests } from '../lib/capture/post-data-hooks';

// Runs in the page's own world at document_start so it sees the page's fetch/XHR. It sends
// nothing anywhere: it copies matching JSON responses to our isolated content script on this tab,
// and on request a small pick of data the page has parsed already (YouTube's ytInitialData, and on
// a watch page its ytInitialPlayerResponse).
export default defineContentScript({
  matches: ['https://www.instagram.com/*', 'https://www.tiktok.com/*', 'https://www.youtube.com/*', 'https://x.com/*'],
  world: 'MAIN',
  runAt: 'document_start',
  main() {
    installCaptureHooks(window);
    answerPageDataRequests(window);
    answerPostDataRequests(window);
  },
});
