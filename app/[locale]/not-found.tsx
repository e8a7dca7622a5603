import { getLocale } from 'next-intl/server';
import { NotFoundView } from '@/components/not-found-view';
import { defaultLocale, isLocale } from '@/lib/i18n/locales';

/** Fallback for notFound() thrown while rendering (the proxy answers most unknown URLs before that). */
export default async function NotFound() {
  const locale = await getLocale();
  return <NotFoundView locale={isLocale(locale) ? locale : defaultLocale} />;
}
