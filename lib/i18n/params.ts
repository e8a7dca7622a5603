import { notFound } from 'next/navigation';
import { isLocale, type Locale } from './locales';

/** The `[locale]` route parameter, or the localized 404 when it is not one of ours. */
export function localeParam(value: string): Locale {
  if (!isLocale(value)) notFound();
  return value;
}
