import type { Plugin } from 'vite';

/** WXT's modules that wrap a content script's entry, as its resolver names them. */
const ISOLATED_ENTRY = '\0virtual:wxt-content-script-isolated-world-entrypoint?';
const MAIN_WORLD_ENTRY = '\0virtual:wxt-content-script-main-world-entrypoint?';

/**
 * The code that starts a content script: its `main` (with our context in the isolated world),
 * nothing else. WXT's wraps `main` in an async function that catches a crash only to hand it to a
 * logger that production builds make silent, and rethrow it: ~250 bytes of every content script's
 * 40 KB budget that change nothing (a crash still surfaces as an uncaught error in the console).
 */
export function leanEntrySource(entryPath: string, world: 'isolated' | 'main'): string {
  return [
    `import definition from ${JSON.stringify(entryPath)};`,
    ...(world === 'isolated'
      ? [`import { ContentScriptContext } from 'wxt/utils/content-script-context';`, 'export default definition.main(new ContentScriptContext(import.meta.env.ENTRYPOINT));']
      : ['export default definition.main();']),
  ].join('\n');
}

/** Content scripts start through leanEntrySource() instead of WXT's wrapper. */
export function leanContentScriptEntry(): Plugin {
  return {
    name: 'vetted:lean-content-script-entry',
    enforce: 'pre',
    load(id) {
      if (id.startsWith(ISOLATED_ENTRY)) return leanEntrySource(id.slice(ISOLATED_ENTRY.length), 'isolated');
      if (id.startsWith(MAIN_WORLD_ENTRY)) return leanEntrySource(id.slice(MAIN_WORLD_ENTRY.length), 'main');
      return null;
    },
  };
}
