'use client';

import { formatDateTime, sameWallClock } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/locales';
import { useBrowserValue } from '../ui/browser-value';

const readerZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/**
 * The dateline's instant on the reader's own clock, when that clock shows another time than the dateline's zone:
 * a journalist in New York need not convert "11:00 CEST" in their head. The page is static and the same for
 * everyone, so the server renders nothing here and the browser, which knows the reader's zone, fills it in right
 * after hydration.
 * `label` is the translated "(your time: {time})" with the placeholder left in.
 */
export function ReaderTime({
  locale,
  iso,
  timeZone,
  label,
}: {
  locale: Locale;
  iso: string;
  timeZone: string;
  label: string;
}) {
  const zone = useBrowserValue(readerZone);
  if (!zone || sameWallClock(iso, timeZone, zone)) return null;
  const [before = '', after = ''] = label.split('{time}');
  return (
    <span className="font-normal text-muted" data-reader-time>
      {' '}
      {before}
      <time dateTime={iso}>{formatDateTime(locale, iso, zone)}</time>
      {after}
    </span>
  );
}
