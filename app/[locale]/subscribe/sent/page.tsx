import { getTranslations, setRequestLocale } from 'next-intl/server';
import { AlertChoiceSummary } from '@/components/alerts/choice-summary';
import { AlertsPage } from '@/components/alerts/alerts-page';
import { postedChoice, postedFormOfRequest } from '@/lib/alerts/posted-form';
import { locales } from '@/lib/i18n/locales';
import { localeParam } from '@/lib/i18n/params';
import { pageMetadata } from '@/lib/seo/metadata';
import { pathsIn, subscribeResultPath } from '@/lib/routing';

export async function generateMetadata({ params }: PageProps<'/[locale]/subscribe/sent'>) {
  const locale = localeParam((await params).locale);
  const t = await getTranslations({ locale, namespace: 'alerts' });
  const meta = await getTranslations({ locale, namespace: 'meta' });
  const alternates = pathsIn(locales, (l) => subscribeResultPath(l, 'sent'));
  return pageMetadata({
    locale,
    title: t('sentTitle'),
    description: t('sentBody'),
    alternates,
    feedTitle: meta('feedTitle'),
    noindex: true,
  });
}

/**
 * "Check your inbox", where the sign-up form ends. It repeats the address (a typo shows here, not as a missing
 * e-mail) and the languages and topics asked for, from the cookie the form's handler set; it says the same for a
 * new address and a known one. Rendered per request, so never cached with someone's address in it.
 */
export default async function SentPage({ params }: PageProps<'/[locale]/subscribe/sent'>) {
  const locale = localeParam((await params).locale);
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'alerts' });
  const posted = await postedFormOfRequest();

  return (
    <AlertsPage
      locale={locale}
      title={t('sentTitle')}
      alternates={pathsIn(locales, (l) => subscribeResultPath(l, 'sent'))}
    >
      <p role="status" className="mt-6 text-lg">
        {t('sentBody')}
      </p>
      {posted?.form === 'subscribe' && posted.sent && (
        <section aria-labelledby="sent-summary" className="mt-6">
          <h2 id="sent-summary" className="font-bold">
            {t('summaryTitle')}
          </h2>
          <AlertChoiceSummary locale={locale} choice={postedChoice(posted)} email={posted.email} />
        </section>
      )}
      <p className="mt-6 text-muted">{t('sentHint')}</p>
    </AlertsPage>
  );
}
