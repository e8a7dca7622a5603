import { getTranslations, setRequestLocale } from 'next-intl/server';
import { NotFoundView } from '@/components/layout/not-found-view';
import { localeParam } from '@/lib/i18n/params';

// Caches keep a 404 for at most a minute (not Next's default of a year for a static page): when an embargo lifts,
// the URL that answered 404 becomes the release.
export const revalidate = 60;

/** Pre-rendered 404 page per locale; the proxy rewrites unknown URLs here with status 404. */
export async function generateMetadata({ params }: PageProps<'/[locale]/404'>) {
  const t = await getTranslations({ locale: localeParam((await params).locale), namespace: 'notFound' });
  return { title: t('title'), robots: { index: false } };
}

export default async function NotFoundPage({ params }: PageProps<'/[locale]/404'>) {
  const locale = localeParam((await params).locale);
  setRequestLocale(locale);
  return <NotFoundView locale={locale} />;
}
