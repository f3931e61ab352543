import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import type { ShortlistEntry } from '../../../lib/contracts/shortlist-entry';
import { CSV_COLUMNS, CSV_HEADER } from '../../../lib/csv/csv-columns';
import { startsWithFormulaTrigger, unguardFormula } from '../../../lib/csv/formula-guard';
import { csvField, csvNumber, exportFileName, formatCell, summariesToCsv } from '../../../lib/csv/csv-writer';
import { csvOf } from './csv-of';
import { summarizeEntry } from '../../../lib/csv/entry-summary';
import { xlsxSheet } from '../../../lib/shortlist-view/xlsx-sheet';
import { anaEntry, daniEntry, goldenEntries } from './entries';

const DOCUMENTED_HEADER =
  'platform,handle,display_name,profile_url,followers,following,posts_count,verified,tier,engagement_rate,engagement_rate_basis,posts_per_week,days_since_last_post,sponsored_share,authenticity_score,fit_score,fit_verdict,brief,price_low,price_high,emails,links,status,tags,notes,promo_code,tracking_link,first_saved_at,updated_at';

function parse(csv: string): string[][] {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  const result = Papa.parse<string[]>(csv.slice(1), { header: false, skipEmptyLines: false });
  expect(result.errors).toEqual([]);
  // The file ends with CRLF, which papaparse reads as one last empty record.
  expect(result.data.at(-1)).toEqual(['']);
  return result.data.slice(0, -1);
}

function column(name: string): number {
  return CSV_HEADER.indexOf(name as never);
}

describe('summariesToCsv', () => {
  test('writes the shortlist exactly as the hand-written golden file', () => {
    const golden = readFileSync(join(import.meta.dirname, 'golden.csv'));
    expect(Buffer.from(csvOf(goldenEntries()), 'utf8').equals(golden)).toBe(true);
    // Same check as text, for a readable diff when it fails.
    expect(csvOf(goldenEntries())).toBe(golden.toString('utf8'));
  });

  test('the header starts with the documented columns, in order', () => {
    const csv = summariesToCsv([]);
    expect(csv).toBe(`\uFEFF${CSV_HEADER.join(',')}\r\n`);
    expect(csv.slice(1).startsWith(`${DOCUMENTED_HEADER},`)).toBe(true);
  });

  test('ends with fit_summary, the verdict line, after every older column (issue #10)', () => {
    expect(CSV_HEADER.slice(29)).toEqual(['brief_id', 'total_likes', 'category', 'fit_summary']);
    const rows = parse(csvOf(goldenEntries()));
    const at = column('fit_summary');
    expect(rows.slice(1).map((r) => r[at])).toEqual(['Possible fit · 74', '', 'Outside brief · 1.5M followers > 100k']);
    expect(rows.slice(1).map((r) => r[column('fit_verdict')])).toEqual(['possible', '', 'outside-brief']);
  });

  test('words a verdict line for an imported row that has a verdict but none', () => {
    const dani = daniEntry();
    const withVerdict = { ...dani, imported: { ...dani.imported!, fitVerdict: 'strong', fitScore: 81.6 } };
    expect(parse(csvOf([withVerdict]))[1]![column('fit_summary')]).toBe('Strong fit · 82');
  });

  test('numbers are plain, rates are fractions, nulls are empty cells', () => {
    const entry = anaEntry();
    entry.snapshot = { ...entry.snapshot, creator: { ...entry.snapshot.creator, followers: 1_250_000, following: null } };
    const [, row] = parse(csvOf([entry]));
    expect(row?.[column('followers')]).toBe('1250000');
    expect(row?.[column('following')]).toBe('');
    expect(row?.[column('engagement_rate')]).toBe('0.0257');
    expect(row?.[column('sponsored_share')]).toBe('0.125');
    expect(row?.[column('total_likes')]).toBe('');
  });

  test('figures are rounded for people, the same in the CSV and the xlsx: rates to 4 significant digits, days whole, money to cents', () => {
    const entry = daniEntry();
    entry.imported = { ...entry.imported!, engagementRate: 0.05585137207639122, postsPerWeek: 0.033333333, daysSinceLastPost: 4.6, sponsoredShare: 1 / 3, priceLow: 0.13333, priceHigh: 1422.456 };
    const [, row] = parse(csvOf([entry]));
    const expected = { engagement_rate: '0.05585', posts_per_week: '0.03333', days_since_last_post: '5', sponsored_share: '0.3333', price_low: '0.13', price_high: '1422.46' };
    expect(Object.fromEntries(Object.keys(expected).map((name) => [name, row?.[column(name)]]))).toEqual(expected);
    const sheet = xlsxSheet([summarizeEntry(entry)]);
    expect(Object.fromEntries(Object.keys(expected).map((name) => [name, sheet.rows[0]![column(name)]]))).toEqual(Object.fromEntries(Object.entries(expected).map(([name, text]) => [name, Number(text)])));
  });

  test('an entry without a report exports its imported figures, or empty cells when it has none', () => {
    const imported = daniEntry();
    const bare: ShortlistEntry = { ...daniEntry(), imported: null };
    const [, withFigures, without] = parse(csvOf([imported, bare]));
    expect(withFigures?.[column('tier')]).toBe('nano');
    expect(withFigures?.[column('price_high')]).toBe('95');
    for (const name of ['tier', 'engagement_rate', 'fit_score', 'price_low', 'brief']) expect(without?.[column(name)]).toBe('');
  });

  test('every text cell that starts like a formula is prefixed with an apostrophe; numbers are left alone', () => {
    const entry: ShortlistEntry = { ...anaEntry(), notes: '-5 stars', promoCode: '+CODE', tags: ['@brand', 'x'], trackingLink: '=cmd' };
    const [, row] = parse(csvOf([entry]));
    expect(row?.[column('notes')]).toBe("'-5 stars");
    expect(row?.[column('promo_code')]).toBe("'+CODE");
    expect(row?.[column('tags')]).toBe("'@brand; x");
    expect(row?.[column('tracking_link')]).toBe("'=cmd");
    expect(formatCell('figure', 0.5)).toBe('0.5');
    expect(formatCell('count', 0)).toBe('0');
    expect(formatCell('figure', Number.NaN)).toBe('');
  });

  test.each([
    ['=1+1', "'=1+1"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['\rx', "'\rx"],
    ['a=1', 'a=1'],
    ['1-2', '1-2'],
    ['', ''],
  ])('a text cell %j is written %j', (text, cell) => {
    expect(formatCell('text', text)).toBe(cell);
  });

  test('a negative number in a number column is written as the number, not guarded', () => {
    expect(formatCell('figure', -3.5)).toBe('-3.5');
    expect(formatCell('figure', -0.0257)).toBe('-0.0257');
    // A count is a non-negative whole number: anything else is unknown.
    expect(formatCell('count', -1)).toBe('');
    expect(formatCell('count', 2.5)).toBe('');
  });

  test.each([
    [0.1 + 0.2, '0.3'],
    [0.025714285714285714, '0.0257143'],
    [1 / 3, '0.333333'],
    [1_250_000, '1250000'],
    [1e-7, '0.0000001'],
    [2.5e-9, '0.0000000025'],
    [1.5e21, '1500000000000000000000'],
    [-0.000001234, '-0.000001234'],
    [0, '0'],
  ])('csvNumber(%d) is %j: no exponent, no float noise, no grouping', (n, text) => {
    expect(csvNumber(n)).toBe(text);
    expect(Number(text)).toBeCloseTo(n, 6);
  });

  test('unicode text is written as is, in UTF-8 after the BOM, with CRLF after every record', () => {
    const entry: ShortlistEntry = { ...anaEntry(), displayName: 'מרים 🎨 👩‍💻 é', notes: 'línea 1\nlínea 2' };
    const csv = csvOf([entry]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(3);
    const [, row] = parse(csv);
    expect(row?.[column('display_name')]).toBe('מרים 🎨 👩‍💻 é');
    expect(row?.[column('notes')]).toBe('línea 1\nlínea 2');
    expect(Buffer.from(csv, 'utf8').toString('utf8')).toBe(csv);
  });

  test('dates are written in UTC', () => {
    expect(formatCell('date', '2026-01-10T09:31:00+01:00')).toBe('2026-01-10T08:31:00.000Z');
    expect(formatCell('date', 'not a date')).toBe('');
  });

  test.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['line\r\nbreak', '"line\r\nbreak"'],
    ['lf\nonly', '"lf\nonly"'],
    ['', ''],
  ])('csvField(%j) is %j', (input, expected) => {
    expect(csvField(input)).toBe(expected);
  });

  test('exportFileName is dated in UTC', () => {
    expect(exportFileName(new Date('2026-03-05T23:59:59.000Z'))).toBe('vetted-shortlist-2026-03-05.csv');
    expect(exportFileName(new Date('2026-03-06T00:30:00+02:00'))).toBe('vetted-shortlist-2026-03-05.csv');
  });
});

describe('adversarial text', () => {
  const PIECES = [
    '=', '+', '-', '@', '\t', '\r', '\n', '\r\n', '"', '""', "'", "'=", ',', ';', '; ', ' ', 'a', 'Z', '0',
    '=1+1', 'SUM(A1:A9)', '😀', '👩‍💻', 'שלום', 'مرحبا', '\u202e', '\u2066', '\u0000', '\\', 'é',
  ];
  const adversarial = fc.oneof(
    fc.array(fc.constantFrom(...PIECES), { maxLength: 8 }).map((parts) => parts.join('')),
    fc.string({ unit: 'grapheme', maxLength: 12 }),
    fc.string({ unit: 'binary', maxLength: 12 }),
  );
  const ROWS = 10_000;
  const TEXT_COLUMNS = CSV_COLUMNS.filter((c) => c.kind === 'text' || c.kind === 'list').map((c) => CSV_HEADER.indexOf(c.name));

  test(`${ROWS.toLocaleString('en-US')} rows of hostile strings round-trip through papaparse and never start with a formula trigger`, () => {
    const base = daniEntry();
    fc.assert(
      fc.property(fc.array(fc.tuple(adversarial, adversarial, adversarial), { minLength: ROWS, maxLength: ROWS }), (texts) => {
        const entries = texts.map(([name, notes, promo]): ShortlistEntry => ({
          ...base,
          displayName: name,
          notes,
          promoCode: promo,
          snapshot: { ...base.snapshot, creator: { ...base.snapshot.creator, displayName: name, category: promo } },
        }));
        const rows = parse(csvOf(entries));
        expect(rows).toHaveLength(ROWS + 1);
        expect(rows[0]).toEqual(CSV_HEADER);
        rows.slice(1).forEach((cells, i) => {
          const [name, notes, promo] = texts[i] as [string, string, string];
          expect(cells).toHaveLength(CSV_HEADER.length);
          for (const c of TEXT_COLUMNS) if (startsWithFormulaTrigger(cells[c] ?? '')) throw new Error(`row ${i + 2} column ${CSV_HEADER[c]}: ${JSON.stringify(cells[c])}`);
          expect(unguardFormula(cells[column('display_name')] ?? '')).toBe(name);
          expect(unguardFormula(cells[column('notes')] ?? '')).toBe(notes);
          expect(unguardFormula(cells[column('promo_code')] ?? '')).toBe(promo);
          expect(unguardFormula(cells[column('category')] ?? '')).toBe(promo);
        });
      }),
      { numRuns: 2 },
    );
  });
});
