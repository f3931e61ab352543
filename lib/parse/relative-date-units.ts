/**
 * Words for "N units ago", as data for `parseRelativeDate`. Source: YouTube's own time-ago strings
 * for every UI language (NewPipe's 2018 collection, copied to tests/fixtures/locale/), plus the
 * compact forms that Instagram/TikTok/X show ("2d", "5h", "3w").
 *
 * Each unit is a space-separated list of lower-case word forms; a form ending in `*` matches every
 * word that starts with it ("tag*" covers Tag/Tage/Tagen). Latin forms of one or two letters ("d",
 * "an", "ay") only count when a digit precedes them, so "an hour ago" is an hour, not a year.
 * Languages: en es pt fr de it nl ru tr id ja ko zh hi ar pl.
 */
export const AGO_UNITS = {
  second: 'sec* s seg* sek* detik saniye секунд* 秒前 초 सेकंड ثاني* ثوان*',
  minute: 'min* m menit dakika минут* 分前 分钟前 分鐘前 분 मिनट دقيق* دقائق',
  hour: 'hour* h hr hrs hora* heure* stunde* ora ore uur час* saat jam 時間前 小时前 小時前 시간 घंट* ساع* godzin*',
  day: 'day* d día días dia dias jour* tag* giorn* dag dagen день дня дней gün hari 日前 天前 일 दिन يوم* أيام dni dzień',
  week: 'week* weken w wk wks semana* semaine* woche* settiman* недел* hafta minggu 週間前 周前 週前 주 सप्ताह हफ़्ते أسبوع* أسابيع tydzień tygodni*',
  month:
    'month* mo mes meses mês mois monat* mese mesi maand* месяц* ay bulan か月前 ヶ月前 个月前 個月前 개월 महीन* شهر* أشهر miesiąc* miesięc*',
  year: 'year* y yr yrs año* ano anos an ans jahr* anno anni jaar год* лет yıl tahun 年前 년 वर्ष साल سن* rok lata lat',
} as const;

/**
 * Words that say "ago" (or "before"): without one, "2 days" is only read when it is the whole text.
 * Japanese and Chinese put 前 inside the unit word, so it is matched anywhere.
 */
export const AGO_MARKERS = 'ago hace atrás há il_y_a vor fa geleden назад önce lalu 전 पहले قبل منذ temu';
