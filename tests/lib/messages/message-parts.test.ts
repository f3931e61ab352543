/**
 * A large request goes to the background in parts (lib/messages/message-parts.ts) and is joined
 * there (message-parts-assembly.ts): what is joined is the request sent, to the character, and the
 * assembly takes nothing but parts of known fields within bounds, then the request, once.
 */
import { describe, expect, it } from 'vitest';
import { MAX_PARTED_CHARS, partsAssembler } from '../../../lib/messages/message-parts-assembly';
import { PART_CHARS, partsOf, type PartMessage } from '../../../lib/messages/message-parts';

/** The parts as the port carries them (a message is serialised), joined by a fresh assembly. */
function overThePort(parts: PartMessage[]) {
  const take = partsAssembler();
  const steps = parts.map((part) => take(JSON.parse(JSON.stringify(part))));
  return { steps, last: steps.at(-1)! };
}

describe('partsOf', () => {
  it('leaves a request whose large fields fit one part as one message', () => {
    expect(partsOf({ type: 'capture/read', pageUrl: 'https://x.com/a', text: 'x'.repeat(PART_CHARS) })).toBeNull();
    expect(partsOf({ type: 'page/loading', pageUrl: 'https://x.com/a' })).toBeNull();
  });

  it.each([
    ['a page data text', { type: 'snapshot/submit', pageUrl: 'https://www.youtube.com/@a', snapshot: null, pageData: JSON.stringify({ a: 'x"y'.repeat(60_000) }), captures: [] }],
    ['a page data text and a captured response', { type: 'snapshot/submit', pageUrl: 'https://www.youtube.com/@a', snapshot: null, pageData: 'p'.repeat(30_000), captureText: 'c'.repeat(30_000), captures: [] }],
    ['a collected post page', { type: 'post/read-page', pageUrl: 'https://x.com/a/status/1', extract: 'e'.repeat(3 * PART_CHARS + 7) }],
    ['text with emoji across every cut', { type: 'capture/read', pageUrl: 'https://x.com/a', text: `x${'😀'.repeat(PART_CHARS)}` }],
  ])('%s: cut into parts under PART_CHARS, joined to the very request sent', (_what, request) => {
    const parts = partsOf(request)!;
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts.slice(0, -1)) expect('part' in part && part.part.length).toBeLessThanOrEqual(PART_CHARS);
    // No part ends in the first half of a surrogate pair: a lone half would not survive a message.
    for (const part of parts.slice(0, -1)) if ('part' in part) expect(part.part.charCodeAt(part.part.length - 1) & 0xfc00).not.toBe(0xd800);
    const { steps, last } = overThePort(parts);
    expect(steps.slice(0, -1).every((s) => s.kind === 'more')).toBe(true);
    expect(last).toEqual({ kind: 'request', request });
  });

  it('keeps an empty large field in the request itself', () => {
    const request = { type: 'snapshot/submit', pageUrl: 'https://www.youtube.com/@a', snapshot: null, pageData: '', captureText: 'c'.repeat(PART_CHARS + 1), captures: [] };
    const parts = partsOf(request)!;
    expect(parts.at(-1)).toEqual({ request: { type: 'snapshot/submit', pageUrl: 'https://www.youtube.com/@a', snapshot: null, pageData: '', captures: [] } });
    expect(overThePort(parts).last).toEqual({ kind: 'request', request });
  });
});

describe('partsAssembler: fails closed', () => {
  const part = (field: string, text: string) => ({ field, part: text });
  const request = { request: { type: 'capture/read', pageUrl: 'https://x.com/a' } };

  it.each([
    ['a part of an unknown field', [part('snapshot', 'x')]],
    ['a part over PART_CHARS', [part('text', 'x'.repeat(PART_CHARS + 1))]],
    ['a part with an extra key', [{ field: 'text', part: 'x', more: 1 }]],
    ['a part that is no string', [{ field: 'text', part: 1 }]],
    ['neither a part nor the request', [{ hello: 1 }]],
    ['a request that is no object', [{ request: 'x' }]],
    ['a request that names a field its parts carry', [part('text', 'x'), { request: { type: 'capture/read', text: 'y' } }]],
    ['anything after the request', [part('text', 'x'), request, part('text', 'y')]],
  ])('refuses %s, and takes nothing more', (_what, messages) => {
    const take = partsAssembler();
    const steps = messages.map((m) => take(m));
    expect(steps.at(-1)!.kind).toBe('refused');
    expect(take(request).kind).toBe('refused');
  });

  it('refuses more characters than any request carries, and everything after', () => {
    const take = partsAssembler(3 * PART_CHARS);
    for (let i = 0; i < 3; i++) expect(take(part('pageData', 'x'.repeat(PART_CHARS))).kind).toBe('more');
    expect(take(part('pageData', 'x')).kind).toBe('refused');
    expect(take(request).kind).toBe('refused');
    expect(MAX_PARTED_CHARS).toBeGreaterThanOrEqual(4_000_000);
  });
});
