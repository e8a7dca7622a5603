import { getTranslations, setRequestLocale } from 'next-intl/server';
import { AlertChoiceSummary } from '@/components/alerts/choice-summary';
import { AlertsErrorNote, alertsError, type AlertsError } from '@/components/alerts/notes';
import { AlertsPage } from '@/components/alerts/alerts-page';
import { ButtonLink } from '@/components/ui/button-link';
import { tokenPageParams } from '@/lib/alerts/page-params';
import { subscriberFromToken } from '@/lib/alerts/server';
import type { Subscriber } from '@/lib/alerts/subscriptions';
import { isolate, locales } from '@/lib/i18n/locales';
import { localeParam } from '@/lib/i18n/params';
import { pageMetadata } from '@/lib/seo/metadata';
import { alertsApiPath, pathsIn, subscribePath, subscribeTokenPath } from '@/lib/routing';

export async function generateMetadata({ params }: PageProps<'/[locale]/subscribe/confirm'>) {
  const locale = localeParam((await params).locale);
  const t = await getTranslations({ locale, namespace: 'alerts' });
  const meta = await getTranslations({ locale, namespace: 'meta' });
  return pageMetadata({
    locale,
    title: t('confirmTitle'),
    description: t('intro'),
    alternates: { [locale]: subscribeTokenPath(locale, 'confirm') },
    feedTitle: meta('feedTitle'),
    noindex: true,
  });
}

/**
 * The page the confirmation e-mail links to. Opening it confirms nothing (mail scanners open links); the button
 * posts to /api/alerts/confirm. It shows what is being confirmed, so a stranger's sign-up is recognizable.
 */
export default async function ConfirmPage({ params, searchParams }: PageProps<'/[locale]/subscribe/confirm'>) {
  const locale = localeParam((await params).locale);
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'alerts' });
  const { token, error: rawError } = tokenPageParams(await searchParams);

  let subscriber: Subscriber | undefined;
  let error: AlertsError | undefined = alertsError(rawError);
  if (!error) {
    try {
      const found = subscriberFromToken(token, 'confirm');
      if (found.ok && found.subscriber.status === 'unsubscribed') error = 'notPending';
      else if (found.ok) subscriber = found.subscriber;
      else error = found.error;
    } catch (cause) {
      console.error('alerts: confirmation page failed', cause);
      error = 'unavailable';
    }
  }
  const alternates = pathsIn(locales, (l) => subscribeTokenPath(l, 'confirm', token));

  return (
    <AlertsPage locale={locale} title={t('confirmTitle')} alternates={alternates}>
      {subscriber && token ? (
        <form method="post" action={alertsApiPath('confirm')} className="mt-6">
          <input type="hidden" name="token" value={token} />
          <input type="hidden" name="locale" value={locale} />
          <p className="text-lg">{t('confirmBody', { email: isolate(subscriber.email, locale) })}</p>
          <AlertChoiceSummary locale={locale} choice={subscriber} />
          <button type="submit" className="mt-6 min-h-11 rounded-lg bg-fg px-5 font-semibold text-bg hover:opacity-90">
            {t('confirmButton')}
          </button>
        </form>
      ) : (
        <>
          <AlertsErrorNote id="confirm-error" locale={locale} error={error ?? 'invalidLink'} />
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
