import { getTranslations } from 'next-intl/server';
import type { DatelineFacts } from '@/lib/i18n/dateline';
import { formatDateTime } from '@/lib/i18n/format';
import type { Locale, TextAttributes } from '@/lib/i18n/locales';
import { ReaderTime } from './reader-time';

/**
 * Where and when a release was issued, in the words and punctuation of the page's language, with the reader's own
 * time beside it when their clock differs (filled in by the browser; the server HTML is the same for everyone).
 * lib/i18n/dateline.ts gives the same line as plain text.
 */
/** `cityText`: lang and dir of the place name when the release is not in the page's language (an English original). */
export async function Dateline({
  locale,
  release,
  cityText = {},
}: {
  locale: Locale;
  release: DatelineFacts;
  cityText?: TextAttributes;
}) {
  const t = await getTranslations({ locale, namespace: 'release' });
  return (
    <p className="mt-6 text-sm font-semibold" data-dateline>
      {t.rich('dateline', {
        city: () => (
          <span className="uppercase tracking-wide" {...cityText}>
            {release.location}
          </span>
        ),
        date: () => (
          <>
            <time dateTime={release.publishedAt}>{formatDateTime(locale, release.publishedAt, release.timeZone)}</time>
            <ReaderTime
              locale={locale}
              iso={release.publishedAt}
              timeZone={release.timeZone}
              label={t('readerTime', { time: '{time}' })}
            />
          </>
        ),
      })}
    </p>
  );
}
