import { getTranslations, setRequestLocale } from 'next-intl/server';
import { BasketPage } from '@/components/basket/basket-page';
import { locales } from '@/lib/i18n/locales';
import { localeParam } from '@/lib/i18n/params';
import { pageMetadata } from '@/lib/seo/metadata';
import { basketPath, pathsIn } from '@/lib/routing';

export async function generateMetadata({ params }: PageProps<'/[locale]/basket'>) {
  const locale = localeParam((await params).locale);
  const t = await getTranslations({ locale, namespace: 'basket' });
  const meta = await getTranslations({ locale, namespace: 'meta' });
  // Each browser's own basket: nothing here for a search engine.
  return pageMetadata({
    locale,
    title: t('title'),
    description: t('intro'),
    alternates: pathsIn(locales, basketPath),
    feedTitle: meta('feedTitle'),
    noindex: true,
  });
}

/** Static for every locale; the list island reads the basket from the browser and asks the server for its facts. */
export default async function Basket({ params }: PageProps<'/[locale]/basket'>) {
  const locale = localeParam((await params).locale);
  setRequestLocale(locale);
  return <BasketPage locale={locale} />;
}
