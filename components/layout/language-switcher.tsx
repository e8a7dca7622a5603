import { getTranslations } from 'next-intl/server';
import { endonym, languageTag, locales, textAttributes, type Locale } from '@/lib/i18n/locales';
import { homePath } from '@/lib/routing';
import { DisclosureCloser } from '../ui/disclosure-closer';

export type Alternates = Partial<Record<Locale, string>>;

/**
 * Plain links in a disclosure that works without JavaScript: each language goes to this page in that language.
 * Releases and brand pages exist in every language (an untranslated one shows the English original inside that
 * language's interface, and says so); only a page with no version a reader could get sends them to the home page.
 * With JavaScript, Escape and a click or tap outside close the menu.
 */
export async function LanguageSwitcher({ locale, alternates }: { locale: Locale; alternates: Alternates }) {
  const t = await getTranslations({ locale, namespace: 'nav' });
  return (
    <details className="group relative" data-language-menu>
      <summary className="flex min-h-11 cursor-pointer list-none items-center gap-1.5 rounded-full border border-line px-3 text-sm font-semibold hover:border-fg [&::-webkit-details-marker]:hidden">
        <span className="sr-only">{t('chooseLanguage')}: </span>
        <span {...textAttributes(locale)} className="hidden sm:inline">
          {endonym[locale]}
        </span>
        <span {...textAttributes(locale)} className="sm:hidden" aria-hidden="true">
          {locale.toUpperCase()}
        </span>
        <span className="sr-only sm:hidden">{endonym[locale]}</span>
        <span aria-hidden="true" className="text-xs transition-transform group-open:rotate-180">
          ▾
        </span>
      </summary>
      <ul className="absolute end-0 z-20 mt-2 w-64 rounded-xl border border-line bg-surface p-2 shadow-lg">
        {locales.map((target) => {
          const href = alternates[target];
          return (
            <li key={target}>
              <a
                href={href ?? homePath(target)}
                hrefLang={languageTag[target]}
                {...textAttributes(target)}
                aria-current={target === locale ? 'true' : undefined}
                className="flex flex-col rounded-lg px-3 py-2 hover:bg-accent-soft aria-[current]:font-bold"
              >
                <span>{endonym[target]}</span>
                {!href && (
                  <span className="text-xs text-muted" {...textAttributes(locale)}>
                    {t('notTranslated')}
                  </span>
                )}
              </a>
            </li>
          );
        })}
      </ul>
      <DisclosureCloser />
    </details>
  );
}
