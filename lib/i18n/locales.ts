/** The newsroom's languages. Plain data so that build scripts can use it without Next or next-intl. */
export const locales = ['en', 'de', 'fr', 'es', 'zh', 'ar'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'en';

/** Right-to-left scripts among our locales. */
const rtlLocales: ReadonlySet<Locale> = new Set(['ar']);

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

export function directionOf(locale: Locale): 'ltr' | 'rtl' {
  return rtlLocales.has(locale) ? 'rtl' : 'ltr';
}

/** BCP 47 tag used for <html lang>, hreflang and Intl formatting. */
export const languageTag: Record<Locale, string> = {
  en: 'en',
  de: 'de',
  fr: 'fr',
  es: 'es',
  zh: 'zh-Hans',
  ar: 'ar',
};

/** Each language's name in itself, for the language switcher. */
export const endonym: Record<Locale, string> = {
  en: 'English',
  de: 'Deutsch',
  fr: 'Français',
  es: 'Español',
  zh: '简体中文',
  ar: 'العربية',
};
