import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { CreatorSchema } from '../../../lib/contracts/creator';
import { SHORTLIST_ENTRY_FIELDS, ShortlistSummarySchema, type ShortlistSummary } from '../../../lib/contracts/shortlist-entry';
import { summarizeEntry } from '../../../lib/csv/entry-summary';
import { checkSummary, isHandle, isHttpUrl, isSoundSummary } from '../../../lib/shortlist/summary-guard';
import { entryArb } from './entry-arbitrary';

const summaryArb = entryArb.map((e) => summarizeEntry(e));

/** Values a damaged or hostile summary might hold in any field. */
const oddValue = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom(
    undefined,
    null,
    NaN,
    Infinity,
    -1,
    0.5,
    1e12,
    '',
    'x'.repeat(6_000),
    'javascript:alert(1)',
    'a;b',
    'line\nbreak',
    'Ana Cocina',
    '2026-13-45T99:00:00Z',
    '2026-03-05',
    'https://ok.example/',
    'instagram',
    'signed',
    'UPPER',
    ['food'],
    [1],
    {},
  ),
);

type Path = Array<string | number>;

function pathsOf(value: unknown, prefix: Path = []): Path[] {
  if (value === null || typeof value !== 'object') return [prefix];
  const keys: Array<string | number> = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return [prefix, ...keys.flatMap((k) => pathsOf((value as Record<string | number, unknown>)[k], [...prefix, k]))];
}

function setAt(root: unknown, path: Path, value: unknown, remove: boolean): unknown {
  if (path.length === 0) return value;
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let node = copy;
  for (const k of path.slice(0, -1)) node = node[k] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  if (remove && !Array.isArray(node)) delete node[last];
  else node[last] = value;
  return copy;
}

/** A summary with one field (at any depth) replaced by an odd value, removed, or joined by an unknown key. */
const damagedArb = summaryArb.chain((summary) =>
  fc.oneof(
    fc.tuple(fc.constantFrom(...pathsOf(summary)), oddValue, fc.boolean()).map(([path, value, remove]) => setAt(summary, path, value, remove)),
    fc.tuple(fc.constantFrom<Path>([], ['profile'], ['figures']), fc.string({ minLength: 1, maxLength: 8 }), oddValue).map(([path, extra, value]) =>
      setAt(summary, [...path, extra], value, false),
    ),
  ),
);

describe('the fast summary check', () => {
  test('accepts every summary the store writes', () => {
    fc.assert(
      fc.property(summaryArb, (summary) => {
        expect(isSoundSummary(structuredClone(summary))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  test('never accepts what ShortlistSummarySchema rejects, nor anything the schema would change', () => {
    let accepted = 0;
    let rejected = 0;
    fc.assert(
      fc.property(damagedArb, (value) => {
        if (!isSoundSummary(value)) {
          rejected += 1;
          return;
        }
        accepted += 1;
        const parsed = ShortlistSummarySchema.safeParse(value);
        expect(parsed.success).toBe(true);
        // Strict: an extra key holding undefined would count as a change.
        expect(parsed.data).toStrictEqual(value);
      }),
      { numRuns: 2_000 },
    );
    // Both sides were exercised: the damage generator is not trivially always-bad or always-fine.
    expect(accepted).toBeGreaterThan(50);
    expect(rejected).toBeGreaterThan(500);
  });

  test('checkSummary falls back to the schema: an unknown key is dropped, a broken field refused', () => {
    const summary: ShortlistSummary = summarizeEntry(fc.sample(entryArb, { numRuns: 1, seed: 7 })[0] as never);
    expect(checkSummary({ ...summary, extra: 1 })).toEqual(summary);
    expect(checkSummary({ ...summary, status: 'married' })).toBeNull();
    expect(checkSummary({ ...summary, key: 'tiktok:someone.else' })).toBeNull();
    expect(checkSummary(summary)).toBe(summary);
  });
});

describe('the rules the guard copies from the contracts', () => {
  const strings = fc.oneof(
    fc.string({ maxLength: 80, unit: 'grapheme' }),
    fc.stringMatching(/^[a-zA-Z0-9._@ -]{0,70}$/),
    fc.webUrl(),
    fc.constantFrom('', 'a'.repeat(64), 'a'.repeat(65), 'HTTP://X', 'https:/x', ' https://x', 'ftp://x', `https://${'x'.repeat(2_100)}`),
  );

  test('a handle is what CreatorSchema calls a handle', () => {
    fc.assert(
      fc.property(strings, (s) => {
        expect(isHandle(s)).toBe(CreatorSchema.shape.handle.safeParse(s).success);
      }),
      { numRuns: 3_000 },
    );
  });

  test('a URL is what the profile URL, links and tracking link schemas call one', () => {
    fc.assert(
      fc.property(strings, (s) => {
        expect(isHttpUrl(s)).toBe(CreatorSchema.shape.profileUrl.safeParse(s).success);
        expect(isHttpUrl(s)).toBe(SHORTLIST_ENTRY_FIELDS.trackingLink.def.innerType.safeParse(s).success);
      }),
      { numRuns: 3_000 },
    );
  });
});
