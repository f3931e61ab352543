/**
 * A language tag as YouTube writes it, checked: apart from locale.ts so that the content script's
 * collecting (page-collect.ts) can tell whether `<html lang>` says the language without bringing
 * the JSON readers that locale.ts needs.
 */

/** "es_ES" → "es-ES"; anything that is not a language tag → undefined. */
export function normalizeLocale(value: string | null | undefined): string | undefined {
  return value && /^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})?$/.test(value) ? value.replace('_', '-') : undefined;
}
