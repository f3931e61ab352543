import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DatePrecision } from '../../../lib/contracts/creator';
import { parseRelativeDate } from '../../../lib/parse/relative-date';

const NOW = new Date('2026-01-26T12:00:00Z');
const MS = { second: 1e3, minute: 6e4, hour: 36e5, day: 864e5, week: 6048e5, month: 30 * 864e5, year: 365 * 864e5 };
type Unit = keyof typeof MS;

function ago(text: string, locale?: string) {
  const parsed = parseRelativeDate(text, NOW, locale);
  return parsed && { ms: NOW.getTime() - parsed.date.getTime(), precision: parsed.precision };
}

// YouTube's time-ago strings for every UI language, 2018 (tests/fixtures/locale/README.md).
const LOCALE_DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'locale');
const SUPPORTED = [
  'en', 'en-GB', 'es', 'es-419', 'es-US', 'pt', 'pt-PT', 'fr', 'fr-CA', 'de', 'it', 'nl', 'ru', 'tr', 'id',
  'ja', 'ko', 'zh-CN', 'zh-TW', 'zh-HK', 'hi', 'ar', 'pl',
];
const KEY_UNIT: Record<string, Unit> = { h: 'hour', d: 'day', w: 'week', mon: 'month', y: 'year' };

const fixtureCases: Array<[string, string, string, number, Unit]> = [];
for (const file of readdirSync(LOCALE_DIR).filter((f) => /^2018-03_timeago_(hours|days|weeks|months|years)_/.test(f))) {
  const table = JSON.parse(readFileSync(join(LOCALE_DIR, file), 'utf8')) as Record<string, Record<string, string>>;
  for (const [key, byLanguage] of Object.entries(table)) {
    const [, amount = '', unitKey = ''] = /^(\d+)([a-z]+)$/.exec(key) ?? [];
    const unit = KEY_UNIT[unitKey];
    if (!unit) throw new Error(`unexpected key ${key} in ${file}`);
    for (const language of SUPPORTED) {
      const text = byLanguage[language];
      if (text !== undefined) fixtureCases.push([language, key, text, Number(amount), unit]);
    }
  }
}

const patterns = JSON.parse(
  readFileSync(join(LOCALE_DIR, '2018-03_timeago_unique-patterns_all-languages_newpipe.json'), 'utf8'),
) as Record<string, Record<string, string | string[]>>;
// How each language says "ago" (from the time files above), to build "7 <form> ago" from every word
// form NewPipe collected.
const AGO_WORD: Record<string, string> = {
  en: 'ago', es: 'hace', pt: 'atrás', fr: 'il y a', de: 'vor', it: 'fa', nl: 'geleden', ru: 'назад', tr: 'önce',
  id: 'yang lalu', ja: '', ko: '전', 'zh-CN': '', 'zh-TW': '', hi: 'पहले', ar: 'قبل', pl: 'temu',
};
const PATTERN_UNITS: Record<string, Unit> = {
  seconds: 'second', minutes: 'minute', hours: 'hour', days: 'day', weeks: 'week', months: 'month', years: 'year',
};
const formCases: Array<[string, string, Unit]> = [];
for (const [language, agoWord] of Object.entries(AGO_WORD)) {
  const entry = patterns[language];
  if (!entry) throw new Error(`no patterns for ${language}`);
  const separator = typeof entry.word_separator === 'string' ? entry.word_separator : ' ';
  for (const [key, unit] of Object.entries(PATTERN_UNITS)) {
    const forms = entry[key];
    if (!Array.isArray(forms)) throw new Error(`no ${key} for ${language}`);
    // Phrases ("только что", just now) carry no amount; they are not read.
    for (const form of forms.filter((f) => !f.includes(' '))) formCases.push([language, `${agoWord} 7${separator}${form}`.trim(), unit]);
  }
}

const precisionOf = (unit: Unit): DatePrecision => (unit === 'second' ? 'minute' : unit);

describe('parseRelativeDate, YouTube 2018 strings for every supported language', () => {
  it('covers every required language', () => {
    expect(new Set(fixtureCases.map(([language]) => language)).size).toBe(SUPPORTED.length);
    expect(fixtureCases.length).toBeGreaterThan(1200);
  });

  it.each(fixtureCases)('%s %s: %j', (_language, _key, text, amount, unit) => {
    expect(ago(text)).toEqual({ ms: amount * MS[unit], precision: unit });
  });

  it.each(formCases)('%s word form: %j', (_language, text, unit) => {
    expect(ago(text)).toEqual({ ms: 7 * MS[unit], precision: precisionOf(unit) });
  });
});

describe('parseRelativeDate, strings seen on current pages', () => {
  it.each<[string, number, Unit]>([
    ['3 days ago', 3, 'day'],
    ['il y a\u00a015 heures', 15, 'hour'],
    ['il y a 15 heures', 15, 'hour'],
    ['hace 2 días', 2, 'day'],
    ['Hace 1 semana', 1, 'week'],
    ['hace 1 mes', 1, 'month'],
    ['Streamed 6 months ago', 6, 'month'],
    ['Streamed 10 days ago', 10, 'day'],
    ['vor 2 Tagen', 2, 'day'],
    ['2 dias atrás', 2, 'day'],
    ['há 2 dias', 2, 'day'],
    ['2 日前', 2, 'day'],
    ['2 дня назад', 2, 'day'],
    ['2일 전', 2, 'day'],
    ['17 hours ago', 17, 'hour'],
    ['14 hours ago', 14, 'hour'],
    ['1 month ago', 1, 'month'],
    ['2 gün önce', 2, 'day'],
    ['2 hari yang lalu', 2, 'day'],
    ['2 dni temu', 2, 'day'],
    ['2 giorni fa', 2, 'day'],
    ['2 dagen geleden', 2, 'day'],
    ['2 天前', 2, 'day'],
    ['2 दिन पहले', 2, 'day'],
    ['قبل يومين (2)', 2, 'day'],
    ['قبل يوم واحد', 1, 'day'],
    ['قبل 11 شهرًا', 11, 'month'],
    ['منذ ٣ أيام', 3, 'day'],
    ['Неделю назад', 1, 'week'],
    ['Год назад', 1, 'year'],
    ['an hour ago', 1, 'hour'],
    ['a day ago', 1, 'day'],
    ['vor einem Tag', 1, 'day'],
    // The accessibility label runs on into the duration; the first amount is the age.
    ['il y a 1 jour 3 heures et 15 minutes 1\u202f173\u00a0vues', 1, 'day'],
    // Compact forms on Instagram/TikTok/X: nothing but the amount.
    ['2d', 2, 'day'],
    ['5h', 5, 'hour'],
    ['3w', 3, 'week'],
    ['2mo', 2, 'month'],
    ['1y', 1, 'year'],
    ['45m', 45, 'minute'],
    ['2d ago', 2, 'day'],
    ['30 seconds ago', 30, 'second'],
  ])('%j is %d %s(s) ago', (text, amount, unit) => {
    expect(ago(text)).toEqual({ ms: amount * MS[unit], precision: precisionOf(unit) });
  });

  it('uses 30-day months and 365-day years', () => {
    expect(ago('1 month ago')?.ms).toBe(30 * 864e5);
    expect(ago('1 year ago')?.ms).toBe(365 * 864e5);
  });

  it.each([
    '',
    'yesterday',
    'Premiered Jan 5, 2024',
    'a caption about 2 days in Rome', // no "ago": only a bare amount is read
    '-5 days ago',
    '1.5 hours ago',
    '1e400 days ago',
    '99999 years ago',
    'ago',
    'd ago',
    '3 spectateurs en attente',
  ])('rejects %j', (text) => {
    expect(parseRelativeDate(text, NOW)).toBeNull();
  });

  it('rejects an invalid "now"', () => {
    expect(parseRelativeDate('2 days ago', new Date(Number.NaN))).toBeNull();
  });
});

describe('parseRelativeDate properties', () => {
  const texts = [...fixtureCases.map(([, , text]) => text), '2d', 'Streamed 6 months ago', 'قبل يومين (2)'];

  it('never throws and never returns a date after now, on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), fc.date({ noInvalidDate: true }), (text, now) => {
        const parsed = parseRelativeDate(text, now);
        if (parsed) {
          expect(parsed.date.getTime()).toBeLessThanOrEqual(now.getTime());
          expect(Number.isNaN(parsed.date.getTime())).toBe(false);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('never throws and never returns a date after now, on mutated real strings', () => {
    const noise = fc.constantFrom('-', '.', '9', '0', ' ', '\u00a0', 'e', 'ago', 'il y a', '前', 'an ');
    fc.assert(
      fc.property(
        fc.constantFrom(...texts),
        fc.array(fc.tuple(fc.nat(), fc.nat(3), noise), { maxLength: 5 }),
        fc.date({ min: new Date('1990-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }),
        (text, edits, now) => {
          let s = text;
          for (const [at, del, insert] of edits) {
            const i = s.length === 0 ? 0 : at % s.length;
            s = s.slice(0, i) + insert + s.slice(i + del);
          }
          const parsed = parseRelativeDate(s, now);
          if (parsed) expect(parsed.date.getTime(), JSON.stringify(s)).toBeLessThanOrEqual(now.getTime());
        },
      ),
      { numRuns: 3000 },
    );
  });
});
