import type { Plugin } from 'vite';

const VIRTUAL = '\0vetted-native-browser';

/** Whether a build pass is one of our isolated-world content scripts (the page-world capture script is not). */
export function isContentScriptPass(input: unknown): boolean {
  const text = JSON.stringify(input ?? '');
  return /\.content(\.ts|\/)/.test(text) && !/capture\.content/.test(text);
}

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
      isContentScript = isContentScriptPass(options.input);
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
