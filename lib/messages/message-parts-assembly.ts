/**
 * The background's side of message-parts.ts: the parts a port brings, joined into the request they
 * carry. Fails closed: anything but a part of a known field within its size, or the request last,
 * ends the port; so do more characters than any request may carry, a part after the request, and a
 * request that also names a field its parts carry. The joined request is then routed like any
 * message (its schema and its sender checked there).
 */
import { MAX_CAPTURE_CHARS } from '../capture/capture-patterns';
import { MAX_PAGE_DATA_CHARS } from '../capture/page-data-message';
import { z } from '../contracts/zod-mini';
import { PARTED_FIELDS, PART_CHARS } from './message-parts';

/** The most a request carries in its large fields: a page's data beside a captured response. */
export const MAX_PARTED_CHARS = MAX_PAGE_DATA_CHARS + MAX_CAPTURE_CHARS;

const PartSchema = z.strictObject({ field: z.enum(PARTED_FIELDS), part: z.string().check(z.maxLength(PART_CHARS)) });
const RequestSchema = z.strictObject({ request: z.record(z.string(), z.unknown()) });

export type PartsStep = { kind: 'more' } | { kind: 'request'; request: Record<string, unknown> } | { kind: 'refused'; detail: string };

/** A fresh assembly for one port: give it each message the port brings, in order. */
export function partsAssembler(maxChars = MAX_PARTED_CHARS): (message: unknown) => PartsStep {
  const fields = new Map<string, string[]>();
  let total = 0;
  let ended = false;
  return (message) => {
    if (ended) return { kind: 'refused', detail: 'a message after the request' };
    const part = PartSchema.safeParse(message);
    if (part.success) {
      total += part.data.part.length;
      if (total > maxChars) {
        ended = true;
        return { kind: 'refused', detail: `more than ${maxChars} characters in parts` };
      }
      const list = fields.get(part.data.field) ?? [];
      list.push(part.data.part);
      fields.set(part.data.field, list);
      return { kind: 'more' };
    }
    ended = true;
    const end = RequestSchema.safeParse(message);
    if (!end.success) return { kind: 'refused', detail: 'neither a part nor the request' };
    const request: Record<string, unknown> = { ...end.data.request };
    for (const [field, parts] of fields) {
      if (Object.hasOwn(request, field)) return { kind: 'refused', detail: `${field} both in parts and in the request` };
      request[field] = parts.join('');
    }
    return { kind: 'request', request };
  };
}
