'use client';

import { useEffect, useState } from 'react';
import { formatDateTime, sameWallClock } from '@/lib/format';
import type { Locale } from '@/lib/i18n/locales';

/**
 * The dateline's instant on the reader's own clock, when that clock shows another time than the dateline's zone:
 * a journalist in New York need not convert "11:00 CEST" in their head. The page is static and the same for
 * everyone, so the server renders nothing here and the browser, which knows the reader's zone, fills it in.
 * `label` is the translated "(your time: {time})" with the placeholder left in.
 */
export function ReaderTime({ locale, iso, timeZone, label }: { locale: Locale; iso: string; timeZone: string; label: string }) {
  const [readerTime, setReaderTime] = useState<string>();
  useEffect(() => {
    const readerZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (!sameWallClock(iso, timeZone, readerZone)) setReaderTime(formatDateTime(locale, iso, readerZone));
  }, [locale, iso, timeZone]);
  if (!readerTime) return null;
  const [before = '', after = ''] = label.split('{time}');
  return (
    <span className="font-normal text-muted" data-reader-time>
      {' '}{before}<time dateTime={iso}>{readerTime}</time>{after}
    </span>
  );
}
