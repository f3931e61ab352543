/**
 * Page knowledge as data. Every JSON path and CSS selector a reader looks in is an entry
 * `{ path, seen, fixture }`: where the value sits, the month it was seen, and the saved page under
 * tests/fixtures/<platform>/ that shows it (tests/lib/platforms/page-paths.test.ts opens that page
 * and checks). A fallback no saved page shows says why it is kept instead (`unverified`).
 * Content-script builds drop `seen`, `fixture` and `unverified` (lib/build/strip-page-evidence.ts):
 * only `path` ships.
 */
import { at } from '../parse/json-path';
import { pathOf } from './page-select';

// The DOM side (pathOf, select, selectAll, anyOf) lives in page-select.ts; readers import it from either.
export { anyOf, pathOf, select, selectAll } from './page-select';

/** Keys and array indexes from a JSON value down to the one wanted. */
export type JsonPath = ReadonlyArray<string | number>;

/** "2025-11": the month of the saved page named beside it (its file name starts with it). */
export type YearMonth = `${number}-${number}`;

export interface SeenPath<P> {
  readonly path: P;
  readonly seen: YearMonth;
  /** File name under tests/fixtures/<platform>/. */
  readonly fixture: string;
}

/** A fallback that no saved page shows: "[S] <scraper source, date>" or "[U] <why we expect it>". */
export interface UnseenPath<P> {
  readonly path: P;
  readonly unverified: string;
}

/** A JSON path (keys and indexes) or, with `P = string`, a CSS selector. */
export type PagePath<P = JsonPath> = SeenPath<P> | UnseenPath<P>;
export type Selector = PagePath<string>;
/**
 * The profile header's pieces, which the overlay never covers (lib/content/avoid-header.ts). Name
 * and counts are always there; avatar and bio where the platform's markup lets us find them.
 */
export interface ProfileHeader {
  readonly avatar?: Selector;
  readonly name: Selector;
  readonly counts: Selector;
  readonly bio?: Selector;
}
/** A selector naming the profile's own handle (`a[href="/gdg_rbu/followers/"]`). */
export type HandleSelector = PagePath<(handle: string) => string>;
/** One key of an object the reader has already found (`followerCount` in TikTok's `stats`). */
export type KeyPath = PagePath<readonly [string]>;

/** The key of a one-key entry (`followerCount`). */
export function keyOf(entry: KeyPath): string {
  return pathOf(entry)[0];
}

/** The value at an entry's path under `value` (undefined when any step is missing). */
export function atPath(value: unknown, entry: PagePath): unknown {
  return at(value, ...pathOf(entry));
}

/**
 * The first rung of a ladder whose value `accept` takes (it returns null or undefined to pass),
 * with the path that gave it.
 */
export function firstAt<T>(value: unknown, ladder: ReadonlyArray<PagePath>, accept: (raw: unknown) => T | null | undefined): { value: T; where: JsonPath } | null {
  for (const entry of ladder) {
    const where = pathOf(entry);
    const found = accept(at(value, ...where));
    if (found !== null && found !== undefined) return { value: found, where };
  }
  return null;
}
