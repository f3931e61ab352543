import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { unitAfterNumber } from '../../../lib/parse/count';
import { COMMON_UNITS, LOCALE_UNITS } from '../../../lib/parse/count-units';

/**
 * unitAfterNumber finds the unit after a count by looking the tokens up in turn, where parseCount
 * used one regular expression of every token. It must find exactly what that expression found:
 * the expression is rebuilt here as the reference and both are run on text built from the tables.
 */

const tables = [COMMON_UNITS, ...Object.values(LOCALE_UNITS)].map((spec) => {
  const exact: string[] = [];
  const stems: string[] = [];
  for (const entry of spec.split(' ')) {
    const token = (entry.split('=')[0] ?? '').replace(/_/g, ' ').normalize('NFC');
    if (token.endsWith('*')) stems.push(token.slice(0, -1));
    else exact.push(token);
  }
  // The tables as parseCount reads them: each exact token once (a Map), stems longest first.
  return { exact: [...new Set(exact)], stems: stems.sort((a, b) => b.length - a.length) };
});
const escape = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const REFERENCE = new RegExp(
  `^ ?(${tables
    .flatMap((t) => [...t.exact.map((x): [number, string] => [x.length, escape(x)]), ...t.stems.map((s): [number, string] => [s.length, `${escape(s)}[\\p{L}\\p{M}]*`])])
    .sort((a, b) => b[0] - a[0])
    .map(([, source]) => source)
    .join('|')})\\.?(?![\\p{Script=Latin}\\p{Script=Cyrillic}\\d])`,
  'u',
);

const tokens = tables.flatMap((t) => [...t.exact, ...t.stems, ...t.stems.map((s) => `${s}en`)]);

describe('unitAfterNumber', () => {
  it('finds what the one regular expression of every token found, on text built from the tables', () => {
    const piece = fc.oneof(
      fc.constantFrom(...tokens),
      fc.constantFrom(' ', '.', '..', 'a', 'z', 'я', '7', '次', '회', 'é', '\u0301', '-', ',', 'ก', '😀'),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 5 }), (pieces) => {
        const after = pieces.join('');
        expect(unitAfterNumber(after)).toBe(REFERENCE.exec(after)?.[1]);
      }),
      { numRuns: 5_000 },
    );
  });

  it('finds every token on its own, with a space, a dot or a CJK character after it', () => {
    for (const token of tokens) {
      for (const after of [token, ` ${token}`, `${token}.`, `${token} views`, `${token}次`, `${token}x`]) expect(unitAfterNumber(after), after).toBe(REFERENCE.exec(after)?.[1]);
    }
  });
});
