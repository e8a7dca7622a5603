import { getTranslations } from 'next-intl/server';
import type { AlertChoice } from '@/lib/alerts/choice-summary';
import { topics } from '@/lib/content/taxonomy';
import { endonym, locales, textAttributes, type Locale } from '@/lib/i18n/locales';

/**
 * The languages and topics of an alert subscription as plain checkboxes, shared by the sign-up form and the
 * settings page. The ticked topics are the choice and none ticked means all (lib/alerts/forms.ts): there is no
 * second topic control that a tick could contradict, with or without JavaScript. `invalid` names the group a
 * refused form is sent back for, so its error note is read with it.
 */
export async function PreferenceFields({
  locale,
  idPrefix,
  chosen,
  invalid,
}: {
  locale: Locale;
  idPrefix: string;
  chosen: AlertChoice;
  invalid?: { field: 'languages' | 'topics'; errorId: string };
}) {
  const t = await getTranslations({ locale, namespace: 'alerts' });
  const topicNames = await getTranslations({ locale, namespace: 'topics' });
  const box = 'size-5 shrink-0 accent-(--accent)';
  const choice = 'flex min-h-11 items-center gap-3';
  const describedBy = (field: 'languages' | 'topics') =>
    [`${idPrefix}-${field}-hint`, invalid?.field === field ? invalid.errorId : undefined].filter(Boolean).join(' ');

  return (
    <>
      <fieldset className="mt-6" aria-describedby={describedBy('languages')}>
        <legend className="text-sm font-bold">{t('languages')}</legend>
        <p id={`${idPrefix}-languages-hint`} className="mt-1 text-xs text-muted">
          {t('languagesHint')}
        </p>
        <div className="mt-2 grid gap-x-6 sm:grid-cols-3">
          {locales.map((l) => (
            <label key={l} className={choice}>
              <input
                type="checkbox"
                name="languages"
                value={l}
                defaultChecked={chosen.languages.includes(l)}
                className={box}
              />
              <span {...textAttributes(l)}>{endonym[l]}</span>
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset className="mt-6" aria-describedby={describedBy('topics')}>
        <legend className="text-sm font-bold">{t('topics')}</legend>
        <p id={`${idPrefix}-topics-hint`} className="mt-1 text-xs text-muted">
          {t('topicsHint')}
        </p>
        <div className="mt-2 grid gap-x-6 sm:grid-cols-3">
          {topics.map((topic) => (
            <label key={topic} className={choice}>
              <input
                type="checkbox"
                name="topics"
                value={topic}
                defaultChecked={chosen.topics !== 'all' && chosen.topics.includes(topic)}
                className={box}
              />
              {topicNames(topic)}
            </label>
          ))}
        </div>
      </fieldset>
    </>
  );
}
