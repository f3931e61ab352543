import { defineContentScript } from 'wxt/utils/define-content-script';
import { X_POST_CAPTURE_PATHS } from '../lib/capture/capture-patterns';
import { runPostContent } from '../lib/content/run-post-content';
import { xPostReader } from '../lib/platforms/x/post/reader';

// Apart from the profile script: the post reader would put that one over its size budget, and off
// a post page this one only listens for the next navigation.
export default defineContentScript({
  matches: ['https://x.com/*'],
  runAt: 'document_end',
  main(ctx) {
    runPostContent(ctx, xPostReader, { capturePaths: X_POST_CAPTURE_PATHS, rendered: true });
  },
});
