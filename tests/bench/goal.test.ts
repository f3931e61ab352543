import { describe, expect, it } from 'vitest';
import { describeGoal, formatValue, judge } from './goal';

describe('judge', () => {
  it('says met when every measured goal holds', () => {
    expect(judge([{ on: 'value', max: 5 }, { on: 'ratio', max: 3 }], 'ms', 4.2, 2.9)).toEqual({ met: true, text: 'met' });
  });

  it('says by how much a value goal is missed', () => {
    expect(judge([{ on: 'value', max: 5 }], 'ms', 6.5, null)).toEqual({ met: false, text: 'MISSED by 1.50 ms (30% over)' });
  });

  it('says by how much a ratio goal is missed, and lists every miss', () => {
    const verdict = judge([{ on: 'value', max: 5 }, { on: 'ratio', max: 3 }], 'ms', 7, 4.5);
    expect(verdict.met).toBe(false);
    expect(verdict.text).toBe('MISSED by 2.00 ms (40% over); MISSED by 1.50× (50% over)');
  });

  it('a count goal of 0 is missed by the count, without a percentage', () => {
    expect(judge([{ on: 'value', max: 0 }], 'count', 2, null).text).toBe('MISSED by 2');
  });

  it('something that did not happen within the wait misses a time goal', () => {
    expect(judge([{ on: 'value', max: 300 }], 'ms', Number.POSITIVE_INFINITY, null)).toEqual({ met: false, text: 'MISSED (did not happen in time)' });
    expect(formatValue(Number.POSITIVE_INFINITY, 'ms')).toBe('never');
  });

  it('never reports an unmeasured figure as met', () => {
    expect(judge([{ on: 'value', max: 150 }], 'ms', null, null)).toEqual({ met: false, text: 'n/a (not measured)' });
    expect(judge([{ on: 'value', max: 5 }, { on: 'ratio', max: 3 }], 'ms', 1, null)).toEqual({ met: true, text: 'met (partly measured)' });
  });

  it('figures without a goal are context, not passes', () => {
    expect(judge([], 'ms', 12, null).text).toBe('no goal (context)');
  });
});

describe('formatting', () => {
  it('keeps enough digits for sub-millisecond figures', () => {
    expect(formatValue(0.0843, 'ms')).toBe('0.084 ms');
    expect(formatValue(4.256, 'ms')).toBe('4.26 ms');
    expect(formatValue(251.37, 'ms')).toBe('251.4 ms');
    expect(formatValue(3, 'count')).toBe('3');
  });

  it('describes goals in the table’s words', () => {
    expect(describeGoal({ on: 'value', max: 40 }, 'KB')).toBe('≤ 40.0 KB');
    expect(describeGoal({ on: 'ratio', max: 3 }, 'ms')).toBe('≤ 3.00× baseline');
  });
});
