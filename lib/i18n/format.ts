import { isolate, languageTag, type Locale } from '@/lib/i18n/locales';

/**
 * Dates, times and lists as journalists read them, in the reader's language. Order, words and punctuation come
 * from Intl (the locale's own patterns), never from concatenating pieces: "28. Mai 2025 um 11:00 MESZ",
 * "2025年5月28日 北京时间 10:00", "8 أبريل 2025 في 11:00 ص توقيت وسط أوروبا الصيفي". The same functions run on the
 * server (pages, feeds, e-mails, press kits) and in the browser (the reader's own time, in a worker:
 * components/release/reader-time.worker.ts).
 */
/** English in the international order journalists expect in a dateline ("15 July 2025") and lists ("a, b and c"). */
const intlLocale = (locale: Locale) => (locale === 'en' ? 'en-GB' : languageTag[locale]);

/**
 * One formatter per language, options and zone, reused: constructing an Intl.DateTimeFormat costs far more than
 * formatting with it, and a build formats the same few combinations tens of thousands of times.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(intlLocale(locale), options);
    formatters.set(key, format);
  }
  return format;
}

export function formatDate(locale: Locale, iso: string, timeZone = 'UTC'): string {
  return formatter(locale, { dateStyle: 'long', timeZone }).format(new Date(iso));
}

/** A calendar date (YYYY-MM-DD) without a time, e.g. a correction's date. */
export function formatCalendarDate(locale: Locale, date: string): string {
  return formatDate(locale, `${date}T12:00:00Z`);
}

/**
 * Zone names the press of a language uses where CLDR has another: Chinese media give times in 北京时间, which
 * CLDR calls 中国标准时间.
 */
const pressZoneNames: Partial<Record<Locale, Readonly<Record<string, string>>>> = {
  zh: { 'Asia/Shanghai': '北京时间' },
};

/** The date's long form (as formatDate) with the time (as timeStyle short), in one pattern of the locale. */
const dateTime = { year: 'numeric', month: 'long', day: 'numeric', hour: 'numeric', minute: '2-digit' } as const;

/**
 * The zone's name: the language's abbreviation where it has one in common use (MESZ, CEST, BST), else its long
 * name (heure d’été d’Europe centrale, توقيت الصين الرسمي), never a bare offset such as "GMT+2" that leaves the
 * reader to work out which zone, and whether summer time, is meant. CLDR gives an offset as the short name
 * exactly where a language has no abbreviation, and an offset always contains a digit.
 */
function zoneNameStyle(locale: Locale, date: Date, timeZone: string): 'short' | 'long' {
  const short = formatter(locale, { timeZone, timeZoneName: 'short' })
    .formatToParts(date)
    .find((part) => part.type === 'timeZoneName');
  return short && /\p{Nd}/u.test(short.value) ? 'long' : 'short';
}

/** Date, time and time zone of an instant as seen in `timeZone`: a dateline, an embargo, the reader's own time. */
export function formatDateTime(locale: Locale, iso: string, timeZone: string): string {
  const date = new Date(iso);
  const parts = formatter(locale, {
    ...dateTime,
    timeZone,
    timeZoneName: zoneNameStyle(locale, date, timeZone),
  }).formatToParts(date);
  const pressName = pressZoneNames[locale]?.[timeZone];
  return parts.map((part) => (part.type === 'timeZoneName' && pressName ? pressName : part.value)).join('');
}

/** Whether clocks in two zones show the same date and time at an instant (Shanghai and Singapore, say). */
export function sameWallClock(iso: string, zoneA: string, zoneB: string): boolean {
  const date = new Date(iso);
  const wall = (timeZone: string) =>
    formatter('en', { ...dateTime, month: 'numeric', hourCycle: 'h23', timeZone }).format(date);
  return wall(zoneA) === wall(zoneB);
}

const lists = new Map<Locale, Intl.ListFormat>();

/** "English, Deutsch and 中文", "English、Deutsch和中文", "English وDeutsch و中文": the language's own list. */
export function formatList(locale: Locale, items: readonly string[]): string {
  let list = lists.get(locale);
  if (!list) {
    list = new Intl.ListFormat(intlLocale(locale), { style: 'long', type: 'conjunction' });
    lists.set(locale, list);
  }
  return list.format(items);
}

/**
 * Labels shown side by side as one string ("Products · smart #5"): the active filters in a title or a summary.
 * Each is isolated where directions mix, so "smart #5" stays whole and in order in an Arabic title.
 */
export function joinLabels(locale: Locale, labels: readonly string[]): string {
  return labels.map((label) => isolate(label, locale)).join(' · ');
}
