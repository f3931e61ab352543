import { describe, expect, test } from 'vitest';
import { StoreError, toStoreError } from '../../../lib/shortlist/errors';

describe('toStoreError', () => {
  test.each([
    ['QuotaExceededError', false, 'quota'],
    ['NS_ERROR_DOM_QUOTA_REACHED', false, 'quota'],
    ['InvalidStateError', true, 'unavailable'],
    ['UnknownError', true, 'unavailable'],
    ['DataCloneError', false, 'invalid'],
    ['VersionError', true, 'unavailable'],
  ] as const)('%s (opening: %s) is "%s"', (name, opening, code) => {
    const error = toStoreError(new DOMException('detail', name), opening);
    expect(error).toBeInstanceOf(StoreError);
    expect(error.code).toBe(code);
    expect(error.message).toContain(name);
    expect(error.userMessage.length).toBeGreaterThan(20);
  });

  test('a newer database than the code says so to the user, not "private browsing"', () => {
    expect(toStoreError(new DOMException('x', 'VersionError'), true).userMessage).toMatch(/newer version of Vetted/);
    expect(toStoreError(new DOMException('x', 'InvalidStateError'), true).userMessage).toMatch(/private browsing/);
  });

  test('a StoreError passes through unchanged; anything else is "unavailable"', () => {
    const original = new StoreError('blocked');
    expect(toStoreError(original)).toBe(original);
    expect(toStoreError('weird').code).toBe('unavailable');
  });
});
