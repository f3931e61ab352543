import type { Platform } from '../../../lib/contracts/creator';
import { assignedJson, safeJsonParse } from '../../../lib/parse/embedded-json';
import { at } from '../../../lib/parse/json-path';
import type { JsonPath } from '../../../lib/platforms/page-path';
import { loadFixtureText, parseHtml } from './fixture-harness';

/** What a saved page holds, as a reader sees it: its DOM and every JSON value in it. */
export interface FixtureContent {
  /** The handle of the profile the page was saved from (its expected file's URL), if it is one. */
  handle: string | null;
  /** Whether the selector matches in the page's DOM (never, for a .json capture). */
  matches(selector: string): boolean;
  /** Whether the path resolves to a value at the root of, or anywhere under, some JSON in the page. */
  resolves(path: JsonPath): boolean;
}

// `var ytInitialData = {`, `window._sharedData = {`, `window["ytInitialData"] = {`, `window.__INITIAL_STATE__={`
const ASSIGNMENT = /(?:^|[\s;,(])(?:var |let |const |window\.|window\[["'])?([A-Za-z_$][\w$]*)["']?\]?\s*=\s*\{/g;

/** Every JSON value a page's scripts hold: whole JSON scripts, and objects assigned in code. */
function scriptJson(doc: Document): unknown[] {
  const found: unknown[] = [];
  for (const script of Array.from(doc.querySelectorAll('script'))) {
    const text = script.textContent ?? '';
    const whole = safeJsonParse(text);
    if (whole !== undefined) {
      found.push(whole);
      continue;
    }
    for (const match of text.matchAll(ASSIGNMENT)) {
      const value = match[1] ? assignedJson(text, match[1]) : undefined;
      if (value !== undefined) found.push(value);
    }
  }
  return found;
}

/** Objects by own key and arrays, so that a path's first step finds its candidates at once. */
function indexOf(roots: unknown[]): { byKey: Map<string, object[]>; arrays: unknown[][] } {
  const byKey = new Map<string, object[]>();
  const arrays: unknown[][] = [];
  const stack = [...roots];
  while (stack.length) {
    const value = stack.pop();
    if (value === null || typeof value !== 'object') continue;
    if (Array.isArray(value)) {
      arrays.push(value);
      stack.push(...value);
      continue;
    }
    for (const [key, child] of Object.entries(value)) {
      const list = byKey.get(key);
      if (list) list.push(value);
      else byKey.set(key, [value]);
      stack.push(child);
    }
  }
  return { byKey, arrays };
}

export function fixtureContent(platform: Platform, file: string, url: string, handle: string | null): FixtureContent {
  const text = loadFixtureText(platform, file);
  const doc = file.endsWith('.html') ? parseHtml(text, url) : null;
  let index: ReturnType<typeof indexOf> | null = null;
  return {
    handle,
    matches: (selector) => doc?.querySelector(selector) != null,
    resolves: (path) => {
      index ??= indexOf(doc ? scriptJson(doc) : [JSON.parse(text) as unknown]);
      const [step] = path;
      if (step === undefined) return false;
      const candidates: unknown[] = typeof step === 'number' ? index.arrays : (index.byKey.get(step) ?? []);
      return candidates.some((node) => at(node, ...path) !== undefined);
    },
  };
}
