import { defineContentScript } from 'wxt/utils/define-content-script';
import { TIKTOK_CAPTURE_PATHS } from '../lib/capture/capture-patterns';
import { runContent } from '../lib/content/run-content';
import { tiktokReader } from '../lib/platforms/tiktok/reader';
import { PROFILE_HEADER } from '../lib/platforms/tiktok/paths';

export default defineContentScript({
  matches: ['https://www.tiktok.com/*'],
  // document_end: the DOM and its embedded JSON are there; waiting for idle only delays the badge.
  runAt: 'document_end',
  main(ctx) {
    runContent(ctx, tiktokReader, { header: PROFILE_HEADER, capturePaths: TIKTOK_CAPTURE_PATHS });
  },
});
