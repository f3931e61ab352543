import { defineContentScript } from 'wxt/utils/define-content-script';
import { X_CAPTURE_PATHS, X_POST_CAPTURE_PATHS } from '../lib/capture/capture-patterns';
import { routePages } from '../lib/content/page-router';
import { profileView } from '../lib/content/run-content';
import { postView } from '../lib/content/run-post-content';
import { collectXPage } from '../lib/platforms/x/page-collect';
import { X_HEADER } from '../lib/platforms/x/paths';
import { xPostPageCollector } from '../lib/platforms/x/post/page-reader';
import { xProfileRef } from '../lib/platforms/x/profile-url';

// One script for the platform's profile and post pages: with a script for each, every page of the
// site evaluated both, each with its own copy of the shared code (context, messaging, frame, listeners).
export default defineContentScript({
  matches: ['https://x.com/*'],
  // document_end: the DOM and its embedded JSON are there; waiting for idle only delays the badge.
  runAt: 'document_end',
  main(ctx) {
    routePages(ctx, [
      // Profiles are read in the background: the page only collects what the reader needs.
      profileView(ctx, { platform: 'x', profileRef: xProfileRef, collect: collectXPage }, { header: X_HEADER, capturePaths: X_CAPTURE_PATHS }),
      postView(ctx, xPostPageCollector, { capturePaths: X_POST_CAPTURE_PATHS, rendered: true }),
    ]);
  },
});
