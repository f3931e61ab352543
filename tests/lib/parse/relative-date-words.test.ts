import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizePageText } from '../../../lib/parse/count';
import { parseRelativeDate } from '../../../lib/parse/relative-date';
import { AGO_MARKERS, AGO_UNITS } from '../../../lib/parse/relative-date-units';

/**
 * parseRelativeDate looks each whole word up in the unit tables instead of trying one alternation of
 * every form at each position of the text. It must read exactly what that alternation read: the
 * earlier implementation is kept here as the reference, and both read the same on the saved
 * time-ago strings of every language and on generated text built from the tables' own words.
 */

const NOW = new Date('2026-01-26T12:00:00Z');
type Unit = keyof typeof AGO_UNITS;
const UNIT_MS: Record<Unit, number> = { second: 1e3, minute: 6e4, hour: 36e5, day: 864e5, week: 6048e5, month: 2592e6, year: 31536e6 };

const forms = Object.entries(AGO_UNITS).flatMap(([unit, spec]) =>
  spec
    .normalize('NFC')
    .split(' ')
    .map((raw) => ({ unit: unit as Unit, stem: raw.endsWith('*'), word: raw.replace(/\*$/, '') })),
);

/** The alternation-based reader as it was, unchanged but for its name. */
function referenceParse(text: string, now: Date) {
  const exact = new Map(forms.filter((f) => !f.stem).map((f) => [f.word, f]));
  const stems = forms.filter((f) => f.stem).sort((a, b) => b.word.length - a.word.length);
  const sources = forms.map((f): [number, string] => [f.word.length, f.stem ? `${f.word}[\\p{L}\\p{M}]*` : f.word]);
  const start = '(?<![\\p{L}\\p{M}])';
  const end = '(?![\\p{L}\\p{M}])';
  const ago = new RegExp(`(?:(?<![\\p{L}\\p{N}.,\\-−])(\\d+) ?)?${start}(${sources.sort((a, b) => b[0] - a[0]).map(([, s]) => s).join('|')})${end}`, 'gu');
  const marker = new RegExp(`${start}(?:${AGO_MARKERS.split(' ').join('|').replace(/_/g, ' ')})${end}|前`, 'u');
  const clean = normalizePageText(text);
  const hasMarker = marker.test(clean);
  for (const m of clean.matchAll(ago)) {
    const [whole, digits, word = ''] = m;
    const form = exact.get(word) ?? stems.find((s) => word.startsWith(s.word));
    if (!form) continue;
    let amount: number;
    if (digits !== undefined) amount = Number(digits);
    else {
      if (/[\d.,\-−] ?$/.test(clean.slice(0, m.index))) continue;
      if (!form.stem && word.length <= 2 && /^[a-z]+$/.test(word)) continue;
      amount = /[\u0600-\u06ff]ين$/.test(word) ? 2 : 1;
    }
    if (!hasMarker && whole !== clean) continue;
    if (amount > 9999) return null;
    const date = new Date(now.getTime() - amount * UNIT_MS[form.unit]);
    if (Number.isNaN(date.getTime())) return null;
    return { date, precision: form.unit === 'second' ? 'minute' : form.unit };
  }
  return null;
}

const LOCALE_DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'locale');
const leaves = (value: unknown): string[] => (typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(leaves) : []);
const savedStrings = readdirSync(LOCALE_DIR)
  .filter((f) => f.startsWith('2018-03_timeago_'))
  .flatMap((f) => leaves(JSON.parse(readFileSync(join(LOCALE_DIR, f), 'utf8'))));

describe('parseRelativeDate reads whole words', () => {
  it('every unit form is a whole word (letters and marks only), so whole-word lookup can find each', () => {
    for (const form of forms) expect(form.word, form.word).toMatch(/^[\p{L}\p{M}]+$/u);
  });

  it(`reads the same as the alternation on all ${savedStrings.length} saved time-ago strings`, () => {
    expect(savedStrings.length).toBeGreaterThan(500);
    for (const text of savedStrings) expect(parseRelativeDate(text, NOW), text).toEqual(referenceParse(text, NOW));
  });

  it('reads the same as the alternation on generated text made of unit words, markers, digits and punctuation', () => {
    const pieces = [...forms.map((f) => f.word), ...forms.filter((f) => f.stem).map((f) => `${f.word}en`), ...AGO_MARKERS.replace(/_/g, ' ').split(' '), '前'];
    const token = fc.oneof(
      fc.constantFrom(...pieces),
      fc.constantFrom(' ', '  ', '.', ',', '-', '−', '1.5', '²', 'x', 'é', '\u0301', '٣', ':', '\n'),
      fc.integer({ min: 0, max: 20_000 }).map(String),
    );
    fc.assert(
      fc.property(fc.array(token, { maxLength: 8 }), (tokens) => {
        const text = tokens.join('');
        expect(parseRelativeDate(text, NOW)).toEqual(referenceParse(text, NOW));
      }),
      { numRuns: 3_000 },
    );
  });
});
