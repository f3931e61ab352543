import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { guardFormula, startsWithFormulaTrigger, unguardFormula } from '../../../lib/csv/formula-guard';

describe('guardFormula', () => {
  test.each([
    ['=SUM(A1:A2)', "'=SUM(A1:A2)"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@cmd', "'@cmd"],
    ['\tx', "'\tx"],
    ['\rx', "'\rx"],
    ['\nx', "'\nx"],
    // Already looks escaped: escaped again so that the import gives back the same text.
    ["'=x", "''=x"],
    ["''", "'''"],
    ["'hello", "'hello"],
    ["'", "'"],
    ['hello=world', 'hello=world'],
    [' =x', ' =x'],
    ['', ''],
  ])('%j is written as %j', (text, cell) => {
    expect(guardFormula(text)).toBe(cell);
    expect(unguardFormula(cell)).toBe(text);
  });

  test('guard then unguard gives back any string, and a guarded cell never starts with a trigger', () => {
    const text = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 10 }),
      fc.array(fc.constantFrom("'", '=', '+', '-', '@', '\t', '\r', '\n', 'a'), { maxLength: 5 }).map((p) => p.join('')),
    );
    fc.assert(
      fc.property(text, (s) => {
        const cell = guardFormula(s);
        expect(startsWithFormulaTrigger(cell)).toBe(false);
        expect(unguardFormula(cell)).toBe(s);
      }),
      { numRuns: 2_000 },
    );
  });
});
