/**
 * Hard limits on everything derived from a page. A hostile or broken page can put anything in a
 * bio or a caption; these caps keep what we store and render bounded. Shared by the readers (which
 * cap while reading) and the zod contracts (which reject what a reader failed to cap).
 */
export const CAPS = {
  handle: 64,
  displayName: 200,
  bio: 2_000,
  caption: 2_200,
  category: 200,
  url: 2_048,
  id: 128,
  listItems: 50,
  posts: 200,
  /** Largest count we accept: 10^11 is ~12x the world's population, so anything above is garbage. */
  count: 100_000_000_000,
} as const;

/** The verdict line (fit.summary, the CSV's fit_summary) must fit the badge. */
export const FIT_SUMMARY_MAX = 60;

// Bidi overrides/isolates (U+202A–U+202E, U+2066–U+2069) let a bio reorder what comes after it on
// screen and in a CSV; C0/C1 controls other than tab/newline have no business in page text.
// eslint-disable-next-line no-control-regex
const UNSAFE_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** Plain text, stripped of control and bidi-override characters, trimmed and cut to `max` code units. */
export function capText(value: unknown, max: number): string {
  if (typeof value !== 'string') return '';
  const clean = value.replace(UNSAFE_CHARS, '').trim();
  if (clean.length <= max) return clean;
  // Do not cut a surrogate pair in half.
  let cut = clean.slice(0, max);
  const last = cut.charCodeAt(cut.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut = cut.slice(0, -1);
  return cut;
}

/** A count as the contracts accept it: a finite integer in [0, CAPS.count], else null. */
export function capCount(value: unknown): number | null {
  const n = typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isFinite(n) || n < 0 || n > CAPS.count) return null;
  return Math.round(n);
}
