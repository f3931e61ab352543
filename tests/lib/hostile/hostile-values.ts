/**
 * Values a hostile or broken page (or another extension) can produce, shared by the hostile tests.
 * Built once: a 1 MB string or a 10,000-level object costs more to make than to send.
 */

export const SCRIPT_TAG = '<script>alert(1)</script>';
export const IMG_ONERROR = '<img src=x onerror=alert(1)>';
export const HYPERLINK_FORMULA = '=HYPERLINK("http://evil","x")';
export const DDE_FORMULA = "+cmd|' /C calc'!A0";
/** RIGHT-TO-LEFT OVERRIDE: makes "exe.txt" display as "txt.exe" after it. */
export const RTL_OVERRIDE = '\u202e';

export const ONE_MB = 1_000_000;
/** A caption of 1 MB: what a page could put in a post's text to blow up what we store. */
export const HUGE_TEXT = `${HYPERLINK_FORMULA} ${'A'.repeat(ONE_MB)}`;

export const NESTING_DEPTH = 10_000;

/** `{"a":{"a":…1…}}` nested NESTING_DEPTH times, as JSON text (JSON.stringify itself overflows on it). */
export function deeplyNestedJson(depth = NESTING_DEPTH): string {
  return `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
}

/** The same as an object, for callers that pass values without serialising them. */
export const DEEPLY_NESTED: unknown = JSON.parse(deeplyNestedJson());

/**
 * Counts a page could send: JSON `1e400` parses to Infinity; NaN, negatives, fractions, numeric
 * strings with junk, and 10^15 (above CAPS.count).
 */
export const HOSTILE_NUMBERS: readonly unknown[] = [JSON.parse('1e400') as number, -Infinity, NaN, -5, -1, 1.5, 1e15, 2 ** 53 + 2, '12abc', 'NaN', '-5', '1e400', '7 ', ''];

/** Keys that pollute Object.prototype when merged naively. */
export const POLLUTION_KEYS = ['__proto__', 'constructor', 'prototype'] as const;

/** An object whose own `__proto__`, `constructor` and `prototype` keys carry a payload (as JSON.parse makes them). */
export function withPollutionKeys(base: Record<string, unknown>): Record<string, unknown> {
  const payload = '"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},"prototype":{"polluted":"yes"}';
  const rest = JSON.stringify(base).slice(1, -1);
  return JSON.parse(`{${payload}${rest ? `,${rest}` : ''}}`) as Record<string, unknown>;
}

/** True when something wrote through a pollution key into every object. */
export function prototypeIsPolluted(): boolean {
  return (({}) as Record<string, unknown>).polluted !== undefined || Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted');
}

/** A bio carrying every text attack at once; the override hides "exe." behind "gnp". */
export const HOSTILE_BIO = `${SCRIPT_TAG} ${IMG_ONERROR} ${DDE_FORMULA} ${RTL_OVERRIDE}gnp.exe`;
/** A display name that a spreadsheet would run as a formula. */
export const HOSTILE_NAME = HYPERLINK_FORMULA;
/** A 1 MB caption that starts with a formula and markup and hides an override in its first characters. */
export const HOSTILE_CAPTION = `${DDE_FORMULA} ${RTL_OVERRIDE}${SCRIPT_TAG} ${'lorem ipsum '.repeat(Math.ceil(ONE_MB / 12))}`.slice(0, ONE_MB);
