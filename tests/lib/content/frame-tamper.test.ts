import { describe, expect, it } from 'vitest';
import { CLEAN_FOR_MS, createTamperWatch } from '../../../lib/content/frame-tamper';
import { tamperReasonText, type TamperReason } from '../../../lib/content/tamper-reasons';

/** A clock and an interval the test drives by hand. */
function harness() {
  let now = 0;
  let tick: (() => void) | null = null;
  let tampered: TamperReason | null = null;
  const view = {
    setInterval: (fn: () => void) => ((tick = fn), 1),
    clearInterval: () => void (tick = null),
  } as unknown as Window;
  const watch = createTamperWatch(() => tampered, view, () => now);
  const advance = (ms: number) => {
    for (let t = 0; t < ms; t += 50) {
      now += 50;
      tick?.();
    }
  };
  return { watch, advance, set: (reason: TamperReason | null) => void (tampered = reason) };
}

describe('the tamper watch (saves where IntersectionObserver v2 is missing)', () => {
  it('allows a save only once the armed frame has looked untouched for a while', () => {
    const { watch, advance } = harness();
    expect(watch.verdict()).toMatchObject({ ok: false });
    watch.arm(true);
    expect(watch.verdict()).toEqual({ ok: false, reason: 'early' });
    advance(CLEAN_FOR_MS);
    expect(watch.verdict()).toEqual({ ok: true });
  });

  it('a page that restores the frame just before the click is still caught', () => {
    const { watch, advance, set } = harness();
    watch.arm(true);
    set('transparent');
    advance(2_000);
    expect(watch.verdict()).toEqual({ ok: false, reason: 'transparent' });
    set(null);
    advance(100);
    expect(watch.verdict()).toMatchObject({ ok: false });
    advance(CLEAN_FOR_MS);
    expect(watch.verdict()).toEqual({ ok: true });
  });

  it('disarmed, nothing runs and nothing saves', () => {
    const { watch, advance } = harness();
    watch.arm(true);
    advance(1_000);
    watch.arm(false);
    expect(watch.verdict()).toMatchObject({ ok: false });
  });
});

describe('the tamper watch checks where the page has just been laid out', () => {
  it('a periodic check waits for the layout; the check a save asks for runs at once', () => {
    let now = 0;
    let tick: (() => void) | null = null;
    const view = { setInterval: (fn: () => void) => ((tick = fn), 1), clearInterval: () => void (tick = null) } as unknown as Window;
    const due: Array<() => void> = [];
    let checks = 0;
    const watch = createTamperWatch(() => (checks++, null), view, () => now, (poll) => due.push(poll));
    watch.arm(true);
    now += 200;
    tick!();
    expect(checks).toBe(0);
    for (const poll of due.splice(0)) poll();
    expect(checks).toBe(2);
    now += CLEAN_FOR_MS;
    expect(watch.verdict()).toEqual({ ok: true });
    expect(checks).toBe(3);
    // A check the page lays out for after the watch was disarmed reads nothing.
    tick!();
    watch.arm(false);
    for (const poll of due.splice(0)) poll();
    expect(checks).toBe(3);
  });
});

describe('tamper reasons', () => {
  it('the content script answers with a code and the overlay shows its words', () => {
    expect(tamperReasonText('transparent')).toBe('the page made the frame transparent');
    expect(tamperReasonText('early')).toBe('the panel had not been visible long enough');
    // An older content script still on the page sends the words themselves.
    expect(tamperReasonText('the frame is hidden')).toBe('the frame is hidden');
    expect(tamperReasonText('constructor')).toBe('constructor');
  });
});
