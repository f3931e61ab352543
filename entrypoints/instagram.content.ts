import { defineContentScript } from 'wxt/utils/define-content-script';
import { INSTAGRAM_CAPTURE_PATHS, INSTAGRAM_POST_CAPTURE_PATHS } from '../lib/capture/capture-patterns';
import { routePages } from '../lib/content/page-router';
import { profileView } from '../lib/content/run-content';
import { postView } from '../lib/content/run-post-content';
import { collectInstagramPage } from '../lib/platforms/instagram/page-collect';
import { IG_HEADER } from '../lib/platforms/instagram/paths';
import { instagramPostPageCollector } from '../lib/platforms/instagram/post/page-reader';
import { instagramProfileRef } from '../lib/platforms/instagram/profile-url';

// One script for the platform's profile and post pages: with a script for each, every page of the
// site evaluated both, each with its own copy of the shared code (context, messaging, frame, listeners).
export default defineContentScript({
  matches: ['https://www.instagram.com/*'],
  // document_end: the DOM and its embedded JSON are there; waiting for idle only delays the badge.
  runAt: 'document_end',
  main(ctx) {
    routePages(ctx, [
      // Profiles are read in the background: the page only collects what the reader needs.
      profileView(ctx, { platform: 'instagram', profileRef: instagramProfileRef, collect: collectInstagramPage }, { header: IG_HEADER, capturePaths: INSTAGRAM_CAPTURE_PATHS }),
      postView(ctx, instagramPostPageCollector, { capturePaths: INSTAGRAM_POST_CAPTURE_PATHS, rendered: false }),
    ]);
  },
});
