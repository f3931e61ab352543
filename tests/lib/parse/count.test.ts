import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CAPS } from '../../../lib/contracts/caps';
import { normalizePageText, parseCount } from '../../../lib/parse/count';

const NBSP = '\u00a0';
const NNBSP = '\u202f';

// Strings as the pages show them (fixtures under shared/fixtures/real/, grepped byte for byte) and
// as YouTube renders 2 423 / 1 468 050 / 1 109 852 895 per language.
const ABBREVIATED: Array<[string, string | undefined, number]> = [
  // YouTube, real fixtures
  ['1.38M subscribers', 'en-US', 1_380_000],
  ['3.3K', 'en-US', 3_300],
  ['287K videos', 'en-US', 287_000],
  ['24.6m subscribers', 'en-GB', 24_600_000],
  ['7.78k subscribers', 'en-GB', 7_780],
  ['6.4m views', 'en-GB', 6_400_000],
  ['18k videos', 'en-GB', 18_000],
  ['24.6 million subscribers', 'en-GB', 24_600_000],
  ['895 thousand views', 'en-GB', 895_000],
  [`1,66${NBSP}M d\u2019abonnés`, 'fr-FR', 1_660_000],
  [`1,66 million d\u2019abonnés`, 'fr-FR', 1_660_000],
  ['3,4 k', 'fr-FR', 3_400],
  [`1,1${NBSP}k${NBSP}vues`, 'fr-FR', 1_100],
  [`4,69${NBSP}M de suscriptores`, 'es-ES', 4_690_000],
  ['4,69 millones de suscriptores', 'es-ES', 4_690_000],
  [`6,8${NBSP}K`, 'es-ES', 6_800],
  [`127${NBSP}K visualizaciones`, 'es-ES', 127_000],
  ['127 mil visualizaciones', 'es-ES', 127_000],
  [`8,7${NBSP}mil`, 'es', 8_700],
  [`10${NBSP}mil visualizaciones`, 'es', 10_000],
  ['229 mil', 'es', 229_000],
  // TikTok / X visible counters
  ['783.4K', undefined, 783_400],
  ['3.9M Likes', undefined, 3_900_000],
  ['783.4k Followers', undefined, 783_400],
  ['139.1K', 'fr', 139_100],
  ['14K', 'en-GB', 14_000],
  ['6.5K', 'en-GB', 6_500],
  // Per-language YouTube renderings of 2 423 / 1 468 050 / 1 109 852 895 / 11 358 400 300
  ['2.4K views', 'en', 2_400],
  ['1.4M views', 'en', 1_400_000],
  ['1.1B views', 'en', 1_100_000_000],
  ['2.5 B', 'en', 2_500_000_000],
  ['14 lakh views', 'en-IN', 1_400_000],
  ['110 crore views', 'en-IN', 1_100_000_000],
  ['1.2 lakh', 'en-IN', 120_000],
  ['1,4 Mio. Aufrufe', 'de', 1_400_000],
  ['1,1 Mrd. Aufrufe', 'de', 1_100_000_000],
  ['1,2 Mio.', 'de', 1_200_000],
  ['1,4 M de visualizaciones', 'es', 1_400_000],
  ['1109 M de visualizaciones', 'es', 1_109_000_000],
  ['11 mil M de visualizaciones', 'es', 11_000_000_000],
  ['12 mil', 'es', 12_000],
  ['1.4 M de vistas', 'es-419', 1_400_000],
  ['2.4 K vistas', 'es-US', 2_400],
  ['2,4 k vues', 'fr', 2_400],
  ['1,4 M de vues', 'fr', 1_400_000],
  ['1,1 Md de vues', 'fr', 1_100_000_000],
  ['1,1 Md', undefined, 1_100_000_000],
  ['1,1 G de visionnements', 'fr-CA', 1_100_000_000],
  ['1,4 Mln di visualizzazioni', 'it', 1_400_000],
  ['1,1 Mrd di visualizzazioni', 'it', 1_100_000_000],
  ['2,4 mil visualizações', 'pt-BR', 2_400],
  ['1,4 mi de visualizações', 'pt-BR', 1_400_000],
  ['1,1 bi de visualizações', 'pt-BR', 1_100_000_000],
  ['1,1 mM de visualizações', 'pt-PT', 1_100_000_000],
  ['2,4 тыс. просмотров', 'ru', 2_400],
  ['1,4 млн просмотров', 'ru', 1_400_000],
  ['1,2 млн', 'ru', 1_200_000],
  ['1,1 млрд просмотров', 'ru', 1_100_000_000],
  ['2,4 tys. wyświetleń', 'pl', 2_400],
  ['2,4 tys.', 'pl', 2_400],
  ['1,4 mln wyświetleń', 'pl', 1_400_000],
  ['1,4 mln', 'pl', 1_400_000],
  ['1,1 mld wyświetleń', 'pl', 1_100_000_000],
  ['2,4K weergaven', 'nl', 2_400],
  ['1,4 mln. weergaven', 'nl', 1_400_000],
  ['1,1 mld. weergaven', 'nl', 1_100_000_000],
  ['1,4 mn visningar', 'sv', 1_400_000],
  ['1,1 md visningar', 'sv', 1_100_000_000],
  ['1,4 mio. visninger', 'da', 1_400_000],
  ['1,1 mia. visninger', 'da', 1_100_000_000],
  ['2,4 B görüntüleme', 'tr', 2_400],
  ['1,4 Mn görüntüleme', 'tr', 1_400_000],
  ['1,1 Mr görüntüleme', 'tr', 1_100_000_000],
  ['2,4 rb x ditonton', 'id', 2_400],
  ['1,4 jt x ditonton', 'id', 1_400_000],
  ['1,1 M x ditonton', 'id', 1_100_000_000],
  ['1.4J tontonan', 'ms', 1_400_000],
  ['2,4 N lượt xem', 'vi', 2_400],
  ['1,4 Tr lượt xem', 'vi', 1_400_000],
  ['1,1 T lượt xem', 'vi', 1_100_000_000],
  ['2,4 E megtekintés', 'hu', 2_400],
  ['146万 回視聴', 'ja', 1_460_000],
  ['11億 回視聴', 'ja', 1_100_000_000],
  ['2.2万', 'ja', 22_000],
  ['12万', 'ja', 120_000],
  ['조회수 2.4천회', 'ko', 2_400],
  ['조회수 146만회', 'ko', 1_460_000],
  ['조회수 11억회', 'ko', 1_100_000_000],
  ['1.2만', 'ko', 12_000],
  ['146万次观看', 'zh-CN', 1_460_000],
  ['11亿次观看', 'zh-CN', 1_100_000_000],
  ['觀看次數：146萬次', 'zh-TW', 1_460_000],
  ['觀看次數：11億次', 'zh-TW', 1_100_000_000],
  ['收看次數：1.4M 次', 'zh-HK', 1_400_000],
  ['2.4 हज़ार बार देखा गया', 'hi', 2_400],
  ['14 लाख बार देखा गया', 'hi', 1_400_000],
  ['13 क॰', 'hi', 130_000_000],
  ['1.1 अ॰ बार देखा गया', 'hi', 1_100_000_000],
  ['2.4 ألف مشاهدة', 'ar', 2_400],
  ['1.4 مليون مشاهدة', 'ar', 1_400_000],
  ['1.1 مليار مشاهدة', 'ar', 1_100_000_000],
  ['\u0662\u066b\u0664 ألف', 'ar', 2_400], // Arabic-Indic digits and decimal separator
  ['การดู 2.4 พัน ครั้ง', 'th', 2_400],
  ['2.2 หมื่น', 'th', 22_000],
  ['1 แสน', 'th', 100_000],
  ['การดู 1.1 พันล้าน ครั้ง', 'th', 1_100_000_000],
  ['Sett 2,4k ganger', 'no', 2_400],
  ['Sett 1,4 mill. ganger', 'no', 1_400_000],
  ['Sett 1,1 mrd. ganger', 'no', 1_100_000_000],
  ['Kutazamwa:\n1.4M', 'sw', 1_400_000],
];

const EXACT: Array<[string, string | undefined, number]> = [
  ['6,403,051 views', 'en-GB', 6_403_051],
  ['1,035,247 views', 'en-GB', 1_035_247],
  ['1,639 views', 'en-US', 1_639],
  ['957 views', 'en-US', 957],
  [`1${NNBSP}173${NBSP}vues`, 'fr-FR', 1_173],
  [`1${NNBSP}285${NBSP}vues`, 'fr-FR', 1_285],
  ['127.696 visualizaciones', 'es-ES', 127_696],
  ['664.612 visualizaciones', 'es', 664_612],
  ['6.541 vídeos', 'es', 6_541],
  ['2423 Aufrufe', 'de', 2_423],
  ['22.795 Aufrufe', 'de', 22_795],
  ['2,423 vistas', 'es-419', 2_423],
  ['2 423 visningar', 'sv', 2_423],
  ['2.423 visninger', 'da', 2_423],
  ['觀看次數：2423次', 'zh-TW', 2_423],
  ['2423次观看', 'zh-CN', 2_423],
  ['14,68,050', 'hi', 1_468_050], // Indian grouping
  ['1,137,245', undefined, 1_137_245], // Instagram span[title]
  ['6522 Likes. Like', 'en-GB', 6_522], // X aria-label
  ['9850', 'fr', 9_850],
  ['0', undefined, 0],
  ['1.234.567', undefined, 1_234_567],
  ['1.234', 'en', 1_234], // a count has no fraction: three digits after one separator is grouping
  ['1.234', 'de', 1_234],
  ['1,234', 'en', 1_234],
  ['1,234', 'de', 1_234],
  ['1,234.00', 'en', 1_234],
  ['1 mensaje', 'es', 1], // "m" that starts a word is not a unit
  ["1'234", 'de-CH', 1_234],
  [String(CAPS.count), undefined, CAPS.count],
];

describe('parseCount', () => {
  it.each(ABBREVIATED)('%j (%s) is about %d', (text, locale, value) => {
    expect(parseCount(text, locale)).toEqual({ value, exact: false });
  });

  it.each(EXACT)('%j (%s) is exactly %d', (text, locale, value) => {
    expect(parseCount(text, locale)).toEqual({ value, exact: true });
  });

  it.each([
    ['2,4 B', 'tr', 2_400],
    ['2,4 B', 'en', 2_400_000_000],
    ['2,4 B', undefined, 2_400_000_000],
    ['1,1 M', 'id', 1_100_000_000],
    ['1,1 M', 'id-ID', 1_100_000_000],
    ['1,1 M', 'es', 1_100_000],
    ['1.03L', 'en-IN', 103_000],
    ['2,4 E', 'de', null],
  ])('the locale decides what a unit letter means: %j in %s', (text, locale, value) => {
    expect(parseCount(text, locale)?.value ?? null).toBe(value);
  });

  it('repairs NBSP mojibake ("Â ") from re-saved pages', () => {
    expect(parseCount(`3,1Â${NBSP}M`, 'fr')).toEqual({ value: 3_100_000, exact: false });
    expect(parseCount('1â€¯173 vues', 'fr')).toEqual({ value: 1_173, exact: true });
  });

  it.each([
    '', ' ', 'NaN', 'Infinity', '-5', '−5', '+5', '1e400', '1e5', '1.5', '1,5', '1,234.5', '1,234,56', 'abc', 'M', 'x2', '2nd',
    `${'9'.repeat(16)}`, String(CAPS.count + 1), '999 B', '101 mil M', '1,2 N', '۱۲٫۵',
  ])('rejects %j', (text) => {
    expect(parseCount(text)).toBeNull();
  });

  it('never reads past the input cap', () => {
    expect(parseCount(`${' '.repeat(400)}12`)).toBeNull();
    expect(parseCount(`${'x '.repeat(100)}12`)).toEqual({ value: 12, exact: true });
  });
});

describe('normalizePageText', () => {
  it('turns every space kind into one ASCII space, native digits into ASCII, and lower-cases', () => {
    expect(normalizePageText(` 1${NNBSP}173\u2009${NBSP}\nVues `)).toBe('1 173 vues');
    expect(normalizePageText('\u0661\u0662\u06f3\u0969')).toBe('1233');
    expect(normalizePageText('a\u200bb\u200fc')).toBe('abc');
  });
});

// Formats ICU (CLDR data, independent of our tables) produces for the same numbers; the parser must
// read every one of them back.
const ICU_LOCALES = [
  'en', 'en-GB', 'en-IN', 'es', 'es-419', 'pt', 'pt-PT', 'fr', 'fr-CA', 'de', 'it', 'nl', 'ru', 'uk', 'tr', 'id',
  'ja', 'ko', 'zh-CN', 'zh-TW', 'hi', 'ar', 'ar-EG', 'pl', 'sv', 'da', 'nb', 'vi', 'th', 'hu', 'ms', 'fi',
];

describe('parseCount properties', () => {
  it('reads back any count ICU formats in full, in every supported locale', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: CAPS.count }), fc.constantFrom(...ICU_LOCALES), (n, locale) => {
        const text = new Intl.NumberFormat(locale).format(n);
        expect(parseCount(text, locale), `${text} (${locale})`).toEqual({ value: n, exact: true });
      }),
      { numRuns: 1500 },
    );
  });

  it('reads back ICU compact notation ("1,2 Mio.", "12万", "1.2L") to within its rounding', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: CAPS.count }), fc.constantFrom(...ICU_LOCALES), (n, locale) => {
        const text = new Intl.NumberFormat(locale, { notation: 'compact', maximumSignificantDigits: 3 }).format(n);
        const parsed = parseCount(text, locale);
        expect(parsed, `${text} (${locale})`).not.toBeNull();
        expect(Math.abs((parsed?.value ?? -1) - n), `${text} (${locale})`).toBeLessThanOrEqual(n * 0.005 + 1);
      }),
      { numRuns: 1500 },
    );
  });

  const isValid = (r: ReturnType<typeof parseCount>) =>
    r === null ||
    (Number.isInteger(r.value) && r.value >= 0 && r.value <= CAPS.count && typeof r.exact === 'boolean');

  it('never throws on arbitrary text and gives null or an integer within the cap', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), fc.option(fc.constantFrom(...ICU_LOCALES, 'xx', '')), (text, locale) => {
        expect(isValid(parseCount(text, locale ?? undefined))).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('never throws on mutated real strings', () => {
    const real = [...ABBREVIATED, ...EXACT].map(([text]) => text);
    const noise = fc.constantFrom('.', ',', ' ', NBSP, NNBSP, '-', 'e', '9', '0', 'k', 'M', '万', 'Â', '\u0663', '٫', "'", 'mil ');
    fc.assert(
      fc.property(
        fc.constantFrom(...real),
        fc.array(fc.tuple(fc.nat(), fc.nat(3), noise), { maxLength: 6 }),
        fc.option(fc.constantFrom(...ICU_LOCALES)),
        (text, edits, locale) => {
          let s = text;
          for (const [at, del, insert] of edits) {
            const i = s.length === 0 ? 0 : at % s.length;
            s = s.slice(0, i) + insert + s.slice(i + del);
          }
          expect(isValid(parseCount(s, locale ?? undefined)), JSON.stringify(s)).toBe(true);
        },
      ),
      { numRuns: 3000 },
    );
  });
});
