/**
 * The content of a shortlist database at one version, with the store layout of that version
 * written out here rather than taken from db.ts: the upgrade tests build the old database with raw
 * IndexedDB from this, so a mistake in the upgrade code cannot also "fix" the example.
 */
export interface SchemaExampleStore {
  name: string;
  keyPath?: string;
  autoIncrement?: boolean;
  indexes: Array<{ name: string; keyPath: string | string[] }>;
  /** `key` only for stores without a keyPath. */
  rows: Array<{ key?: IDBValidKey; value: unknown }>;
}

export interface SchemaExample {
  version: number;
  stores: SchemaExampleStore[];
  /** Fields the upgrade from this version moves to a new name, per store: `{creators: {savedAt: 'firstSavedAt'}}`. */
  renamedOnUpgrade: Record<string, Record<string, string>>;
}
