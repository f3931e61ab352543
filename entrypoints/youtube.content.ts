import { defineContentScript } from 'wxt/utils/define-content-script';
import { runContent } from '../lib/content/run-content';
import { youtubeReader } from '../lib/platforms/youtube';

export default defineContentScript({
  matches: ['https://www.youtube.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    runContent(ctx, youtubeReader);
  },
});
