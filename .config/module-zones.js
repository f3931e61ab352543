// The module zones the lint config enforces (.config/eslint.config.js; README "Module boundaries").
// Every folder of lib/ is pure unless it is named here: a new folder starts pure, and making it
// a runtime folder is a reviewed change to this list, with the reason beside it.

/** lib/ folders that may touch a runtime: browser APIs, storage, Node. */
export const RUNTIME_LIB = {
  background: 'the service worker: tabs, messaging, the shortlist store',
  content: 'content-script wiring: messaging, the overlay frame',
  runtime: 'extension-page wiring: messaging, downloads, opening the store',
  shortlist: 'the IndexedDB store',
  'team-sync': 'PouchDB replication to a team server',
  cli: 'the vet command: reads files in Node',
  build: 'build-time checks run by wxt.config.ts in Node',
};

/** lib/ folders that hold stored data: only the background, extension-page wiring and each other reach them. */
export const STORAGE_LIB = ['shortlist', 'team-sync'];

/** Globals (and members of globalThis/self/window) that only runtime code may read. */
export const BROWSER_GLOBALS = [
  'document',
  'window',
  'self',
  'location',
  'navigator',
  'chrome',
  'browser',
  'indexedDB',
  'localStorage',
  'sessionStorage',
  'caches',
  'fetch',
  'XMLHttpRequest',
];

/** The globals that reach stored data: the website's in a content script, ours only through the store. */
export const STORAGE_GLOBALS = ['indexedDB', 'localStorage', 'sessionStorage', 'caches'];

/** Packages that need a browser, storage or Node: never in pure lib/. */
export const RUNTIME_PACKAGES = [
  'wxt',
  'wxt/*',
  '#imports',
  'webextension-polyfill',
  '@wxt-dev/webextension-polyfill',
  '@wxt-dev/webextension-polyfill/*',
  'idb',
  'pouchdb-browser',
  'react',
  'react-dom',
  'react-dom/*',
  'chart.js',
  'chart.js/*',
  'node:*',
];

/** Packages that reach storage. */
export const STORAGE_PACKAGES = ['idb', 'pouchdb-browser', 'fake-indexeddb', 'fake-indexeddb/*'];
