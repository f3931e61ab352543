import type { SchemaExample } from './schema-example';
import { V5_EXAMPLE } from './v5';

/**
 * A database as version 6 leaves it: everything of the version 5 example, except that the imported
 * creator's first follower reading is where an import now writes it, in its bucket of the
 * firstReadings store (bucket 35, as its summary), not in a history row of its own; the saved
 * creator's readings are history rows as before.
 * Frozen: this is what users' browsers hold; never edit it to fit new code.
 */
export const V6_EXAMPLE: SchemaExample = {
  version: 6,
  stores: [
    ...V5_EXAMPLE.stores.filter((store) => store.name !== 'history'),
    {
      name: 'history',
      keyPath: 'id',
      autoIncrement: true,
      indexes: [{ name: 'by-key', keyPath: 'key' }],
      rows: [
        {
          value: {
            id: 1,
            key: 'instagram:ana.cocina',
            at: '2026-01-10T09:30:00.000Z',
            followers: 48200,
            following: 612,
            postsCount: 930,
          },
        },
        {
          value: {
            id: 2,
            key: 'instagram:ana.cocina',
            at: '2026-02-01T09:59:00.000Z',
            followers: 49100,
            following: 615,
            postsCount: 941,
          },
        },
      ],
    },
    {
      name: 'firstReadings',
      indexes: [],
      rows: [
        {
          key: 35,
          value: [
            {
              key: 'youtube:lena.makes',
              at: '2026-01-20T12:00:00.000Z',
              followers: 125000,
              following: null,
              postsCount: 212,
            },
          ],
        },
      ],
    },
  ],
  renamedOnUpgrade: {},
};
