import { defineContentScript } from 'wxt/utils/define-content-script';
import { runContent } from '../lib/content/run-content';
import { instagramReader } from '../lib/platforms/instagram';

export default defineContentScript({
  matches: ['https://www.instagram.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    runContent(ctx, instagramReader);
  },
});
