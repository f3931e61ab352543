/**
 * Walk parsed JSON by keys and indexes without trusting its shape: any missing step gives undefined.
 * `at(data, 'header', 'c4TabbedHeaderRenderer', 'title')`.
 */
export function at(value: unknown, ...path: Array<string | number>): unknown {
  let current: unknown = value;
  for (const step of path) {
    if (current === null || typeof current !== 'object') return undefined;
    if (typeof step === 'number') {
      if (!Array.isArray(current)) return undefined;
      current = current[step];
    } else {
      if (!Object.prototype.hasOwnProperty.call(current, step)) return undefined;
      current = (current as Record<string, unknown>)[step];
    }
  }
  return current;
}

export function asString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

export function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

export function asObject(value: unknown): Record<string, unknown> | undefined {
  return isObject(value) ? value : undefined;
}

/** A copy of an object holding only the listed own fields it has; undefined when it is no object. */
export function pickFields(value: unknown, fields: readonly string[]): Record<string, unknown> | undefined {
  if (!isObject(value)) return undefined;
  const out: Record<string, unknown> = {};
  for (const field of fields) if (Object.prototype.hasOwnProperty.call(value, field)) out[field] = value[field];
  return out;
}
