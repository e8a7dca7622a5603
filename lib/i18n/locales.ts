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

/**
 * The attributes of an element whose text is in `locale`: its language and its direction. Every element that sets
 * `lang` sets `dir` with it, so that a run in the other direction is isolated (HTML gives `[dir]` elements
 * `unicode-bidi: isolate`): an English title on an Arabic page keeps its full stop at its end.
 */
export const textAttributes = (locale: Locale) => ({ lang: languageTag[locale], dir: directionOf(locale) });

/** textAttributes of a text in another language than the page's, or none where it is in the page's. */
export type TextAttributes = Partial<ReturnType<typeof textAttributes>>;

const rightToLeftText = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/;
/** A left-to-right letter or a digit: what gets reordered in a right-to-left line. */
const leftToRightText = /[0-9]|(?![\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff])\p{L}/u;

/**
 * A value of its own direction (a name, an address, a phone number, a credit) inside plain text in `within`'s
 * language, where no element can carry `dir`: e-mails' text parts, copied text. First-strong isolate … pop
 * directional isolate (Unicode 6.3): "+86 21 5555 0100" stays in order in an Arabic line, and an English credit's
 * full stop stays at its end. Added only where the directions can mix, so a German text copied from the site
 * carries no invisible characters. HTML pages use `dir` and <bdi> instead.
 */
export function isolate(text: string, within: Locale): string {
  const mixes = rtlLocales.has(within) ? leftToRightText.test(text) : rightToLeftText.test(text);
  return mixes ? `\u2068${text}\u2069` : text;
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
