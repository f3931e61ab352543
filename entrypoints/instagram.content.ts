import { defineContentScript } from 'wxt/utils/define-content-script';
import { INSTAGRAM_CAPTURE_PATHS } from '../lib/capture/capture-patterns';
import { runContent } from '../lib/content/run-content';
import { instagramReader } from '../lib/platforms/instagram/reader';
import { IG_HEADER } from '../lib/platforms/instagram/paths';

export default defineContentScript({
  matches: ['https://www.instagram.com/*'],
  // document_end: the DOM and its embedded JSON are there; waiting for idle only delays the badge.
  runAt: 'document_end',
  main(ctx) {
    runContent(ctx, instagramReader, { header: IG_HEADER, capturePaths: INSTAGRAM_CAPTURE_PATHS });
  },
});
