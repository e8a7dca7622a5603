import { languageTag, type Locale } from '@/lib/i18n/locales';

/**
 * Dates as journalists read them: the calendar date and the time at the place of publication, with the time
 * zone named, in the reader's language.
 */
/** English dates in the international order journalists expect in a dateline: "15 July 2025". */
const dateLocale = (locale: Locale) => (locale === 'en' ? 'en-GB' : languageTag[locale]);

export function formatDate(locale: Locale, iso: string, timeZone = 'UTC'): string {
  return new Intl.DateTimeFormat(dateLocale(locale), { dateStyle: 'long', timeZone }).format(new Date(iso));
}

export function formatTime(locale: Locale, iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat(dateLocale(locale), { hour: '2-digit', minute: '2-digit', timeZone, timeZoneName: 'short' }).format(new Date(iso));
}

/** A calendar date (YYYY-MM-DD) without a time, e.g. a correction's date. */
export function formatCalendarDate(locale: Locale, date: string): string {
  return formatDate(locale, `${date}T12:00:00Z`);
}
