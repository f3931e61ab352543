import { defineContentScript } from 'wxt/utils/define-content-script';
import { TIKTOK_CAPTURE_PATHS, TIKTOK_POST_CAPTURE_PATHS } from '../lib/capture/capture-patterns';
import { routePages } from '../lib/content/page-router';
import { profileView } from '../lib/content/run-content';
import { postView } from '../lib/content/run-post-content';
import { collectTiktokPage } from '../lib/platforms/tiktok/page-collect';
import { PROFILE_HEADER } from '../lib/platforms/tiktok/paths';
import { tiktokPostPageCollector } from '../lib/platforms/tiktok/post/page-reader';
import { tiktokProfileRef } from '../lib/platforms/tiktok/profile-url';

// One script for the platform's profile and post pages: with a script for each, every page of the
// site evaluated both, each with its own copy of the shared code (context, messaging, frame, listeners).
export default defineContentScript({
  matches: ['https://www.tiktok.com/*'],
  // document_end: the DOM and its embedded JSON are there; waiting for idle only delays the badge.
  runAt: 'document_end',
  main(ctx) {
    routePages(ctx, [
      // Profiles are read in the background: the page only collects what the reader needs.
      profileView(ctx, { platform: 'tiktok', profileRef: tiktokProfileRef, collect: collectTiktokPage }, { header: PROFILE_HEADER, capturePaths: TIKTOK_CAPTURE_PATHS }),
      postView(ctx, tiktokPostPageCollector, { capturePaths: TIKTOK_POST_CAPTURE_PATHS, rendered: true }),
    ]);
  },
});
