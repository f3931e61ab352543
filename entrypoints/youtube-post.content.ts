import { defineContentScript } from 'wxt/utils/define-content-script';
import { YOUTUBE_POST_CAPTURE_PATHS } from '../lib/capture/capture-patterns';
import { requestPageData } from '../lib/content/page-data';
import { runPostContent } from '../lib/content/run-post-content';
import { youtubePostReader } from '../lib/platforms/youtube/post/reader';

// Apart from the profile script: the post reader would put that one over its size budget, and off
// a post page this one only listens for the next navigation.
export default defineContentScript({
  matches: ['https://www.youtube.com/*'],
  runAt: 'document_end',
  main(ctx) {
    runPostContent(ctx, youtubePostReader, { capturePaths: YOUTUBE_POST_CAPTURE_PATHS, rendered: false, pageData: requestPageData });
  },
});
