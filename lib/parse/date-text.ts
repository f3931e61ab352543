/**
 * A calendar date as a post page prints it, in the UI languages of the saved pages and their
 * neighbours: "26 Jan 2026" (en-GB), "Jan 26, 2026" (en-US), "27.04.2021" (de), "14 abr 2017" (es),
 * "25 oct. 2025" (fr), with any words around it ("Premiered 26 Jan 2026", "Streamed live on …").
 * Day precision, at 00:00 UTC: the page says no more.
 */
import { normalizePageText } from './count';

// Three-letter stems, accents removed: en, es, de, fr, it, pt, nl.
const MONTH_STEMS: ReadonlyArray<readonly string[]> = [
  ['jan', 'ene', 'gen', 'janv'],
  ['feb', 'fev', 'fév'],
  ['mar', 'mär', 'maa'],
  ['apr', 'abr', 'avr'],
  ['may', 'mai', 'mag', 'mei'],
  ['jun', 'jui', 'giu'],
  ['jul', 'lug', 'juil'],
  ['aug', 'ago', 'aou', 'aoû'],
  ['sep', 'set'],
  ['oct', 'okt', 'out', 'ott'],
  ['nov'],
  ['dec', 'dic', 'dez', 'déc'],
];

function monthOf(word: string): number {
  const w = word.toLowerCase().normalize('NFC');
  // French "juin" / "juil." share "jui": the fourth letter decides.
  if (w.startsWith('juil')) return 6;
  if (w.startsWith('juin')) return 5;
  return MONTH_STEMS.findIndex((stems) => stems.some((s) => w.startsWith(s)));
}

function iso(year: number, month: number, day: number): string | null {
  if (year < 2005 || year > 2100 || month < 0 || month > 11) return null;
  const date = new Date(Date.UTC(year, month, day));
  return date.getUTCDate() === day ? date.toISOString() : null;
}

export function parseDateText(text: string): string | null {
  if (typeof text !== 'string') return null;
  const clean = normalizePageText(text);
  const numeric = /\b(\d{1,2})[./](\d{1,2})[./](\d{4})\b/.exec(clean);
  if (numeric) return iso(Number(numeric[3]), Number(numeric[2]) - 1, Number(numeric[1]));
  const dayFirst = /\b(\d{1,2})\.? (?:de )?(\p{L}{3,})\.?,? (?:de )?(\d{4})\b/u.exec(clean);
  if (dayFirst) return iso(Number(dayFirst[3]), monthOf(dayFirst[2]!), Number(dayFirst[1]));
  const monthFirst = /\b(\p{L}{3,})\.? (\d{1,2}),? (\d{4})\b/u.exec(clean);
  if (monthFirst) return iso(Number(monthFirst[3]), monthOf(monthFirst[1]!), Number(monthFirst[2]));
  return null;
}
