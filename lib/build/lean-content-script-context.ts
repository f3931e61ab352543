import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { isContentScriptPass } from './native-browser-in-content-scripts';

const LEAN_CONTEXT = fileURLToPath(new URL('../content/script-context.ts', import.meta.url));
const NO_CONTEXT = fileURLToPath(new URL('../content/no-script-context.ts', import.meta.url));

/** Whether a build pass is the wake script (entrypoints/wake.content.ts), which uses no context at all. */
export function isWakeScriptPass(input: unknown): boolean {
  return /wake\.content\.ts/.test(JSON.stringify(input ?? ''));
}

/**
 * Content scripts get lib/content/script-context.ts as their `ctx` instead of WXT's
 * ContentScriptContext: the same behaviour for what they use, ~2 KB less of every content
 * script's 40 KB budget. Extension pages and the worker do not use a content-script context.
 * The wake script gets an empty one (lib/content/no-script-context.ts): it runs once and keeps nothing.
 */
export function leanContentScriptContext(): Plugin {
  let isContentScript = false;
  let isWakeScript = false;
  return {
    name: 'vetted:lean-content-script-context',
    enforce: 'pre',
    options(options) {
      isContentScript = isContentScriptPass(options.input);
      isWakeScript = isWakeScriptPass(options.input);
      return null;
    },
    resolveId(source) {
      if (!isContentScript || source !== 'wxt/utils/content-script-context') return null;
      return isWakeScript ? NO_CONTEXT : LEAN_CONTEXT;
    },
  };
}
