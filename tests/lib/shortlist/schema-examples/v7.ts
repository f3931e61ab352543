import type { SchemaExample, SchemaExampleStore } from './schema-example';
import { V6_EXAMPLE } from './v6';

const V6_CREATORS = V6_EXAMPLE.stores.find((store) => store.name === 'creators') as SchemaExampleStore;
const isLena = (row: { value: unknown }) => (row.value as { key: string }).key === 'youtube:lena.makes';

/**
 * A database as version 7 leaves it: everything of the version 6 example, except that the imported
 * creator (youtube:lena.makes) is where an import now writes it, as an item of its bucket row of
 * importedCreators (bucket 35 of 256), not a creators row of its own, with its key, status and
 * platform in that bucket's entry of importedCreatorIndex; the saved creator keeps its row.
 * Frozen: this is what users' browsers hold; never edit it to fit new code.
 */
export const V7_EXAMPLE: SchemaExample = {
  version: 7,
  stores: [
    ...V6_EXAMPLE.stores.filter((store) => store.name !== 'creators'),
    { ...V6_CREATORS, rows: V6_CREATORS.rows.filter((row) => !isLena(row)) },
    {
      name: 'importedCreators',
      indexes: [],
      rows: [{ key: 35, value: V6_CREATORS.rows.filter(isLena).map((row) => row.value) }],
    },
    {
      name: 'importedCreatorIndex',
      indexes: [],
      rows: [{ key: 35, value: [{ key: 'youtube:lena.makes', status: 'shortlisted', platform: 'youtube' }] }],
    },
  ],
  renamedOnUpgrade: {},
};
