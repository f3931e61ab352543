/**
 * Unit words that platforms put after an abbreviated count, as data for `parseCount`.
 *
 * Each table is a space-separated list of `token=exponent` (the count is number × 10^exponent).
 * Tokens are lower case, without their trailing dot ("Mio." is "mio"; a dot after any token is
 * accepted). A token ending in `*` matches a word that starts with it ("million*" covers "millions",
 * "millionen", "millones" needs its own "millon*"). `_` stands for a space ("mil_m" is "mil M", es).
 * Sources: YouTube's own large-number strings per language (as the rustypipe project collected
 * them) and the saved YouTube pages under tests/fixtures/youtube/.
 *
 * Kept as strings, not objects, because they ship in every content script.
 */

/** Meanings that hold in every language we know of, or the most common one where languages collide. */
export const COMMON_UNITS =
  // Latin-script abbreviations: en k/m/b, es/pt mil, pt mi/bi/mM, de Mio./Mrd., fr Md, it Mln/Mrd,
  // nl/pl mln/mld, sv mn/md/tn, da mio./mia., tr Mn, id rb/jt, no mill., fi milj., de Tsd., pl tys.,
  // en-GB bn.
  'k=3 m=6 b=9 bn=9 mil=3 mil_m=9 mi=6 bi=9 mm=9 mio=6 mrd=9 md=9 mld=9 mln=6 mn=6 mia=9 mill=6 milj=6 ' +
  'tsd=3 tn=3 tys*=3 rb=3 jt=6 ' +
  // Spelled-out words, as in accessibility labels ("1.65 million subscribers", "127 mil visualizaciones").
  'thousand*=3 tausend*=3 mille=3 mila=3 ribu=3 bin=3 million*=6 millon*=6 millón*=6 milh*=6 milion*=6 ' +
  'milyon*=6 juta=6 billion*=9 milliard*=9 miliar*=9 milyar*=9 bilh*=9 lakh*=5 crore*=7 ' +
  // Cyrillic: ru тыс./млн/млрд, uk тис.
  'тыс=3 тис=3 тысяч*=3 млн=6 миллион*=6 млрд=9 миллиард*=9 ' +
  // Arabic, Hindi (हज़ार, लाख, करोड़ and the abbreviations क॰ / अ॰ / ख॰ for 10^7 / 10^9 / 10^11), Thai.
  'ألف=3 آلاف=3 مليون=6 ملايين=6 مليار=9 हज़ार=3 लाख=5 करोड़=7 क॰=7 अ॰=9 ख॰=11 ' +
  'พัน=3 หมื่น=4 แสน=5 ล้าน=6 พันล้าน=9 ' +
  // East Asian myriad systems: 万/萬 = 10^4, 億/亿 = 10^8, Korean 천/만/억.
  '천=3 만=4 억=8 万=4 萬=4 亿=8 億=8';

/**
 * Where a language gives a token another meaning (or uses a single letter nobody else does), keyed by
 * the language part of the locale. "2,4 B" is 2 400 in Turkish (bin) and 2.4 billion in English;
 * "1,1 M" is 1.1 billion in Indonesian (miliar).
 */
export const LOCALE_UNITS: Readonly<Record<string, string>> = {
  // en-IN compact notation: L = lakh (10^5), Cr = crore (10^7), KCr = thousand crore.
  en: 'l=5 cr=7 kcr=10',
  da: 't=3',
  tr: 'b=3 mr=9',
  id: 'm=9',
  hu: 'e=3',
  vi: 'n=3 tr=6 t=9',
  ms: 'j=6',
  fr: 'g=9',
  fi: 't=3',
};
