// pouchdb-browser reads `self` (a browser global) when it loads; in Node the global object stands in.
const g = globalThis as { self?: unknown };
g.self ??= globalThis;
