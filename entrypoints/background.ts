import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createBackground } from '../lib/background/create-background';

export default defineBackground({
  type: 'module',
  main() {
    const route = createBackground();
    browser.runtime.onMessage.addListener((message: unknown, sender) => route(message, sender));
  },
});
