import { defineContentScript } from 'wxt/utils/define-content-script';
import { YOUTUBE_CAPTURE_PATHS } from '../lib/capture/capture-patterns';
import { requestPageData } from '../lib/content/page-data';
import { runContent } from '../lib/content/run-content';
import { youtubeReader } from '../lib/platforms/youtube/reader';
import { PROFILE_HEADER } from '../lib/platforms/youtube/paths';

export default defineContentScript({
  matches: ['https://www.youtube.com/*'],
  // document_end: the DOM and its embedded JSON are there; waiting for idle only delays the badge.
  runAt: 'document_end',
  main(ctx) {
    runContent(ctx, youtubeReader, { header: PROFILE_HEADER, capturePaths: YOUTUBE_CAPTURE_PATHS, pageData: requestPageData });
  },
});
