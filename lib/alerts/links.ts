import type { Locale } from '@/lib/i18n/locales';
import { alertsApiPath, subscribeTokenPath } from '@/lib/routing';
import { signToken } from './tokens';

/** The signed links an e-mail carries, as absolute URLs on the public site. */
export type LinkSigner = { secret: string; siteUrl: string; now: Date };

export const confirmLink = ({ secret, siteUrl, now }: LinkSigner, locale: Locale, subscriberId: string) =>
  `${siteUrl}${subscribeTokenPath(locale, 'confirm', signToken(secret, 'confirm', subscriberId, now))}`;

export const preferencesLink = ({ secret, siteUrl, now }: LinkSigner, locale: Locale, subscriberId: string) =>
  `${siteUrl}${subscribeTokenPath(locale, 'preferences', signToken(secret, 'manage', subscriberId, now))}`;

export function unsubscribeLinks({ secret, siteUrl, now }: LinkSigner, locale: Locale, subscriberId: string) {
  const token = signToken(secret, 'unsubscribe', subscriberId, now);
  return {
    oneClickUnsubscribe: `${siteUrl}${alertsApiPath('unsubscribe', token)}`,
    unsubscribePage: `${siteUrl}${subscribeTokenPath(locale, 'unsubscribe', token)}`,
  };
}
