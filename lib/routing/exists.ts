import { MEDIA_PAGE_SIZE, PAGE_SIZE, type MediaFilter, type ReleaseFilter } from '@/lib/content/queries';
import { activeFacets, type ArchiveQuery } from '@/lib/archive/facets';
import type { Locale } from '@/lib/i18n/locales';
import type { Route } from './match';
import { archivePath } from './paths';

/**
 * The facts that decide whether a route exists. Two sources answer them: the live content (./live.ts: what is
 * public now, for the proxy and the pages) and the content files (lib/content/check/link-facts.ts: what the files in a
 * pull request will publish, for the check's link rule, before any build). The rules over the facts are below, once.
 */
export type SiteFacts = {
  /** A release is read at /{locale}/releases/{slug}: in that language or, where it is not translated, in English. */
  releaseListed: (locale: Locale, slug: string) => boolean;
  /** A release is written in that language (press kits and Open Graph images exist per translation). */
  releaseIn: (locale: Locale, slug: string) => boolean;
  /** A slug a release had before it was renamed (its address redirects to the current one). */
  formerSlug: (slug: string) => boolean;
  /** A brand page is shown at /{locale}/{path}: in that language or in English. */
  pageListed: (locale: Locale, path: string) => boolean;
  pageIn: (locale: Locale, path: string) => boolean;
  contact: (id: string) => boolean;
  /** The years that have releases (each has its archive filter). */
  years: () => readonly number[];
  /** How many releases a locale's archive lists under a filter. */
  releaseCount: (locale: Locale, filter: ReleaseFilter) => number;
  /** How many images and videos a locale's media library lists under a filter. */
  mediaCount: (locale: Locale, filter: MediaFilter) => number;
  /** A file (image, attachment, film, poster or captions) that a release names. */
  releaseFile: (slug: string, file: string) => boolean;
};

const pageCount = (items: number, pageSize: number) => Math.max(1, Math.ceil(items / pageSize));

/**
 * Whether an archive page exists in a locale. One facet: every topic and model, even with no releases (the URL map
 * links them from releases, feeds and the models page), and each year with releases. Two or more combined: only
 * with releases, because the filter bar never links an empty combination and the number of empty ones grows with
 * every value added. Pages within the count.
 */
export function archiveExists(facts: SiteFacts, locale: Locale, { filter, page }: ArchiveQuery): boolean {
  if (filter.year !== undefined && !facts.years().includes(filter.year)) return false;
  const count = facts.releaseCount(locale, filter);
  if (activeFacets(filter).length > 1 && count === 0) return false;
  return page <= pageCount(count, PAGE_SIZE);
}

/** Whether the thing a route names exists (and, for the live facts, is public now). */
export function routeExists(facts: SiteFacts, route: Route): boolean {
  switch (route.kind) {
    case 'unprefixed':
      return routeExists(facts, route.target);
    case 'home':
    case 'contacts':
    case 'basket':
    case 'basket-api':
    case 'search':
    case 'recent-search':
    case 'subscribe':
    case 'feed':
    case 'build-asset':
    case 'search-bundle':
    case 'root-file':
    case 'sitemap-chunk':
    case 'alerts-api':
    // Whether a personal link works is the early-access gate's question, asked by the page and the file handler.
    case 'early-access':
    case 'early-file':
      return true;
    case 'archive':
      return route.canonical && archiveExists(facts, route.locale, route.query);
    case 'release':
      return facts.releaseListed(route.locale, route.slug) || facts.formerSlug(route.slug);
    case 'page':
      return facts.pageListed(route.locale, route.path);
    case 'vcard':
      return facts.contact(route.contactId);
    case 'og-image':
      return route.target.kind === 'release'
        ? facts.releaseIn(route.locale, route.target.slug)
        : facts.pageIn(route.locale, route.target.path);
    case 'media-library':
      return route.page <= pageCount(facts.mediaCount(route.locale, route.filter), MEDIA_PAGE_SIZE);
    case 'video-embed':
      return facts.releaseListed(route.locale, route.slug) && facts.releaseFile(route.slug, `${route.video}.mp4`);
    case 'press-kit':
      return facts.releaseIn(route.locale, route.slug);
    case 'media-file':
    case 'media-rendition':
      return facts.releaseFile(route.slug, route.file);
    case 'image':
      return routeExists(facts, route.source);
  }
}

/**
 * The one canonical spelling of a route that routeExists refuses only for its spelling: an archive filter written in
 * another order (/releases/year/2025/topic/products → /releases/topic/products/year/2025). Undefined otherwise.
 */
export function canonicalPath(facts: SiteFacts, route: Route): string | undefined {
  if (route.kind !== 'archive' || route.canonical || !archiveExists(facts, route.locale, route.query)) return undefined;
  return archivePath(route.locale, route.query.filter, route.query.page);
}
