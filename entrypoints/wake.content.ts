import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { wakeBackground } from '../lib/content/wake-background';

// Apart from the platform scripts, which run at document_end: this one only wakes a
// stopped background as the page starts loading, so that its start overlaps the page's parsing.
export default defineContentScript({
  matches: ['https://www.instagram.com/*', 'https://www.tiktok.com/*', 'https://www.youtube.com/*', 'https://x.com/*'],
  runAt: 'document_start',
  main() {
    wakeBackground(location.href, browser.runtime);
  },
});
