import { getTranslations } from 'next-intl/server';
import { topics, type Topic } from '@/lib/content/taxonomy';
import { endonym, locales, textAttributes, type Locale } from '@/lib/i18n/locales';

/**
 * The languages and topics of an alert subscription, as plain checkboxes and radio buttons: shared by the sign-up
 * form and the settings page. The radio decides; the topic boxes count only with "only the topics I choose".
 */
export async function PreferenceFields({ locale, idPrefix, chosen }: { locale: Locale; idPrefix: string; chosen: { languages: readonly Locale[]; topics: readonly Topic[] | 'all' } }) {
  const t = await getTranslations({ locale, namespace: 'alerts' });
  const topicNames = await getTranslations({ locale, namespace: 'topics' });
  const box = 'size-5 shrink-0 accent-(--accent)';
  const choice = 'flex min-h-11 items-center gap-3';

  return (
    <>
      <fieldset className="mt-6" aria-describedby={`${idPrefix}-languages-hint`}>
        <legend className="text-sm font-bold">{t('languages')}</legend>
        <p id={`${idPrefix}-languages-hint`} className="mt-1 text-xs text-muted">{t('languagesHint')}</p>
        <div className="mt-2 grid gap-x-6 sm:grid-cols-3">
          {locales.map((l) => (
            <label key={l} className={choice}>
              <input type="checkbox" name="languages" value={l} defaultChecked={chosen.languages.includes(l)} className={box} />
              <span {...textAttributes(l)}>{endonym[l]}</span>
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset className="mt-6">
        <legend className="text-sm font-bold">{t('topics')}</legend>
        <label className={choice}>
          <input type="radio" name="topics-mode" value="all" defaultChecked={chosen.topics === 'all'} className={box} />
          {t('allTopics')}
        </label>
        <label className={choice}>
          <input type="radio" name="topics-mode" value="chosen" defaultChecked={chosen.topics !== 'all'} className={box} />
          {t('someTopics')}
        </label>
        <div className="grid gap-x-6 ps-8 sm:grid-cols-3">
          {topics.map((topic) => (
            <label key={topic} className={choice}>
              <input type="checkbox" name="topics" value={topic} defaultChecked={chosen.topics !== 'all' && chosen.topics.includes(topic)} className={box} />
              {topicNames(topic)}
            </label>
          ))}
        </div>
      </fieldset>
    </>
  );
}
