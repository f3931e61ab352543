import { CAPS } from '../contracts/caps';
import { COMMON_UNITS, LOCALE_UNITS } from './count-units';

export interface ParsedCount {
  value: number;
  /** false when the text was abbreviated ("1.2M", "12万"): the true number is only known to ~3 digits. */
  exact: boolean;
}

// Long enough for any count label ("Kutazamwa:\n1.4M", "4,69 millones de suscriptores"); bounds the
// work a hostile string can cause.
const MAX_INPUT = 300;

// Native digit blocks (Arabic-Indic, Persian, Devanagari, Bengali, full-width): first code point.
const DIGIT_BLOCKS = [0x660, 0x6f0, 0x966, 0x9e6, 0xff10];

/**
 * Page text as the number and date parsers expect it: native digits as ASCII, every kind of space
 * (NBSP, U+202F, thin, newline) as one ASCII space, invisible marks removed, NFC, lower case. Also
 * repairs the "Â " / "â€¯" mojibake that a UTF-8 page re-saved as Latin-1/cp1252 shows.
 */
export function normalizePageText(text: string): string {
  return text
    .slice(0, MAX_INPUT)
    .replace(/Â(?=\s)|â€[¯‰]/g, ' ')
    .replace(/[\u0660-\u0669\u06f0-\u06f9\u0966-\u096f\u09e6-\u09ef\uff10-\uff19]/g, (d) => {
      const code = d.charCodeAt(0);
      return String(code - (DIGIT_BLOCKS.find((b) => code >= b && code < b + 10) ?? code));
    })
    .replace(/\u066b/g, '.')
    .replace(/\u066c/g, ',')
    .replace(/[\u200b-\u200f\u2060\ufeff\u061c]/g, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

interface UnitTable {
  exact: Map<string, number>;
  /** [prefix, exponent], longest prefix first. */
  stems: Array<[string, number]>;
}

function readTable(spec: string): UnitTable {
  const exact = new Map<string, number>();
  const stems: Array<[string, number]> = [];
  for (const entry of spec.split(' ')) {
    const [raw = '', exp = ''] = entry.split('=');
    const token = raw.replace(/_/g, ' ').normalize('NFC');
    if (token.endsWith('*')) stems.push([token.slice(0, -1), Number(exp)]);
    else exact.set(token, Number(exp));
  }
  stems.sort((a, b) => b[0].length - a[0].length);
  return { exact, stems };
}

/** Every token of every table as an alternation tries them: longest first, stems match a word that starts with them. */
interface UnitToken {
  text: string;
  stem: boolean;
}

interface UnitTables {
  common: UnitTable;
  byLanguage: Map<string, UnitTable>;
  tokens: UnitToken[];
}

let built: UnitTables | null = null;

/**
 * Built on the first count read, not when the module loads: every content script of a platform
 * carries this module and runs on all of its pages, and on a page that reads no count (a profile
 * script on a post page, a post script on a profile) building the tables was milliseconds of the
 * page's time for nothing.
 */
function unitTables(): UnitTables {
  if (built) return built;
  const common = readTable(COMMON_UNITS);
  const byLanguage = new Map(Object.entries(LOCALE_UNITS).map(([lang, spec]) => [lang, readTable(spec)]));
  const tokens = [common, ...byLanguage.values()]
    .flatMap((table) => [...[...table.exact.keys()].map((text) => ({ text, stem: false })), ...table.stems.map(([text]) => ({ text, stem: true }))])
    // Stable: among tokens of one length, the order of the tables and, in each, exact before stems.
    .sort((a, b) => b.text.length - a.text.length);
  built = { common, byLanguage, tokens };
  return built;
}

const LETTER_OR_MARK = /[\p{L}\p{M}]/u;
const NO_UNIT_AFTER = /[\p{Script=Latin}\p{Script=Cyrillic}\d]/u;

/** A unit must not run into a Latin/Cyrillic letter or a digit ("1 mensaje" is not "1 M"), but may run into CJK/Hangul ("146万次"). */
function endsWell(rest: string): boolean {
  const next = rest.codePointAt(0);
  return next === undefined || !NO_UNIT_AFTER.test(String.fromCodePoint(next));
}

/** The token (and an optional dot after it) ends well. */
function fits(rest: string): boolean {
  return (rest.startsWith('.') && endsWell(rest.slice(1))) || endsWell(rest);
}

/**
 * The unit word right after a number (one space allowed before it): the first token, longest first,
 * that the text starts with and that ends well, a stem taking as many letters as it can. This is
 * what one regular expression of every token did; compiling that alternation to native code cost
 * the page ~40 ms the first time a channel's counts were read (measured in Node and in Chromium).
 */
export function unitAfterNumber(after: string): string | undefined {
  const text = after.startsWith(' ') ? after.slice(1) : after;
  for (const token of unitTables().tokens) {
    if (!text.startsWith(token.text)) continue;
    if (!token.stem) {
      if (fits(text.slice(token.text.length))) return token.text;
      continue;
    }
    // The letters and marks after the stem, as code points; then the longest that ends well.
    const tail = Array.from(text.slice(token.text.length));
    let run = 0;
    while (run < tail.length && LETTER_OR_MARK.test(tail[run]!)) run++;
    for (let take = run; take >= 0; take--) {
      const word = token.text + tail.slice(0, take).join('');
      if (fits(text.slice(word.length))) return word;
    }
  }
  return undefined;
}

function lookup(table: UnitTable | undefined, word: string): number | undefined {
  if (!table) return undefined;
  return table.exact.get(word) ?? table.stems.find(([stem]) => word.startsWith(stem))?.[1];
}

// Digits grouped by one consistent separator (in threes, or Indian lakh grouping "14,68,050") with an
// optional decimal tail, or plain digits with an optional decimal part. The number must not continue
// a word or another number.
const NUMBER =
  /(?<![\p{Script=Latin}\p{Script=Cyrillic}\d.,])([-−+]?)(?:(\d{1,2}(?:,\d\d)+,\d{3}|\d{1,3}(?:([.,' ’])\d{3})(?:\3\d{3})*)([.,]\d+)?|(\d+)([.,]\d+)?)/u;

/**
 * A count as a page shows it, in any of the languages in count-units.ts: "6,403,051 views",
 * "1 173 vues", "4,69 M de suscriptores", "24.6m", "1,2 Mio.", "12万", "조회수 146만회", "14 लाख".
 * Words around the number are ignored; the first number in the text is the count.
 *
 * Separators: a "." or "," followed by a unit is a decimal point ("1,4 M", "1.2만"). Without a unit,
 * a single separator followed by exactly three digits is grouping in every locale ("127.696" is
 * 127 696, and so is "1.234" in English: a count has no fractional part, so the decimal reading would
 * be meaningless); any other fractional part without a unit ("1.5", "1,25") gives null.
 *
 * The locale only chooses what a unit letter means ("2,4 B" is 2 400 in tr, 2.4 billion elsewhere;
 * "1,1 M" is 1.1 billion in id; "1.03L" is a lakh in en-IN); without it the common meaning wins.
 * A word after the number that is not a known unit is ignored, so an unknown unit reads as the bare
 * number. `exact` is false whenever a unit was used. The value is a finite
 * integer in [0, CAPS.count]; anything else (negative, overflowing, not a number) is null.
 */
export function parseCount(text: string, locale?: string): ParsedCount | null {
  if (typeof text !== 'string') return null;
  const clean = normalizePageText(text);
  const m = NUMBER.exec(clean);
  if (!m || m[1]) return null;
  const [, , grouped, standardSep, groupedTail, plain, plainTail] = m;
  const groupSep = standardSep ?? ',';

  const after = clean.slice(m.index + m[0].length);
  const word = unitAfterNumber(after);
  const language = locale?.toLowerCase().split(/[-_]/)[0] ?? '';
  const tables = unitTables();
  const exponent = word === undefined ? undefined : (lookup(tables.byLanguage.get(language), word) ?? lookup(tables.common, word));
  // "1e400", "3x": a number glued to a word that is not a unit is not a count.
  if (exponent === undefined && /^[\p{Script=Latin}\p{Script=Cyrillic}]/u.test(after)) return null;
  const exp = exponent ?? 0;

  let int: string;
  let fraction = '';
  if (grouped !== undefined) {
    const groupCount = grouped.split(groupSep).length - 1;
    if (groupedTail) {
      // "1,234,56": a tail with the grouping separator is malformed.
      if (groupedTail[0] === groupSep) return null;
      int = grouped.replace(/\D/g, '');
      fraction = groupedTail.slice(1);
    } else if (exp > 0 && groupCount === 1 && (groupSep === '.' || groupSep === ',')) {
      [int = '', fraction = ''] = grouped.split(groupSep);
    } else {
      int = grouped.replace(/\D/g, '');
    }
  } else {
    int = plain ?? '';
    fraction = plainTail?.slice(1) ?? '';
  }

  if (exp === 0 && /[1-9]/.test(fraction)) return null;
  const digits = (int + fraction).replace(/^0+(?=\d)/, '');
  if (digits.length > 15) return null;
  const value = Math.round(Number(`${digits}e${exp - fraction.length}`));
  if (!Number.isFinite(value) || value < 0 || value > CAPS.count) return null;
  return { value, exact: exp === 0 };
}
