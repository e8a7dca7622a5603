import { getTranslations } from 'next-intl/server';
import type { Release } from '@/lib/content';
import { formatDateTime } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/locales';

/**
 * Why a release would not be public yet. Only a preview build (npm run preview) ever renders a draft or an
 * embargoed release, so in production this returns nothing.
 */
export async function releaseStatus(
  locale: Locale,
  release: Pick<Release, 'draft' | 'publishedAt' | 'timeZone'>,
  now = new Date(),
): Promise<string | undefined> {
  const t = await getTranslations({ locale, namespace: 'preview' });
  if (release.draft) return t('draft');
  if (Date.parse(release.publishedAt) > now.getTime()) {
    return t('embargoed', { date: formatDateTime(locale, release.publishedAt, release.timeZone) });
  }
  return undefined;
}

export async function PreviewBanner({
  locale,
  release,
}: {
  locale: Locale;
  release: Pick<Release, 'draft' | 'publishedAt' | 'timeZone'>;
}) {
  const status = await releaseStatus(locale, release);
  if (!status) return null;
  return (
    <div
      role="status"
      className="border-y-4 border-[#b00020] bg-[#fff1f2] px-gutter py-4 text-center text-lg font-extrabold tracking-wide text-[#7a0015] print:border-black print:bg-white print:text-black"
    >
      {status}
    </div>
  );
}
