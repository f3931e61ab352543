import { describe, expect, it } from 'vitest';
import { inTurn } from './turns';

describe('inTurn', () => {
  it('rotates the order by one each round, keeping each side’s index', () => {
    const sides = ['without', 'current', 'before'];
    expect(inTurn(sides, 0)).toEqual([[0, 'without'], [1, 'current'], [2, 'before']]);
    expect(inTurn(sides, 1)).toEqual([[1, 'current'], [2, 'before'], [0, 'without']]);
    expect(inTurn(sides, 2)).toEqual([[2, 'before'], [0, 'without'], [1, 'current']]);
    expect(inTurn(sides, 3)).toEqual(inTurn(sides, 0));
  });

  it('over as many rounds as sides, each side takes every position once', () => {
    const sides = ['a', 'b', 'c', 'd'];
    const positions = new Map<string, number[]>();
    for (let round = 0; round < sides.length; round++) {
      for (const [position, [, side]] of inTurn(sides, round).entries()) positions.set(side, [...(positions.get(side) ?? []), position]);
    }
    for (const side of sides) expect(positions.get(side)!.sort()).toEqual([0, 1, 2, 3]);
  });

  it('handles one side and none', () => {
    expect(inTurn(['only'], 5)).toEqual([[0, 'only']]);
    expect(inTurn([], 2)).toEqual([]);
  });
});
