import { describe, expect, it } from 'vitest';
import { parseDateText } from '../../../lib/parse/date-text';

describe('parseDateText', () => {
  it.each([
    ['26 Jan 2026', '2026-01-26'], // en-GB watch page, 2026-01
    ['27.04.2021', '2021-04-27'], // de-DE watch page
    ['14 abr 2017', '2017-04-14'], // es-ES watch page, 2024-01
    ['25 Oct 2025', '2025-10-25'],
    ['Premiered Jan 26, 2026', '2026-01-26'],
    ['Streamed live on 3 juil. 2024', '2024-07-03'],
    ['5 de mayo de 2023', '2023-05-05'],
  ])('%s', (text, day) => {
    expect(parseDateText(text)).toBe(`${day}T00:00:00.000Z`);
  });
  it.each(['', '17 hours ago', '31 Feb 2024', '12 Foo 2020', '1.5.99'])('%j is no date', (text) => {
    expect(parseDateText(text)).toBeNull();
  });
});
