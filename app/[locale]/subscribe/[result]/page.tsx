import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { AlertsPage } from '@/components/alerts-page';
import { ButtonLink } from '@/components/ui/button-link';
import { locales } from '@/lib/i18n/locales';
import { localeParam } from '@/lib/i18n/params';
import { pageMetadata } from '@/lib/metadata';
import { pathsIn, subscribePath, subscribeResultPath, subscribeResultPaths } from '@/lib/urls';

/** The pages a form post ends on: "check your inbox", "you are unsubscribed", "your data is deleted". Static. */
export const dynamicParams = false;

export function generateStaticParams() {
  return subscribeResultPaths.map((result) => ({ result }));
}

const parseResult = (value: string) => subscribeResultPaths.find((r) => r === value) ?? notFound();

const texts = {
  sent: { title: 'sentTitle', body: 'sentBody' },
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
  return pageMetadata({ locale, title: t(texts[result].title), description: t(texts[result].body), alternates, feedTitle: meta('feedTitle'), noindex: true });
}

export default async function SubscribeResultPage({ params }: PageProps<'/[locale]/subscribe/[result]'>) {
  const { locale: raw, result: rawResult } = await params;
  const locale = localeParam(raw);
  const result = parseResult(rawResult);
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'alerts' });

  return (
    <AlertsPage locale={locale} title={t(texts[result].title)} alternates={pathsIn(locales, (l) => subscribeResultPath(l, result))}>
      <p role="status" className="mt-6 text-lg">{t(texts[result].body)}</p>
      {result === 'sent' ? (
        <p className="mt-4 text-muted">{t('sentHint')}</p>
      ) : (
        <p className="mt-8">
          <ButtonLink href={subscribePath(locale)} variant="secondary">{t('subscribeAgain')}</ButtonLink>
        </p>
      )}
    </AlertsPage>
  );
}
