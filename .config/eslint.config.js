// Lint: typescript-eslint plus the module boundaries that keep Vetted honest.
// - lib/ pure modules read no browser globals and import no runtime (they run in Node for `vet`).
// - content-script code never imports storage (a content script's IndexedDB is the website's).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';

const BROWSER_GLOBALS = ['document', 'window', 'location', 'navigator', 'chrome', 'browser', 'indexedDB', 'localStorage', 'sessionStorage', 'fetch', 'XMLHttpRequest'].map((name) => ({
  name,
  message: 'lib/ pure modules take the page and the environment as parameters (see README "Module boundaries").',
}));

const PURE_LIB = ['contracts', 'parse', 'platforms', 'metrics', 'scoring', 'vetting', 'csv', 'messages', 'capture'].map((dir) => `./lib/${dir}`);

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'demo-output/**', 'test-artifacts/**', 'tests/fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.mjs'] } } },
    languageOptions: { ecmaVersion: 2024, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-restricted-imports': ['error', { patterns: [{ group: ['#imports'], message: 'Import from the real module (wxt/browser, wxt/utils/...): explicit imports keep boundaries checkable.' }] }],
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            { target: PURE_LIB, from: ['./lib/content', './lib/background', './lib/shortlist', './lib/runtime', './components', './entrypoints'], message: 'pure lib/ modules must not depend on runtime code' },
            { target: './lib/content', from: ['./lib/shortlist', './lib/background', './components'], message: 'content scripts never touch storage or UI code: they read pages and message the background' },
            { target: './lib', from: './entrypoints', message: 'nothing imports an entrypoint' },
            { target: './components', from: ['./lib/shortlist', './lib/background/handlers.ts', './entrypoints'], message: 'components get data through props or the messaging client' },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
  {
    files: ['lib/**/*.ts'],
    ignores: ['lib/content/**', 'lib/background/**', 'lib/shortlist/**', 'lib/runtime/**', 'lib/cli/**'],
    rules: {
      'no-restricted-globals': ['error', ...BROWSER_GLOBALS],
      'no-restricted-imports': ['error', { patterns: [{ group: ['wxt', 'wxt/*', '#imports', 'idb', 'react', 'react-dom', 'react-dom/*', 'chart.js', 'chart.js/*', 'webextension-polyfill'], message: 'pure lib/ modules import no runtime: pass what they need as parameters' }] }],
    },
  },
  {
    // Bundled into content scripts: zod (and the schemas built with it) only as types.
    files: ['lib/platforms/**/*.ts', 'lib/parse/**/*.ts', 'lib/capture/**/*.ts', 'lib/content/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: [{ group: ['zod', 'zod/*', '**/contracts/creator', '**/contracts/report', '**/messages/protocol'], allowTypeImports: true, message: 'content-script code imports zod schemas as types only (bundle budget 40 KB): use contracts/vocabulary for constants' }] }],
    },
  },
  {
    files: ['lib/content/**/*.ts', 'entrypoints/*.content.ts', 'entrypoints/*.content/**'],
    rules: {
      'no-restricted-globals': ['error', { name: 'indexedDB', message: "a content script's IndexedDB belongs to the website: message the background" }, { name: 'localStorage', message: "the website's storage, not ours" }],
      'no-restricted-imports': ['error', { patterns: [{ group: ['idb', 'zod', 'react', 'react-dom', 'react-dom/*', 'chart.js', '**/shortlist/**'], message: 'content scripts stay small and storage-free (README "Module boundaries")' }] }],
    },
  },
);
