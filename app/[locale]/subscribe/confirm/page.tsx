import { getTranslations, setRequestLocale } from 'next-intl/server';
import { linkedSubscriber, tokenPageMetadata, TokenPageProblem, type Linked } from '@/components/alerts/token-page';
import { AlertChoiceSummary } from '@/components/alerts/choice-summary';
import { alertsError } from '@/components/alerts/notes';
import { AlertsPage } from '@/components/alerts/alerts-page';
import { tokenPageParams } from '@/lib/alerts/page-params';
import { isolate, locales } from '@/lib/i18n/locales';
import { localeParam } from '@/lib/i18n/params';
import { alertsApiPath, pathsIn, subscribeTokenPath } from '@/lib/routing';

export async function generateMetadata({ params }: PageProps<'/[locale]/subscribe/confirm'>) {
  return tokenPageMetadata(localeParam((await params).locale), 'confirm');
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

  const sent = alertsError(rawError);
  const linked: Linked = sent ? { error: sent } : await linkedSubscriber('confirm', token);
  const subscriber = linked.subscriber?.status === 'unsubscribed' ? undefined : linked.subscriber;
  const error = linked.subscriber?.status === 'unsubscribed' ? 'notPending' : linked.error;
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
        <TokenPageProblem page="confirm" locale={locale} error={error ?? 'invalidLink'} />
      )}
    </AlertsPage>
  );
}
