import { getTranslations } from 'next-intl/server';
import { ButtonLink } from '@/components/ui/button-link';
import { subscriberFromToken } from '@/lib/alerts/server';
import type { Subscriber } from '@/lib/alerts/subscriptions';
import type { TokenPurpose } from '@/lib/alerts/tokens';
import type { Locale } from '@/lib/i18n/locales';
import { subscribePath, subscribeTokenPath } from '@/lib/routing';
import { pageMetadata } from '@/lib/seo/metadata';
import { AlertsErrorNote, type AlertsError } from './notes';

/**
 * What the three pages behind an e-mail's signed link (confirm, unsubscribe, preferences) share: their metadata
 * (never indexed: the link is personal), the subscriber the link names, and what is shown when it names nobody.
 */
type TokenPage = 'confirm' | 'unsubscribe' | 'preferences';

const titles = { confirm: 'confirmTitle', unsubscribe: 'unsubscribeTitle', preferences: 'preferencesTitle' } as const;
const purposes: Record<TokenPage, TokenPurpose> = {
  confirm: 'confirm',
  unsubscribe: 'unsubscribe',
  preferences: 'manage',
};

export async function tokenPageMetadata(locale: Locale, page: TokenPage) {
  const t = await getTranslations({ locale, namespace: 'alerts' });
  const meta = await getTranslations({ locale, namespace: 'meta' });
  return pageMetadata({
    locale,
    title: t(titles[page]),
    description: t('intro'),
    alternates: { [locale]: subscribeTokenPath(locale, page) },
    feedTitle: meta('feedTitle'),
    noindex: true,
  });
}

/** The subscriber the page's link names, or the error to show; a database failure is logged and shown as such. */
export type Linked = { subscriber: Subscriber; error?: undefined } | { subscriber?: undefined; error: AlertsError };

export async function linkedSubscriber(page: TokenPage, token: string | undefined): Promise<Linked> {
  try {
    const found = await subscriberFromToken(token, purposes[page]);
    return found.ok ? { subscriber: found.subscriber } : { error: found.error };
  } catch (cause) {
    console.error(`alerts: ${page} page failed`, cause);
    return { error: 'unavailable' };
  }
}

/** Why the link cannot be used, and the way back to the sign-up form. */
export function TokenPageProblem({ page, locale, error }: { page: TokenPage; locale: Locale; error: AlertsError }) {
  return (
    <>
      <AlertsErrorNote id={`${page}-error`} locale={locale} error={error} />
      <SubscribeAgain locale={locale} />
    </>
  );
}

export async function SubscribeAgain({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'alerts' });
  return (
    <p className="mt-8">
      <ButtonLink href={subscribePath(locale)} variant="secondary">
        {t('subscribeAgain')}
      </ButtonLink>
    </p>
  );
}
