import { getTranslations, setRequestLocale } from 'next-intl/server';
import { linkedSubscriber, tokenPageMetadata, TokenPageProblem } from '@/components/alerts/token-page';
import { AlertChoiceSummary } from '@/components/alerts/choice-summary';
import { PreferenceFields } from '@/components/alerts/preference-fields';
import { AlertsErrorNote, AlertsStatusNote, alertsError } from '@/components/alerts/notes';
import { AlertsPage } from '@/components/alerts/alerts-page';
import { tokenPageParams } from '@/lib/alerts/page-params';
import { postedChoice, postedFormOfRequest } from '@/lib/alerts/posted-form';
import { getAlerts } from '@/lib/alerts/server';
import { signToken } from '@/lib/alerts/tokens';
import { locales } from '@/lib/i18n/locales';
import { localeParam } from '@/lib/i18n/params';
import { alertsApiPath, pathsIn, subscribeTokenPath } from '@/lib/routing';

export async function generateMetadata({ params }: PageProps<'/[locale]/subscribe/preferences'>) {
  return tokenPageMetadata(localeParam((await params).locale), 'preferences');
}

const button = 'min-h-11 rounded-lg px-5 font-semibold';

/**
 * The settings page behind every alert's "Settings and your data" link: languages, topics, export, deletion.
 * Once confirmed or saved it repeats the settings in words; a refused change comes back as it was sent.
 */
export default async function PreferencesPage({ params, searchParams }: PageProps<'/[locale]/subscribe/preferences'>) {
  const locale = localeParam((await params).locale);
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'alerts' });
  const { token, status, error: rawError } = tokenPageParams(await searchParams);
  const error = alertsError(rawError);

  const { subscriber, error: linkError } = await linkedSubscriber('preferences', token);
  const alternates = pathsIn(locales, (l) => subscribeTokenPath(l, 'preferences', token));

  if (!subscriber || !token) {
    return (
      <AlertsPage locale={locale} title={t('preferencesTitle')} alternates={alternates}>
        <TokenPageProblem page="preferences" locale={locale} error={error ?? linkError ?? 'invalidLink'} />
      </AlertsPage>
    );
  }

  const note =
    subscriber.status === 'unsubscribed'
      ? t('statusUnsubscribed')
      : subscriber.status === 'pending'
        ? t('statusPending')
        : status === 'confirmed'
          ? t('statusConfirmed')
          : status === 'saved'
            ? t('statusSaved')
            : undefined;
  const posted = error ? await postedFormOfRequest() : undefined;
  const chosen =
    posted?.form === 'preferences' && posted.subscriber === subscriber.id ? postedChoice(posted) : subscriber;
  const unsubscribeToken = signToken((await getAlerts()).secret, 'unsubscribe', subscriber.id, new Date());
  const hidden = (
    <>
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="locale" value={locale} />
    </>
  );

  return (
    <AlertsPage locale={locale} title={t('preferencesTitle')} alternates={alternates}>
      <p className="mt-4 text-lg">{t('preferencesIntro', { email: subscriber.email })}</p>
      {note && (
        <AlertsStatusNote
          details={
            subscriber.status === 'confirmed' && status ? (
              <AlertChoiceSummary locale={locale} choice={subscriber} />
            ) : undefined
          }
        >
          {note}
        </AlertsStatusNote>
      )}
      {error && <AlertsErrorNote id="preferences-error" locale={locale} error={error} />}

      <form
        method="post"
        action={alertsApiPath('preferences')}
        className="mt-8 rounded-2xl border border-line bg-surface p-5 sm:p-8"
      >
        {hidden}
        <PreferenceFields
          locale={locale}
          idPrefix="preferences"
          chosen={chosen}
          invalid={
            error === 'languages' || error === 'topics' ? { field: error, errorId: 'preferences-error' } : undefined
          }
        />
        <button type="submit" className={`mt-6 bg-fg text-bg hover:opacity-90 ${button}`}>
          {t('save')}
        </button>
      </form>

      <section aria-labelledby="your-data" className="mt-10">
        <h2 id="your-data" className="text-xl font-bold">
          {t('dataTitle')}
        </h2>
        <p className="mt-2 text-muted">{t('dataBody')}</p>
        <div className="mt-4 flex flex-wrap gap-3">
          <form method="post" action={alertsApiPath('data')}>
            {hidden}
            <button type="submit" className={`border border-line hover:border-fg ${button}`}>
              {t('download')}
            </button>
          </form>
          <form method="post" action={alertsApiPath('delete')}>
            {hidden}
            <button type="submit" className={`border-2 border-accent hover:bg-accent-soft ${button}`}>
              {t('delete')}
            </button>
          </form>
        </div>
        {subscriber.status !== 'unsubscribed' && (
          <p className="mt-6">
            <a
              href={subscribeTokenPath(locale, 'unsubscribe', unsubscribeToken)}
              className="underline underline-offset-4"
            >
              {t('unsubscribeLink')}
            </a>
          </p>
        )}
      </section>
    </AlertsPage>
  );
}
