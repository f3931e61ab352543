import type { SchemaExample } from './schema-example';
import { V1_EXAMPLE } from './v1';
import { V2_EXAMPLE } from './v2';
import { V3_EXAMPLE } from './v3';
import { V4_EXAMPLE } from './v4';
import { V5_EXAMPLE } from './v5';
import { V6_EXAMPLE } from './v6';
import { V7_EXAMPLE } from './v7';

/** One example per database version, 1 to DB_VERSION; the upgrade tests fail when one is missing. */
export const SCHEMA_EXAMPLES: readonly SchemaExample[] = [V1_EXAMPLE, V2_EXAMPLE, V3_EXAMPLE, V4_EXAMPLE, V5_EXAMPLE, V6_EXAMPLE, V7_EXAMPLE];
