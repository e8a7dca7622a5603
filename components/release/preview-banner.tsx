import { getTranslations } from 'next-intl/server';
import type { Release } from '@/lib/content';
import { formatDateTime, formatList } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/locales';

type Previewed = Pick<Release, 'draft' | 'publishedAt' | 'timeZone' | 'earlyAccess'>;

/**
 * Why a release would not be public yet. Only a preview build (npm run preview) ever renders a draft or an
 * embargoed release, so in production this returns nothing.
 */
export async function releaseStatus(
  locale: Locale,
  release: Omit<Previewed, 'earlyAccess'>,
  now = new Date(),
): Promise<string | undefined> {
  const t = await getTranslations({ locale, namespace: 'preview' });
  if (release.draft) return t('draft');
  if (Date.parse(release.publishedAt) > now.getTime()) {
    return t('embargoed', { date: formatDateTime(locale, release.publishedAt, release.timeZone) });
  }
  return undefined;
}

/**
 * Who reads an embargoed release before it lifts, and from when (its `earlyAccess`), so that reviewers see it in
 * the preview. Nothing for a draft (no links are sent for one) or a public release (early access is over).
 */
export async function earlyAccessStatus(
  locale: Locale,
  release: Previewed,
  now = new Date(),
): Promise<string | undefined> {
  const { earlyAccess } = release;
  if (!earlyAccess || release.draft || Date.parse(release.publishedAt) <= now.getTime()) return undefined;
  const t = await getTranslations({ locale, namespace: 'preview' });
  const groups = formatList(locale, earlyAccess.groups);
  return Date.parse(earlyAccess.from) <= now.getTime()
    ? t('earlyAccessOpen', { groups })
    : t('earlyAccess', { groups, date: formatDateTime(locale, earlyAccess.from, release.timeZone) });
}

export async function PreviewBanner({ locale, release }: { locale: Locale; release: Previewed }) {
  const now = new Date();
  const [status, earlyAccess] = await Promise.all([
    releaseStatus(locale, release, now),
    earlyAccessStatus(locale, release, now),
  ]);
  if (!status) return null;
  return (
    <div
      role="status"
      className="border-y-4 border-[#b00020] bg-[#fff1f2] px-gutter py-4 text-center text-lg font-extrabold tracking-wide text-[#7a0015] print:border-black print:bg-white print:text-black"
    >
      {status}
      {earlyAccess && <p className="mt-1 text-base font-bold">{earlyAccess}</p>}
    </div>
  );
}
