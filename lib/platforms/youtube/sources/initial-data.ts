/** Rung 1: `ytInitialData`, the page's own data in its server HTML. */
import { assignedJson } from '../../../parse/embedded-json';
import { asObject } from '../../../parse/json-path';
import { INITIAL_DATA_NAME } from '../paths';

/** The data assigned in one script's text, or undefined when it assigns none that parses to an object. */
function assignedIn(text: string): unknown {
  if (!text.includes(INITIAL_DATA_NAME)) return undefined;
  const value = assignedJson(text, INITIAL_DATA_NAME);
  return asObject(value) ? value : undefined;
}

/** The data in the first of these script texts (what a content script collected, page-collect.ts) that holds it. */
export function initialDataIn(texts: readonly string[]): unknown {
  for (const text of texts) {
    const value = assignedIn(text);
    if (value !== undefined) return value;
  }
  return undefined;
}
