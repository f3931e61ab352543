import { defineContentScript } from 'wxt/utils/define-content-script';
import { runContent } from '../lib/content/run-content';
import { tiktokReader } from '../lib/platforms/tiktok';

export default defineContentScript({
  matches: ['https://www.tiktok.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    runContent(ctx, tiktokReader);
  },
});
