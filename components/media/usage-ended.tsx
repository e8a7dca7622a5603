import { getTranslations } from 'next-intl/server';
import { formatCalendarDate } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/locales';

/**
 * Where a picture whose usage period is over would be (lib/content/gate.ts, usageEnded): a box of its proportions
 * saying since when, so that the page keeps its layout and the caption and credit still say what was there.
 */
export async function UsageEnded({
  locale,
  expires,
  aspect = 'aspect-[3/2]',
}: {
  locale: Locale;
  expires: string;
  aspect?: string;
}) {
  const t = await getTranslations({ locale, namespace: 'media' });
  return (
    <p className={`${aspect} grid w-full place-items-center bg-bg p-6 text-center text-sm text-muted`} data-usage-ended>
      {t.rich('usageEnded', {
        date: () => <time dateTime={expires}>{formatCalendarDate(locale, expires)}</time>,
      })}
    </p>
  );
}
