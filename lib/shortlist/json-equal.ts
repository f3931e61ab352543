function isPlainObject(value: object): boolean {
  return Object.prototype.toString.call(value) === '[object Object]';
}

/**
 * Deep equality of JSON-like values (what structured clone gives back for our rows: plain objects,
 * arrays, strings, numbers, booleans, null). Key order does not matter; anything else is unequal
 * unless identical, so "equal" is never claimed for data this does not understand.
 */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i += 1) if (!jsonEqual(a[i], b[i])) return false;
    return true;
  }
  // Not getPrototypeOf: a row cloned in another realm (a test's fake IndexedDB) has another Object.prototype.
  if (!isPlainObject(a) || !isPlainObject(b)) return false;
  const aKeys = Object.keys(a);
  if (aKeys.length !== Object.keys(b).length) return false;
  for (const key of aKeys) {
    if (!Object.hasOwn(b, key) || !jsonEqual((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key])) return false;
  }
  return true;
}
