import { formatDateTime, sameWallClock } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/locales';

/** What ReaderTime asks: the dateline's instant and zone, in the page's language. */
export type ReaderTimeRequest = { locale: Locale; iso: string; timeZone: string };

/**
 * The reader's own time for a dateline, worked out off the page's main thread. The first Intl.DateTimeFormat a page
 * makes loads the ICU data for its language and zones: 30–50 ms on a fast desktop, four times that on a mid-range
 * phone, which on the page would land in one task right after hydration, while the journalist reaches for the copy
 * button (bench:trace, issue 22). Answers the formatted time, or null when the reader's clock shows the dateline's.
 */
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ReaderTimeRequest>) => void) | null;
  postMessage: (answer: string | null) => void;
};
scope.onmessage = ({ data: { locale, iso, timeZone } }) => {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  scope.postMessage(!zone || sameWallClock(iso, timeZone, zone) ? null : formatDateTime(locale, iso, zone));
};
