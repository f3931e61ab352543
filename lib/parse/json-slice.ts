/**
 * Cutting a part out of JSON text without parsing it: what a content script may do on the page's
 * own thread to hand over a few KB of a page's quarter megabyte of embedded app state.
 */

/**
 * The text of the object under `"key":` in JSON text (the first such key), or undefined when the
 * text has no such key followed by an object whose closing brace it holds. A key is a quoted string
 * followed by a colon, which cannot occur inside a JSON string (its quotes would be escaped); the
 * text is not parsed, so callers check that what they get is what they wanted.
 */
export function memberText(text: string, key: string): string | undefined {
  const marker = JSON.stringify(key);
  for (let at = text.indexOf(marker); at >= 0; at = text.indexOf(marker, at + 1)) {
    let i = at + marker.length;
    while (i < text.length && /\s/.test(text[i]!)) i++;
    if (text[i] !== ':') continue;
    i++;
    while (i < text.length && /\s/.test(text[i]!)) i++;
    if (text[i] !== '{') return undefined;
    const end = matchingBrace(text, i);
    return end < 0 ? undefined : text.slice(i, end + 1);
  }
  return undefined;
}

/** Index of the brace closing the one at `start`, or -1. */
export function matchingBrace(text: string, start: number): number {
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
      continue;
    }
    if (c === 34) inString = true;
    else if (c === 123 /* { */) depth++;
    else if (c === 125 /* } */) {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}
