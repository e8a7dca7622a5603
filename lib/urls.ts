import type { Locale } from '@/lib/i18n/locales';
import type { ReleaseFilter } from '@/lib/content/queries';
import { topics, type Topic } from '@/lib/content/taxonomy';

/**
 * Every public path of the newsroom is built here, so the URL map of DESIGN.md lives in one file. Paths carry the
 * locale prefix and no trailing slash.
 */
export const homePath = (locale: Locale) => `/${locale}`;

/** A page's path in each of the given locales: the alternates of the language switcher and of hreflang. */
export function pathsIn(available: readonly Locale[], pathFor: (locale: Locale) => string): Partial<Record<Locale, string>> {
  return Object.fromEntries(available.map((locale) => [locale, pathFor(locale)]));
}
export const releasePath = (locale: Locale, slug: string) => `/${locale}/releases/${slug}`;
export const pagePath = (locale: Locale, path: string) => `/${locale}/${path}`;
export const contactsPath = (locale: Locale) => `/${locale}/contacts`;
export const searchPath = (locale: Locale) => `/${locale}/search`;
export const vcardPath = (locale: Locale, contactId: string) => `/${locale}/contacts/${contactId}.vcf`;

/** The public URL of a release's file, answered by app/media/[slug]/[file]/route.ts behind the public gate. */
export const mediaPath = (slug: string, file: string) => `/media/${slug}/${file}`;

/** Feeds: every locale has one per format for all releases and one per topic. */
export const feedFormats = ['rss', 'atom', 'json'] as const;
export type FeedFormat = (typeof feedFormats)[number];
export const feedPath = (locale: Locale, format: FeedFormat, topic?: Topic) => `/${locale}/feeds/${topic ?? 'releases'}.${format}`;

/** The scope and format of a feed file name such as "partnerships.atom", or undefined. */
export function parseFeedFile(file: string): { topic?: Topic; format: FeedFormat } | undefined {
  const match = file.match(/^([a-z-]+)\.(rss|atom|json)$/);
  const scope = match?.[1];
  const format = feedFormats.find((f) => f === match?.[2]);
  if (!scope || !format) return undefined;
  if (scope === 'releases') return { format };
  const topic = topics.find((t) => t === scope);
  return topic ? { topic, format } : undefined;
}

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
