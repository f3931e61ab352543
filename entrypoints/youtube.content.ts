import { defineContentScript } from 'wxt/utils/define-content-script';
import { YOUTUBE_CAPTURE_PATHS, YOUTUBE_POST_CAPTURE_PATHS } from '../lib/capture/capture-patterns';
import { requestPageData } from '../lib/content/page-data';
import { routePages } from '../lib/content/page-router';
import { profileView } from '../lib/content/run-content';
import { postView } from '../lib/content/run-post-content';
import { collectYoutubePage } from '../lib/platforms/youtube/page-collect';
import { PROFILE_HEADER } from '../lib/platforms/youtube/paths';
import { youtubePostPageCollector } from '../lib/platforms/youtube/post/page-reader';
import { youtubeProfileRef } from '../lib/platforms/youtube/profile-url';

// One script for the platform's profile and post pages: with a script for each, every page of the
// site evaluated both, each with its own copy of the shared code (context, messaging, frame, listeners).
export default defineContentScript({
  matches: ['https://www.youtube.com/*'],
  // document_end: the DOM and its embedded JSON are there; waiting for idle only delays the badge.
  runAt: 'document_end',
  main(ctx) {
    routePages(ctx, [
      // Channels are read in the background: the page hands over the page-world script's pick of its
      // data and, when that holds no reading of the channel, what the reader needs of the page besides.
      profileView(ctx, { platform: 'youtube', profileRef: youtubeProfileRef, collect: collectYoutubePage }, { header: PROFILE_HEADER, capturePaths: YOUTUBE_CAPTURE_PATHS, pageData: requestPageData }),
      postView(ctx, youtubePostPageCollector, { capturePaths: YOUTUBE_POST_CAPTURE_PATHS, rendered: false, pageData: requestPageData }),
    ]);
  },
});
