import { defineContentScript } from 'wxt/utils/define-content-script';
import { TIKTOK_POST_CAPTURE_PATHS } from '../lib/capture/capture-patterns';
import { runPostContent } from '../lib/content/run-post-content';
import { tiktokPostReader } from '../lib/platforms/tiktok/post/reader';

// Apart from the profile script: the post reader would put that one over its size budget, and off
// a post page this one only listens for the next navigation.
export default defineContentScript({
  matches: ['https://www.tiktok.com/*'],
  runAt: 'document_end',
  main(ctx) {
    runPostContent(ctx, tiktokPostReader, { capturePaths: TIKTOK_POST_CAPTURE_PATHS, rendered: true });
  },
});
