'use client';

import { useEffect, useState } from 'react';
import type { Locale } from '@/lib/i18n/locales';
import type { ReaderTimeRequest } from './reader-time.worker';

/**
 * The dateline's instant on the reader's own clock, when that clock shows another time than the dateline's zone:
 * a journalist in New York need not convert "11:00 CEST" in their head. The page is static and the same for
 * everyone, so the server renders nothing here and the browser, which knows the reader's zone, fills it in after
 * hydration. The formatting runs in a worker (reader-time.worker.ts says why); without workers, nothing is added.
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
  const [time, setTime] = useState<string | null>(null);
  useEffect(() => {
    if (typeof Worker === 'undefined') return;
    const worker = new Worker(new URL('./reader-time.worker.ts', import.meta.url));
    worker.onmessage = ({ data }: MessageEvent<string | null>) => {
      setTime(data);
      worker.terminate();
    };
    worker.postMessage({ locale, iso, timeZone } satisfies ReaderTimeRequest);
    return () => worker.terminate();
  }, [locale, iso, timeZone]);
  if (!time) return null;
  const [before = '', after = ''] = label.split('{time}');
  return (
    <span className="font-normal text-muted" data-reader-time>
      {' '}
      {before}
      <time dateTime={iso}>{time}</time>
      {after}
    </span>
  );
}
