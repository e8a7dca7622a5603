import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { SubscribeAgain } from '@/components/alerts/token-page';
import { AlertsPage } from '@/components/alerts/alerts-page';
import { locales } from '@/lib/i18n/locales';
import { localeParam } from '@/lib/i18n/params';
import { pageMetadata } from '@/lib/seo/metadata';
import { pathsIn, subscribeResultPath, subscribeResultPaths } from '@/lib/routing';

/**
 * The static pages a form post ends on: "you are unsubscribed", "your data is deleted". ("Check your inbox"
 * repeats what was sent, so it is a page of its own, rendered per request: ../sent.)
 */
export const dynamicParams = false;

const results = subscribeResultPaths.filter((result) => result !== 'sent');

export function generateStaticParams() {
  return results.map((result) => ({ result }));
}

const parseResult = (value: string) => results.find((r) => r === value) ?? notFound();

const texts = {
  unsubscribed: { title: 'unsubscribedTitle', body: 'unsubscribedBody' },
  deleted: { title: 'deletedTitle', body: 'deletedBody' },
} as const;

export async function generateMetadata({ params }: PageProps<'/[locale]/subscribe/[result]'>) {
  const { locale: raw, result: rawResult } = await params;
  const locale = localeParam(raw);
  const result = parseResult(rawResult);
  const t = await getTranslations({ locale, namespace: 'alerts' });
  const meta = await getTranslations({ locale, namespace: 'meta' });
  const alternates = pathsIn(locales, (l) => subscribeResultPath(l, result));
  return pageMetadata({
    locale,
    title: t(texts[result].title),
    description: t(texts[result].body),
    alternates,
    feedTitle: meta('feedTitle'),
    noindex: true,
  });
}

export default async function SubscribeResultPage({ params }: PageProps<'/[locale]/subscribe/[result]'>) {
  const { locale: raw, result: rawResult } = await params;
  const locale = localeParam(raw);
  const result = parseResult(rawResult);
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'alerts' });

  return (
    <AlertsPage
      locale={locale}
      title={t(texts[result].title)}
      alternates={pathsIn(locales, (l) => subscribeResultPath(l, result))}
    >
      <p role="status" className="mt-6 text-lg">
        {t(texts[result].body)}
      </p>
      <SubscribeAgain locale={locale} />
    </AlertsPage>
  );
}
