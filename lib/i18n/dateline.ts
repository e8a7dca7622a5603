import { formatDateTime } from '@/lib/i18n/format';
import { isolate, type Locale } from '@/lib/i18n/locales';

/**
 * The dateline as plain text ("SHANGHAI, 15 July 2025 at 10:00 China Standard Time –"), for copied text, press
 * kits and alert e-mails; components/release/dateline.tsx renders the same on the page. The `release.dateline` message
 * places the city and the date with the language's own comma and dash; `markup` renders it with these two tags.
 */
export type DatelineFacts = { location: string; publishedAt: string; timeZone: string };
export type DatelineTags = { city: (chunks: string) => string; date: (chunks: string) => string };

export function datelineText(locale: Locale, release: DatelineFacts, markup: (tags: DatelineTags) => string): string {
  return markup({
    // A Latin place name in an Arabic line (or the reverse) keeps its place: isolated where directions mix.
    city: () => isolate(release.location.toUpperCase(), locale),
    date: () => formatDateTime(locale, release.publishedAt, release.timeZone),
  });
}
