// Lint: typescript-eslint plus the module boundaries that keep Vetted honest (README "Module boundaries").
// The zones come from .config/module-zones.js: every lib/ folder is pure unless that file names it.
// - pure lib/ reads no browser globals, not even through globalThis/self/window, and imports no
//   runtime package and no runtime folder (it runs in Node for `vet` and in every bundle);
// - content scripts never reach storage (a content script's IndexedDB is the website's);
// - components get data through props: no storage, no browser APIs;
// - lib/ never imports UI (components, entrypoints).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { BROWSER_GLOBALS, RUNTIME_LIB, RUNTIME_PACKAGES, STORAGE_GLOBALS, STORAGE_LIB, STORAGE_PACKAGES } from './module-zones.js';

const SOURCES = ['lib/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}', 'entrypoints/**/*.{ts,tsx}'];
const RUNTIME_FOLDERS = Object.keys(RUNTIME_LIB);
const folderPatterns = (dirs) => dirs.flatMap((dir) => [`**/${dir}/**`, `**/lib/${dir}`]);
const restrict = (group, message) => ({ group, message });

/** `name` read as a global and as a member of globalThis, self or window (also when destructured). */
function noGlobals(names, message) {
  return {
    'no-restricted-globals': ['error', ...names.map((name) => ({ name, message }))],
    'no-restricted-properties': ['error', ...['globalThis', 'self', 'window'].flatMap((object) => names.map((property) => ({ object, property, message })))],
    // Reaching a global by a computed name (globalThis[name]) hides which one it is from this rule.
    'no-restricted-syntax': ['error', { selector: 'MemberExpression[computed=true][object.name=/^(globalThis|self|window)$/][property.type!="Literal"]', message }],
  };
}

const PURE_MESSAGE = 'pure lib/ takes the page and the environment as parameters; only the folders in .config/module-zones.js RUNTIME_LIB touch a runtime';
const STORAGE_MESSAGE = "content scripts and components never reach storage: a content script's IndexedDB is the website's; pages get the store through props";
const UI_FOLDERS = ['**/components/**', '**/entrypoints/**'];

export default tseslint.config(
  { ignores: ['.output/**', '.output-*/**', '.wxt/**', 'node_modules/**', 'demo-output/**', 'test-artifacts/**', 'tests/fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // Hooks are called in the same order on every render, and effects name what they read: the
    // classic two rules (the React Compiler rules of the plugin's recommended set are not adopted).
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
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
    // A file that fits in a head: split a longer one along its responsibilities.
    files: SOURCES,
    rules: { 'max-lines': ['warn', { max: 300 }] },
  },
  {
    // Runtime lib/ folders: anything but UI.
    files: RUNTIME_FOLDERS.map((dir) => `lib/${dir}/**/*.{ts,tsx}`),
    rules: {
      'no-restricted-imports': ['error', { patterns: [restrict(UI_FOLDERS, 'lib/ never imports UI: components and entrypoints import lib/, not the other way')] }],
    },
  },
  {
    // Pure lib/: every folder not named in RUNTIME_LIB.
    files: ['lib/**/*.{ts,tsx}'],
    ignores: RUNTIME_FOLDERS.map((dir) => `lib/${dir}/**`),
    rules: {
      ...noGlobals(BROWSER_GLOBALS, PURE_MESSAGE),
      'no-restricted-imports': ['error', { patterns: [
        restrict(RUNTIME_PACKAGES, `${PURE_MESSAGE}: no runtime package`),
        restrict(folderPatterns(RUNTIME_FOLDERS), `${PURE_MESSAGE}: no runtime folder`),
        restrict(UI_FOLDERS, 'lib/ never imports UI: components and entrypoints import lib/, not the other way'),
      ] }],
    },
  },
  {
    // Bundled into content scripts: zod (and the schemas built with it) only as types.
    files: ['lib/platforms/**/*.ts', 'lib/parse/**/*.ts', 'lib/capture/**/*.ts', 'lib/content/**/*.ts', 'entrypoints/*.content.ts', 'entrypoints/*.content/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: [{ group: ['zod', 'zod/*', '**/contracts/creator', '**/contracts/report', '**/contracts/report-*', '**/contracts/brief', '**/messages/protocol'], allowTypeImports: true, message: 'content-script code imports zod schemas as types only (bundle budget 40 KB): use contracts/vocabulary for constants' }] }],
    },
  },
  {
    // Content scripts read pages and message the background.
    files: ['lib/content/**/*.ts', 'entrypoints/*.content.ts', 'entrypoints/*.content/**'],
    rules: {
      ...noGlobals(STORAGE_GLOBALS, STORAGE_MESSAGE),
      'no-restricted-imports': ['error', { patterns: [
        restrict(['zod', 'react', 'react-dom', 'react-dom/*', 'chart.js', 'chart.js/*'], 'content scripts stay small: no UI or validation libraries (README "Module boundaries")'),
        restrict(STORAGE_PACKAGES, STORAGE_MESSAGE),
        restrict([...folderPatterns([...STORAGE_LIB, 'background', 'runtime']), '**/components/**'], 'content scripts never touch storage or UI code: they read pages and message the background'),
      ] }],
    },
  },
  {
    // Components take data as props and report through callbacks; wiring to storage and the
    // background lives in lib/runtime and each page's entrypoint folder.
    files: ['components/**/*.{ts,tsx}'],
    rules: {
      ...noGlobals(BROWSER_GLOBALS.filter((name) => !['document', 'window', 'self', 'navigator'].includes(name)), 'components get data through props and report through callbacks: wire browser APIs and storage in lib/runtime or the entrypoint'),
      'no-restricted-imports': ['error', { patterns: [
        restrict(['wxt', 'wxt/*', 'webextension-polyfill', '@wxt-dev/webextension-polyfill', ...STORAGE_PACKAGES], 'components get data through props: wire browser APIs in lib/runtime or the entrypoint'),
        restrict([...folderPatterns(RUNTIME_FOLDERS), '**/entrypoints/**'], 'components get data through props: storage, the background and wiring stay out'),
      ] }],
    },
  },
);
