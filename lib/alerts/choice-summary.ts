import type { Topic } from '@/lib/content/taxonomy';
import { formatList } from '@/lib/i18n/format';
import { languageTag, type Locale } from '@/lib/i18n/locales';
import { translator } from '@/lib/i18n/messages';

export type AlertChoice = { languages: readonly Locale[]; topics: readonly Topic[] | 'all' };

/**
 * A subscription's languages and topics as two lines in `locale` ("Languages: German and English", "Topics:
 * Products"), for every page and e-mail that repeats a choice to the person who made it. Language names are in
 * the reader's language (Intl.DisplayNames: an Arabic line holds no Latin-script endonyms) and lists are joined
 * the way that language joins them (Intl.ListFormat).
 */
export function choiceSummary(locale: Locale, choice: AlertChoice): [languages: string, topics: string] {
  const t = translator(locale);
  const names = new Intl.DisplayNames([languageTag[locale]], { type: 'language' });
  const languages = formatList(
    locale,
    choice.languages.map((l) => names.of(languageTag[l]) ?? l),
  );
  const topics =
    choice.topics === 'all'
      ? t('alerts.allTopics')
      : formatList(
          locale,
          choice.topics.map((topic) => t(`topics.${topic}`)),
        );
  return [t('alerts.summaryLanguages', { languages }), t('alerts.summaryTopics', { topics })];
}
