// Lint: typescript-eslint plus the module boundaries that keep Vetted honest.
// - lib/ pure modules read no browser globals and import no runtime (they run in Node for `vet`).
// - content-script code never imports storage (a content script's IndexedDB is the website's).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const BROWSER_GLOBALS = ['document', 'window', 'location', 'navigator', 'chrome', 'browser', 'indexedDB', 'localStorage', 'sessionStorage', 'fetch', 'XMLHttpRequest'].map((name) => ({
  name,
  message: 'lib/ pure modules take the page and the environment as parameters (see README "Module boundaries").',
}));

const PURE_LIB = ['contracts', 'parse', 'platforms', 'metrics', 'scoring', 'vetting', 'csv', 'messages', 'capture', 'sync', 'evidence'].map((dir) => `lib/${dir}/**/*.ts`);
const RUNTIME_PACKAGES = ['wxt', 'wxt/*', '#imports', 'idb', 'react', 'react-dom', 'react-dom/*', 'chart.js', 'chart.js/*', 'webextension-polyfill'];
const restrict = (group, message) => ({ group, message });

export default tseslint.config(
  { ignores: ['.output/**', '.output-*/**', '.wxt/**', 'node_modules/**', 'demo-output/**', 'test-artifacts/**', 'tests/fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2024, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-restricted-imports': ['error', { patterns: [{ group: ['#imports'], message: 'Import from the real module (wxt/browser, wxt/utils/...): explicit imports keep boundaries checkable.' }] }],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
  {
    // Pure lib/: runs in Node for `vet` and in tests; the environment comes in as parameters.
    files: PURE_LIB,
    rules: {
      'no-restricted-globals': ['error', ...BROWSER_GLOBALS],
      'no-restricted-imports': ['error', { patterns: [
        restrict(RUNTIME_PACKAGES, 'pure lib/ modules import no runtime: pass what they need as parameters'),
        restrict(['**/content/**', '**/background/**', '**/shortlist/**', '**/runtime/**', '**/cli/**', '**/components/**', '**/entrypoints/**'], 'pure lib/ modules must not depend on runtime code, UI or entrypoints'),
      ] }],
    },
  },
  {
    // Bundled into content scripts: zod (and the schemas built with it) only as types.
    files: ['lib/platforms/**/*.ts', 'lib/parse/**/*.ts', 'lib/capture/**/*.ts', 'lib/content/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: [{ group: ['zod', 'zod/*', '**/contracts/creator', '**/contracts/report', '**/contracts/brief', '**/messages/protocol'], allowTypeImports: true, message: 'content-script code imports zod schemas as types only (bundle budget 40 KB): use contracts/vocabulary for constants' }] }],
    },
  },
  {
    // Content scripts read pages and message the background; a content script's IndexedDB is the website's.
    files: ['lib/content/**/*.ts', 'entrypoints/*.content.ts', 'entrypoints/*.content/**'],
    rules: {
      'no-restricted-globals': ['error', { name: 'indexedDB', message: "a content script's IndexedDB belongs to the website: message the background" }, { name: 'localStorage', message: "the website's storage, not ours" }],
      'no-restricted-imports': ['error', { patterns: [
        restrict(['idb', 'zod', 'react', 'react-dom', 'react-dom/*', 'chart.js', 'chart.js/*'], 'content scripts stay small: no UI or validation libraries (README "Module boundaries")'),
        restrict(['**/shortlist/**', '**/background/**', '**/components/**', '**/runtime/**'], 'content scripts never touch storage or UI code: they read pages and message the background'),
      ] }],
    },
  },
  {
    // Components take data as props and report through callbacks; wiring to storage and the
    // background lives in lib/runtime and each page's entrypoint folder.
    files: ['components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-globals': ['error', ...BROWSER_GLOBALS.filter((g) => !['document', 'window', 'navigator'].includes(g.name))],
      'no-restricted-imports': ['error', { patterns: [
        restrict(['wxt', 'wxt/*', 'idb', 'webextension-polyfill'], 'components get data through props: wire browser APIs in lib/runtime or the entrypoint'),
        restrict(['**/shortlist/**', '**/background/**', '**/content/**', '**/runtime/**', '**/entrypoints/**'], 'components get data through props'),
      ] }],
    },
  },
);
