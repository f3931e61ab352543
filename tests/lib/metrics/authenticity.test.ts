import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AUTHENTICITY_SIGNAL_IDS, type Signal, type SignalId, type SignalLevel } from '../../../lib/contracts/report';
import { AUTHENTICITY_METHOD, assessAuthenticity, authenticityScore } from '../../../lib/metrics/authenticity';

function signals(levels: Partial<Record<SignalId, SignalLevel>>, rest: SignalLevel = 'unknown'): Signal[] {
  return AUTHENTICITY_SIGNAL_IDS.map((id) => ({ id, level: levels[id] ?? rest, value: null, threshold: null, message: '' }));
}

describe('authenticityScore', () => {
  it('is 100 when every check passes and 50 when none could run', () => {
    expect(authenticityScore(signals({}, 'ok'))).toBe(100);
    expect(authenticityScore(signals({}, 'unknown'))).toBe(50);
  });

  it('combines known signals and lets unknown ones pull toward 50 at most', () => {
    // Weights total 26 (the creator reply rate weighs 0). Known: engagement-too-low ok (3 × 1) + mass-following warn (1 × 0.5) = 3.5 of 4 → mean 0.875.
    // The 22 unknown weight earns min(0.5, 0.875) = 0.5 → 11. (3.5 + 11) / 26 = 0.558 → 56.
    expect(authenticityScore(signals({ 'engagement-too-low': 'ok', 'mass-following': 'warn' }))).toBe(56);
    // Known: engagement-too-low warn (3 × 0.5 = 1.5) + engagement-too-high risk (3 × 0) → mean 1.5 / 6 = 0.25.
    // The 20 unknown weight earns min(0.5, 0.25) = 0.25 → 5. (1.5 + 5) / 26 = 0.25 → 25; the risk cap (70) does not bite.
    expect(authenticityScore(signals({ 'engagement-too-low': 'warn', 'engagement-too-high': 'risk' }))).toBe(25);
  });

  it('caps the score by 30 points per risk signal', () => {
    // All others ok and engagement-too-high risk: (26 − 3) / 26 = 0.885 → 88, capped at 70.
    expect(authenticityScore(signals({ 'engagement-too-high': 'risk' }, 'ok'))).toBe(70);
    // Two risks: (26 − 6) / 26 = 0.769 → 77, capped at 40.
    expect(authenticityScore(signals({ 'engagement-too-high': 'risk', 'follower-growth-spike': 'risk' }, 'ok'))).toBe(40);
  });

  const level = fc.constantFrom<SignalLevel>('ok', 'warn', 'risk', 'unknown');
  const levelsArb = fc.array(level, { minLength: AUTHENTICITY_SIGNAL_IDS.length, maxLength: AUTHENTICITY_SIGNAL_IDS.length });
  const toSignals = (levels: SignalLevel[]): Signal[] => AUTHENTICITY_SIGNAL_IDS.map((id, j) => ({ id, level: levels[j]!, value: null, threshold: null, message: '' }));

  it('never scores an unknown signal above a pass', () => {
    fc.assert(
      fc.property(levelsArb, fc.nat(AUTHENTICITY_SIGNAL_IDS.length - 1), (levels, i) => {
        const passed = toSignals(levels.map((l, j) => (j === i ? 'ok' : l)));
        const unknown = toSignals(levels.map((l, j) => (j === i ? 'unknown' : l)));
        expect(authenticityScore(unknown)).toBeLessThanOrEqual(authenticityScore(passed));
      }),
    );
  });

  it('never rises when unchecked signals are added to the checked ones', () => {
    fc.assert(
      fc.property(levelsArb, (levels) => {
        const all = toSignals(levels);
        const checkedOnly = all.filter((s) => s.level !== 'unknown');
        if (checkedOnly.length === 0) return;
        expect(authenticityScore(all)).toBeLessThanOrEqual(authenticityScore(checkedOnly));
      }),
    );
  });

  it('is always an integer in 0–100', () => {
    fc.assert(
      fc.property(levelsArb, (levels) => {
        const score = authenticityScore(toSignals(levels));
        expect(Number.isInteger(score)).toBe(true);
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(100);
      }),
    );
  });

  it('counts levels and documents its method', () => {
    const a = assessAuthenticity(signals({ 'engagement-too-low': 'ok', 'like-spread': 'warn', 'follower-drop': 'risk' }));
    expect(a.counts).toEqual({ ok: 1, warn: 1, risk: 1, unknown: 11 });
    expect(AUTHENTICITY_METHOD).toContain('100 − 30');
  });
});
