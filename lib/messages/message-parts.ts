/**
 * A request too large for one extension message, sent in parts over a port instead. Measured in
 * Chromium 156 (2 cores): a content script's `runtime.sendMessage` costs its page's thread 0.1–0.8 ms
 * up to ~120 KB of serialised message, and 5–23 ms past it (98,000 characters of JSON text, whose
 * quotes are escaped again in the message: 5.2 ms; 330,000: 23 ms), while six messages of 48,000
 * characters each over a port cost 2 ms in all. The requests that carry a page's data, a collected
 * page or a response the page fetched (a YouTube `browse` or `next` answer is 0.26–0.85 MB) go in
 * parts; the background joins them and routes the request as it would have come whole
 * (message-parts-assembly.ts, lib/background/parts-port.ts), validated the same way.
 * No zod here: the content scripts carry this module.
 */

export const PARTS_PORT = 'vetted/parts';
/**
 * Characters of one part: its message stays under ~120 KB even when JSON text inside it grows by
 * half as it is escaped again (a JSON string escapes a quote as two characters).
 */
export const PART_CHARS = 40_000;
/** The string fields of a request that may be large. */
export const PARTED_FIELDS = ['pageData', 'text', 'captureText', 'extract'] as const;
export type PartedField = (typeof PARTED_FIELDS)[number];

export type PartMessage = { field: PartedField; part: string } | { request: Record<string, unknown> };

/** Where to cut `text` at or before `end` without splitting a surrogate pair (a lone half does not survive a message). */
function cutAt(text: string, end: number): number {
  if (end >= text.length) return text.length;
  const before = text.charCodeAt(end - 1);
  return before >= 0xd800 && before <= 0xdbff ? end - 1 : end;
}

/**
 * The messages that carry `request` in parts, the request itself last with its parted fields left
 * out; null when its large fields together fit one part and it goes as one message.
 */
export function partsOf(request: Record<string, unknown>): PartMessage[] | null {
  const large = PARTED_FIELDS.reduce((sum, field) => sum + (typeof request[field] === 'string' ? (request[field] as string).length : 0), 0);
  if (large <= PART_CHARS) return null;
  const rest: Record<string, unknown> = { ...request };
  const parts: PartMessage[] = [];
  for (const field of PARTED_FIELDS) {
    const text = request[field];
    if (typeof text !== 'string' || text.length === 0) continue;
    delete rest[field];
    for (let start = 0; start < text.length; ) {
      const end = cutAt(text, start + PART_CHARS);
      parts.push({ field, part: text.slice(start, end) });
      start = end;
    }
  }
  parts.push({ request: rest });
  return parts;
}
