// pouchdb-browser ships no types, and @types/pouchdb pulls a DOM lib of its own into the whole
// program: the constructor is typed where it is used, by pouch-api.ts.
declare module 'pouchdb-browser' {
  const PouchDB: new (name: string, options?: Record<string, unknown>) => unknown;
  export default PouchDB;
}
