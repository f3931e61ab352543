import type { Plugin } from 'vite';

const VIRTUAL = '\0vetted-native-browser';

/**
 * Content scripts use the browser's own promise-based `browser`/`chrome` API (Chrome MV3 and
 * Firefox both have it) instead of webextension-polyfill: the polyfill is ~10 KB of every
 * content script's budget and buys nothing there. Extension pages and the worker keep it.
 * WXT builds each content script in its own pass, so the pass's input tells us which it is.
 */
export function nativeBrowserInContentScripts(): Plugin {
  let isContentScript = false;
  return {
    name: 'vetted:native-browser-in-content-scripts',
    enforce: 'pre',
    options(options) {
      const input = JSON.stringify(options.input ?? '');
      isContentScript = /\.content(\.ts|\/)/.test(input) && !/capture\.content/.test(input);
      return null;
    },
    resolveId(source) {
      if (isContentScript && (source === 'wxt/browser' || source === '@wxt-dev/webextension-polyfill/browser')) return VIRTUAL;
      return null;
    },
    load(id) {
      if (id !== VIRTUAL) return null;
      return 'export const browser = globalThis.browser?.runtime?.id ? globalThis.browser : globalThis.chrome;';
    },
  };
}
