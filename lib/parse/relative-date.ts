import type { DatePrecision } from '../contracts/creator';
import { normalizePageText } from './count';
import { AGO_MARKERS, AGO_UNITS } from './relative-date-units';

export interface ParsedDate {
  date: Date;
  precision: DatePrecision;
}

type Unit = keyof typeof AGO_UNITS;

// A month is 30 days and a year 365: the page only says "3 months ago", so the answer is an estimate
// whose error (a few days) is far below the precision we report with it.
const UNIT_MS: Record<Unit, number> = {
  second: 1e3,
  minute: 6e4,
  hour: 36e5,
  day: 864e5,
  week: 6048e5,
  month: 2592e6,
  year: 31536e6,
};

interface Form {
  unit: Unit;
  stem: boolean;
}

let forms: { exact: Map<string, Form>; stems: Array<[string, Form]> } | null = null;

/**
 * Built on the first date read, not when the module loads: every content script of a platform
 * carries this module and runs on all of its pages, many of which read no date.
 */
function unitForms(): { exact: Map<string, Form>; stems: Array<[string, Form]> } {
  if (forms) return forms;
  const exact = new Map<string, Form>();
  const stems: Array<[string, Form]> = [];
  for (const [unit, spec] of Object.entries(AGO_UNITS) as Array<[Unit, string]>) {
    for (const raw of spec.normalize('NFC').split(' ')) {
      const stem = raw.endsWith('*');
      const word = stem ? raw.slice(0, -1) : raw;
      if (stem) stems.push([word, { unit, stem }]);
      else exact.set(word, { unit, stem });
    }
  }
  stems.sort((a, b) => b[0].length - a[0].length);
  forms = { exact, stems };
  return forms;
}

const WORD_START = '(?<![\\p{L}\\p{M}])';
const WORD_END = '(?![\\p{L}\\p{M}])';

/**
 * A whole word: a run of letters and marks. Every unit form is one (relative-date.test.ts checks), so
 * a unit can only ever be a whole word, which is looked up in the tables. One alternation of every
 * form in every language, tried at each position of the text, did the same ~30 times slower: 0.3 ms
 * a date, 20 ms of a YouTube channel page's time for its 30 videos (bench:overlay profile).
 */
const WORD = /[\p{L}\p{M}]+/gu;
/** The count right before a word ("3 days", "3days"): the digits that end the text before it. */
const COUNT_BEFORE = /(\d+) ?$/;
/** What may not come before that count: it would continue a word, a decimal or a negative number ("1.5 hours", "-5 days"). */
const NOT_BEFORE_COUNT = /[\p{L}\p{N}.,\-−]$/u;
const MARKER = new RegExp(`${WORD_START}(?:${AGO_MARKERS.split(' ').join('|').replace(/_/g, ' ')})${WORD_END}|前`, 'u');

// Arabic duals ("يومين", "ساعتين") mean two of the unit and carry no digit.
const ARABIC_DUAL = /[\u0600-\u06ff]ين$/;

function formOf(word: string): Form | undefined {
  const { exact, stems } = unitForms();
  return exact.get(word) ?? stems.find(([stem]) => word.startsWith(stem))?.[1];
}

/**
 * When a post was published, from a page's "N units ago" text in any of the languages of
 * relative-date-units.ts: "3 days ago", "il y a 15 heures", "hace 2 días", "Streamed 6 months ago",
 * "vor 2 Tagen", "2 日前", "2일 전", "قبل يومين", "Неделю назад" (no digit: one week), "2d".
 *
 * The date is `now` minus the amount, with the unit as precision (seconds count as 'minute'; a month
 * is 30 days, a year 365). Text without an "ago" word is only read when it is nothing but an amount
 * ("2d", "5 hours"), so a caption's "2 days" is not a date. The locale is accepted for symmetry with
 * parseCount; the supported languages' unit words do not collide, so it is not needed. Never later
 * than `now`; null when nothing matches or `now` is invalid.
 */
export function parseRelativeDate(text: string, now: Date, _locale?: string): ParsedDate | null {
  if (typeof text !== 'string' || !(now instanceof Date) || Number.isNaN(now.getTime())) return null;
  const clean = normalizePageText(text);
  const hasMarker = MARKER.test(clean);
  for (const m of clean.matchAll(WORD)) {
    const word = m[0];
    const form = formOf(word);
    if (!form) continue;
    const before = clean.slice(0, m.index);
    const count = COUNT_BEFORE.exec(before);
    const digits = count && !NOT_BEFORE_COUNT.test(before.slice(0, count.index)) ? count[1] : undefined;
    const whole = digits !== undefined ? clean.slice(count!.index, m.index + word.length) : word;
    let amount: number;
    if (digits !== undefined) {
      amount = Number(digits);
    } else {
      // A digit that the count pattern refused ("1.5 hours", "-5 days") must not turn into "one".
      if (/[\d.,\-−] ?$/.test(before)) continue;
      // One- and two-letter Latin forms ("d", "an", "mo") need a digit: "an hour" is not a year.
      if (!form.stem && word.length <= 2 && /^[a-z]+$/.test(word)) continue;
      amount = ARABIC_DUAL.test(word) ? 2 : 1;
    }
    if (!hasMarker && whole !== clean) continue;
    if (amount > 9999) return null;
    const date = new Date(now.getTime() - amount * UNIT_MS[form.unit]);
    if (Number.isNaN(date.getTime())) return null;
    // No page shows a post time finer than minutes.
    return { date, precision: form.unit === 'second' ? 'minute' : form.unit };
  }
  return null;
}
