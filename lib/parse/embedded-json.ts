import { matchingBrace, memberText } from './json-slice';

/**
 * Pull JSON that a page embeds in a <script>, without running it. Content scripts live in an
 * isolated world and cannot read `window.ytInitialData`; the text of the script is what we have.
 */

/** Parse JSON, returning undefined instead of throwing. */
export function safeJsonParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * The object literal assigned to `name` in script text (`var ytInitialData = {...};`,
 * `window["ytInitialData"] = {...};`, `window._sharedData = {...};`). Brace-matched, string-aware:
 * titles can contain "};" so cutting at the first one is wrong (page-structures §1.1).
 */
export function assignedJson(scriptText: string, name: string): unknown {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`(?:\\b${escaped}|\\[["']${escaped}["']\\])\\s*=\\s*\\{`, 'g');
  const match = pattern.exec(scriptText);
  if (!match) return undefined;
  const start = match.index + match[0].length - 1;
  // Fast path: the assignment is usually the whole script ("var ytInitialData = {…};"), so the
  // object ends at the script's last "}". Walking a megabyte brace by brace costs more than the
  // JSON.parse itself; fall back to the walk only when the fast guess does not parse.
  const last = scriptText.lastIndexOf('}');
  if (last > start && /^\s*;?\s*$/.test(scriptText.slice(last + 1))) {
    const fast = safeJsonParse(scriptText.slice(start, last + 1));
    if (fast !== undefined) return fast;
  }
  const end = matchingBrace(scriptText, start);
  return end < 0 ? undefined : safeJsonParse(scriptText.slice(start, end + 1));
}

/**
 * The object under `"key":` in JSON text, parsed alone (json-slice.ts: memberText), or undefined
 * when the text has no such key followed by an object that parses. For a page that embeds a quarter
 * megabyte of app state to give a reader a few KB of it (TikTok's profile is 2.5 KB at the end of
 * 244 KB): the rest is never parsed. Callers check that what they got is what they wanted, and
 * parse the whole text when it is not.
 */
export function memberObject(text: string, key: string): unknown {
  const member = memberText(text, key);
  return member === undefined ? undefined : safeJsonParse(member);
}

/** JSON from `<script id=...>` (TikTok's `__UNIVERSAL_DATA_FOR_REHYDRATION__`, `SIGI_STATE`, `__NEXT_DATA__`). */
export function scriptJsonById(doc: Document, id: string): unknown {
  const el = doc.getElementById(id);
  return el?.tagName === 'SCRIPT' ? safeJsonParse(el.textContent ?? '') : undefined;
}

/** Every JSON-LD block in the page, parsed; unparseable ones are skipped. */
export function jsonLdBlocks(doc: Document): unknown[] {
  return Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))
    .map((el) => safeJsonParse(el.textContent ?? ''))
    .filter((value) => value !== undefined);
}
