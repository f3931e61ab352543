import { describe, expect, test } from 'vitest';
import { isoInstant } from '../../../lib/parse/iso-instant';

/** What the general path gives: Date.parse, then toISOString. */
function reference(text: string): string | null {
  const time = Date.parse(text);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

describe('isoInstant', () => {
  test('gives what Date.parse + toISOString give, for canonical texts with every field at and past its range', () => {
    const texts: string[] = [];
    for (const year of ['0000', '1900', '2000', '2024', '2026', '2100', '9999']) {
      for (const month of ['00', '01', '02', '04', '12', '13']) {
        for (const day of ['00', '01', '28', '29', '30', '31', '32']) {
          for (const time of ['00:00:00.000', '23:59:59.999', '24:00:00.000', '12:60:00.000', '12:00:60.000']) texts.push(`${year}-${month}-${day}T${time}Z`);
        }
      }
    }
    for (const text of texts) expect(isoInstant(text), text).toBe(reference(text));
  });

  test('reads other forms as Date.parse does (offsets, no milliseconds, date only), and refuses what it cannot read', () => {
    for (const text of ['2026-03-05T14:00:00+02:00', '2026-03-05T14:00:00Z', '2026-03-05', '2026-03-05T14:00Z', '2026-02-30T10:00:00.000+01:00', '+002026-03-05T14:00:00.000Z']) {
      expect(isoInstant(text), text).toBe(reference(text));
    }
    for (const text of ['', 'yesterday', '2026-13-45T99:00:00.000Z', '2026-03-05T14:00:00.000']) expect(isoInstant(text), text).toBe(reference(text));
  });
});
