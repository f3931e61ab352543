import { defineContentScript } from 'wxt/utils/define-content-script';
import { X_CAPTURE_PATHS } from '../lib/capture/capture-patterns';
import { runContent } from '../lib/content/run-content';
import { xReader } from '../lib/platforms/x/reader';
import { X_HEADER } from '../lib/platforms/x/paths';

export default defineContentScript({
  matches: ['https://x.com/*'],
  // document_end: the DOM and its embedded JSON are there; waiting for idle only delays the badge.
  runAt: 'document_end',
  main(ctx) {
    runContent(ctx, xReader, { header: X_HEADER, capturePaths: X_CAPTURE_PATHS });
  },
});
