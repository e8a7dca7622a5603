import { getTranslations, setRequestLocale } from 'next-intl/server';
import { linkedSubscriber, tokenPageMetadata, TokenPageProblem, type Linked } from '@/components/alerts/token-page';
import { alertsError } from '@/components/alerts/notes';
import { AlertsPage } from '@/components/alerts/alerts-page';
import { tokenPageParams } from '@/lib/alerts/page-params';
import { locales } from '@/lib/i18n/locales';
import { localeParam } from '@/lib/i18n/params';
import { alertsApiPath, pathsIn, subscribeTokenPath } from '@/lib/routing';

export async function generateMetadata({ params }: PageProps<'/[locale]/subscribe/unsubscribe'>) {
  return tokenPageMetadata(localeParam((await params).locale), 'unsubscribe');
}

/** The "Unsubscribe" link of every alert: one button. (Mail programs use the one-click URL and skip this page.) */
export default async function UnsubscribePage({ params, searchParams }: PageProps<'/[locale]/subscribe/unsubscribe'>) {
  const locale = localeParam((await params).locale);
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'alerts' });
  const { token, error: rawError } = tokenPageParams(await searchParams);

  const sent = alertsError(rawError);
  const { subscriber, error }: Linked = sent ? { error: sent } : await linkedSubscriber('unsubscribe', token);

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
        <TokenPageProblem page="unsubscribe" locale={locale} error={error ?? 'invalidLink'} />
      )}
    </AlertsPage>
  );
}
