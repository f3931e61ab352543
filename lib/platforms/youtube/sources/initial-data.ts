/** Rung 1: `ytInitialData`, the page's own data in its server HTML. */
import { assignedJson } from '../../../parse/embedded-json';
import { asObject } from '../../../parse/json-path';
import { INITIAL_DATA_NAME } from '../paths';

export function initialData(doc: Document): unknown {
  for (const script of Array.from(doc.scripts)) {
    const text = script.textContent ?? '';
    if (!text.includes(INITIAL_DATA_NAME)) continue;
    const value = assignedJson(text, INITIAL_DATA_NAME);
    if (asObject(value)) return value;
  }
  return undefined;
}
