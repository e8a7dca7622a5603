import type { Locale } from '@/lib/i18n/locales';
import type { ReleaseFilter } from '@/lib/content/queries';

/**
 * Every public path of the newsroom is built here, so the URL map of DESIGN.md lives in one file. Paths carry the
 * locale prefix and no trailing slash.
 */
export const homePath = (locale: Locale) => `/${locale}`;
export const releasePath = (locale: Locale, slug: string) => `/${locale}/releases/${slug}`;
export const pagePath = (locale: Locale, path: string) => `/${locale}/${path}`;
export const contactsPath = (locale: Locale) => `/${locale}/contacts`;

export function archivePath(locale: Locale, filter: ReleaseFilter = {}, page = 1): string {
  const base = `/${locale}/releases`;
  const facet = filter.topic
    ? `/topic/${filter.topic}`
    : filter.model
      ? `/model/${filter.model}`
      : filter.year
        ? `/year/${filter.year}`
        : '';
  return `${base}${facet}${page > 1 ? `/page/${page}` : ''}`;
}
