import { defineContentScript } from 'wxt/utils/define-content-script';
import { runContent } from '../lib/content/run-content';
import { xReader } from '../lib/platforms/x';

export default defineContentScript({
  matches: ['https://x.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    runContent(ctx, xReader);
  },
});
