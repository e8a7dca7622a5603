import { defaultLocale, type Locale } from '@/lib/i18n/locales';
import type { Topic } from '@/lib/content/taxonomy';

/**
 * Who gets which release, in which language. Pure: no database, no clock, no content reader.
 *
 * - Topics decide whether: "all topics" (including ones added later) or at least one shared topic.
 * - Languages decide the language of the one e-mail, never whether it is sent: the language the journalist
 *   subscribed in if the release has it, else another of their languages that it has, else English (every
 *   release has English), just as the archive lists untranslated releases in English.
 * - Time decides from when: only releases that became public at or after the subscription was confirmed.
 */
export type AlertPreferences = { locale: Locale; languages: readonly Locale[]; topics: readonly Topic[] | 'all' };

export type AlertRecipient = AlertPreferences & {
  id: string;
  status: 'pending' | 'confirmed' | 'unsubscribed';
  confirmedAt?: string;
};

/** A public release as the sender sees it: its instant, its topics and the languages it is public in. */
export type AlertRelease = { slug: string; publishedAt: string; topics: readonly Topic[]; locales: readonly Locale[] };

export function matchesTopics(preferences: Pick<AlertPreferences, 'topics'>, releaseTopics: readonly Topic[]): boolean {
  return preferences.topics === 'all' || releaseTopics.some((topic) => preferences.topics.includes(topic));
}

export function alertLocale(
  preferences: Pick<AlertPreferences, 'locale' | 'languages'>,
  available: readonly Locale[],
): Locale {
  const wanted = preferences.languages.includes(preferences.locale)
    ? [preferences.locale, ...preferences.languages]
    : preferences.languages;
  return wanted.find((locale) => available.includes(locale)) ?? defaultLocale;
}

/** Whether this release is one the recipient should get now (ignoring whether it was already sent). */
export function isDue(recipient: AlertRecipient, release: AlertRelease): boolean {
  if (recipient.status !== 'confirmed' || !recipient.confirmedAt) return false;
  if (Date.parse(release.publishedAt) < Date.parse(recipient.confirmedAt)) return false;
  return matchesTopics(recipient, release.topics);
}

export type PlannedAlert = { subscriberId: string; slug: string; locale: Locale };

/** Every alert due now that the log does not hold yet; `logged` answers for a subscriber and release slug. */
export function planAlerts(
  recipients: readonly AlertRecipient[],
  releases: readonly AlertRelease[],
  logged: (subscriberId: string, slug: string) => boolean,
): PlannedAlert[] {
  const planned: PlannedAlert[] = [];
  for (const release of releases) {
    for (const recipient of recipients) {
      if (isDue(recipient, release) && !logged(recipient.id, release.slug)) {
        planned.push({
          subscriberId: recipient.id,
          slug: release.slug,
          locale: alertLocale(recipient, release.locales),
        });
      }
    }
  }
  return planned;
}
