import { getTranslations, setRequestLocale } from 'next-intl/server';
import { AlertsErrorNote, alertsError, type AlertsError } from '@/components/alerts/notes';
import { AlertsPage } from '@/components/alerts/alerts-page';
import { ButtonLink } from '@/components/ui/button-link';
import { tokenPageParams } from '@/lib/alerts/page-params';
import { subscriberFromToken } from '@/lib/alerts/server';
import type { Subscriber } from '@/lib/alerts/subscriptions';
import { locales } from '@/lib/i18n/locales';
import { localeParam } from '@/lib/i18n/params';
import { pageMetadata } from '@/lib/seo/metadata';
import { alertsApiPath, pathsIn, subscribePath, subscribeTokenPath } from '@/lib/routing';

export async function generateMetadata({ params }: PageProps<'/[locale]/subscribe/unsubscribe'>) {
  const locale = localeParam((await params).locale);
  const t = await getTranslations({ locale, namespace: 'alerts' });
  const meta = await getTranslations({ locale, namespace: 'meta' });
  return pageMetadata({
    locale,
    title: t('unsubscribeTitle'),
    description: t('intro'),
    alternates: { [locale]: subscribeTokenPath(locale, 'unsubscribe') },
    feedTitle: meta('feedTitle'),
    noindex: true,
  });
}

/** The "Unsubscribe" link of every alert: one button. (Mail programs use the one-click URL and skip this page.) */
export default async function UnsubscribePage({ params, searchParams }: PageProps<'/[locale]/subscribe/unsubscribe'>) {
  const locale = localeParam((await params).locale);
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'alerts' });
  const { token, error: rawError } = tokenPageParams(await searchParams);

  let subscriber: Subscriber | undefined;
  let error: AlertsError | undefined = alertsError(rawError);
  if (!error) {
    try {
      const found = subscriberFromToken(token, 'unsubscribe');
      if (found.ok) subscriber = found.subscriber;
      else error = found.error;
    } catch (cause) {
      console.error('alerts: unsubscribe page failed', cause);
      error = 'unavailable';
    }
  }

  return (
    <AlertsPage
      locale={locale}
      title={t('unsubscribeTitle')}
      alternates={pathsIn(locales, (l) => subscribeTokenPath(l, 'unsubscribe', token))}
    >
      {subscriber && token ? (
        <form method="post" action={alertsApiPath('unsubscribe')} className="mt-6">
          <input type="hidden" name="token" value={token} />
          <input type="hidden" name="locale" value={locale} />
          <p className="text-lg">{t('unsubscribeBody', { email: subscriber.email })}</p>
          <button type="submit" className="mt-6 min-h-11 rounded-lg bg-fg px-5 font-semibold text-bg hover:opacity-90">
            {t('unsubscribeButton')}
          </button>
        </form>
      ) : (
        <>
          <AlertsErrorNote id="unsubscribe-error" locale={locale} error={error ?? 'invalidLink'} />
          <p className="mt-8">
            <ButtonLink href={subscribePath(locale)} variant="secondary">
              {t('subscribeAgain')}
            </ButtonLink>
          </p>
        </>
      )}
    </AlertsPage>
  );
}
