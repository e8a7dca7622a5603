import { languageTag, type Locale } from '@/lib/i18n/locales';

/**
 * Dates as journalists read them: the calendar date and the time at the place of publication, with the time
 * zone named, in the reader's language.
 */
/** English dates in the international order journalists expect in a dateline: "15 July 2025". */
const dateLocale = (locale: Locale) => (locale === 'en' ? 'en-GB' : languageTag[locale]);

/**
 * One formatter per language, style and zone, reused: constructing an Intl.DateTimeFormat costs far more than
 * formatting with it, and a build formats the same few combinations tens of thousands of times.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(dateLocale(locale), options);
    formatters.set(key, format);
  }
  return format;
}

export function formatDate(locale: Locale, iso: string, timeZone = 'UTC'): string {
  return formatter(locale, { dateStyle: 'long', timeZone }).format(new Date(iso));
}

export function formatTime(locale: Locale, iso: string, timeZone: string): string {
  return formatter(locale, { hour: '2-digit', minute: '2-digit', timeZone, timeZoneName: 'short' }).format(new Date(iso));
}

/** A calendar date (YYYY-MM-DD) without a time, e.g. a correction's date. */
export function formatCalendarDate(locale: Locale, date: string): string {
  return formatDate(locale, `${date}T12:00:00Z`);
}
