import { getTranslations } from 'next-intl/server';
import { endonym, languageTag, locales, type Locale } from '@/lib/i18n/locales';
import { archivePath } from '@/lib/urls';

export type Alternates = Partial<Record<Locale, string>>;

/**
 * Plain links in a disclosure, no JavaScript: each language goes to this page's translation where one exists,
 * otherwise to that language's press releases, which then say why (the #untranslated notice).
 */
export async function LanguageSwitcher({ locale, alternates }: { locale: Locale; alternates: Alternates }) {
  const t = await getTranslations({ locale, namespace: 'nav' });
  return (
    <details className="group relative">
      <summary className="flex min-h-11 cursor-pointer list-none items-center gap-1.5 rounded-full border border-line px-3 text-sm font-semibold hover:border-fg [&::-webkit-details-marker]:hidden">
        <span className="sr-only">{t('chooseLanguage')}: </span>
        <span lang={languageTag[locale]} className="hidden sm:inline">{endonym[locale]}</span>
        <span lang={languageTag[locale]} className="sm:hidden" aria-hidden="true">{locale.toUpperCase()}</span>
        <span className="sr-only sm:hidden">{endonym[locale]}</span>
        <span aria-hidden="true" className="text-xs transition-transform group-open:rotate-180">▾</span>
      </summary>
      <ul className="absolute end-0 z-20 mt-2 w-64 rounded-xl border border-line bg-surface p-2 shadow-lg">
        {locales.map((target) => {
          const href = alternates[target];
          return (
            <li key={target}>
              <a
                href={href ?? `${archivePath(target)}#untranslated`}
                hrefLang={languageTag[target]}
                lang={languageTag[target]}
                aria-current={target === locale ? 'true' : undefined}
                className="flex flex-col rounded-lg px-3 py-2 hover:bg-accent-soft aria-[current]:font-bold"
              >
                <span>{endonym[target]}</span>
                {!href && (
                  <span className="text-xs text-muted" lang={languageTag[locale]}>
                    {t('notTranslated')}
                  </span>
                )}
              </a>
            </li>
          );
        })}
      </ul>
    </details>
  );
}
