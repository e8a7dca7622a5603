import { isPublic } from '@/lib/content/gate';
import type { createQueries, ReleaseFilter } from '@/lib/content/queries';
import { models, topics } from '@/lib/content/taxonomy';
import { locales, type Locale } from '@/lib/i18n/locales';
import { hreflangLanguages } from '@/lib/seo/metadata';
import { archivePath, homePath, mediaLibraryPath, pagePath, pathsIn, releasePath } from '@/lib/routing';

/**
 * Every public URL of the newsroom for the sitemap, each with its hreflang alternates (exactly the translations
 * that exist, plus x-default, computed as in the page head). Pure over a content query object and a clock, so
 * tests run it on fixture data; app/sitemap.xml and app/sitemaps/[file] feed it the content facade.
 */
const SITEMAP_LIMIT = 10_000;

export type SitemapEntry = { url: string; lastModified?: string; languages: Record<string, string> };

type Queries = ReturnType<typeof createQueries>;
export type SitemapSource = Pick<
  Queries,
  'releaseGroups' | 'pagePaths' | 'pageLocales' | 'listReleases' | 'listMedia' | 'releaseYears'
> & {
  /** Whether a top-level section (contacts, search, media, subscribe, ...) exists in a locale: the route map (lib/routing). */
  sectionExists: (locale: Locale, section: string) => boolean;
};

/** Sections of the URL map with one page per locale, listed when the route map (lib/routing) answers them. */
const sections = ['contacts', 'media', 'search', 'subscribe'] as const;

function entries(siteUrl: string, alternates: Partial<Record<Locale, string>>, lastModified?: string): SitemapEntry[] {
  return locales.flatMap((locale) => {
    const own = alternates[locale];
    return own
      ? [{ url: `${siteUrl}${own}`, lastModified, languages: hreflangLanguages(alternates, own, siteUrl) }]
      : [];
  });
}

type Listing = (locale: Locale, filter: ReleaseFilter) => { total: number; pageCount: number };

/**
 * A paged, filtered listing (the archive, the media library): every page of the unfiltered listing and of each
 * filter with at least one item (an empty filter page is an honest page, but nothing to index), in every locale
 * that has that page.
 */
function pagedListing(
  siteUrl: string,
  filters: ReleaseFilter[],
  listing: Listing,
  pathFor: (locale: Locale, filter: ReleaseFilter, page: number) => string,
  lastModified?: string,
): SitemapEntry[] {
  const list: SitemapEntry[] = [];
  for (const filter of filters) {
    const unfiltered = Object.keys(filter).length === 0;
    const counts = new Map(locales.map((locale) => [locale, listing(locale, filter)]));
    if (!unfiltered && ![...counts.values()].some((c) => c.total > 0)) continue;
    const most = Math.max(...[...counts.values()].map((c) => c.pageCount));
    for (let page = 1; page <= most; page++) {
      const present = locales.filter((locale) => (counts.get(locale)?.pageCount ?? 0) >= page);
      list.push(
        ...entries(
          siteUrl,
          pathsIn(present, (l) => pathFor(l, filter, page)),
          unfiltered && page === 1 ? lastModified : undefined,
        ),
      );
    }
  }
  return list;
}

export function sitemapEntries(source: SitemapSource, siteUrl: string, now: Date): SitemapEntry[] {
  const list: SitemapEntry[] = [];
  const newest = source.listReleases('en', {}, 1, 1).items[0]?.release;
  const newestChange = newest ? (newest.updatedAt ?? newest.publishedAt) : undefined;

  list.push(...entries(siteUrl, pathsIn(locales, homePath), newestChange));
  const byTopicAndModel: ReleaseFilter[] = [
    {},
    ...topics.map((topic) => ({ topic })),
    ...models.map((model) => ({ model })),
  ];
  const archiveFilters = [...byTopicAndModel, ...source.releaseYears().map((year) => ({ year }))];
  list.push(...pagedListing(siteUrl, archiveFilters, (l, f) => source.listReleases(l, f), archivePath, newestChange));
  for (const { slug, translations } of source.releaseGroups()) {
    // The facade gates already; the check here keeps a preview build's drafts out of the sitemap too.
    const shown = [...translations].filter(([, release]) => isPublic(release, now));
    const alternates = pathsIn(
      shown.map(([locale]) => locale),
      (l) => releasePath(l, slug),
    );
    for (const [locale, release] of shown) {
      const own = alternates[locale];
      if (own)
        list.push({
          url: `${siteUrl}${own}`,
          lastModified: release.updatedAt ?? release.publishedAt,
          languages: hreflangLanguages(alternates, own, siteUrl),
        });
    }
  }
  for (const path of source.pagePaths())
    list.push(
      ...entries(
        siteUrl,
        pathsIn(source.pageLocales(path), (l) => pagePath(l, path)),
      ),
    );
  for (const section of sections) {
    const present = locales.filter((locale) => source.sectionExists(locale, section));
    if (section !== 'media')
      list.push(
        ...entries(
          siteUrl,
          pathsIn(present, (l) => pagePath(l, section)),
        ),
      );
    else if (present.length > 0)
      list.push(...pagedListing(siteUrl, byTopicAndModel, (l, f) => source.listMedia(l, f), mediaLibraryPath));
  }
  return list;
}

/** The entries cut into files of at most `limit` URLs (always at least one file, possibly empty). */
export function chunkEntries<T>(list: readonly T[], limit = SITEMAP_LIMIT): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < list.length; i += limit) chunks.push(list.slice(i, i + limit));
  return chunks.length ? chunks : [[]];
}

const entities: Record<string, string> = { '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' };
export const escapeXml = (text: string) => text.replace(/[<>&'"]/g, (c) => entities[c] ?? c);

export function urlsetXml(list: readonly SitemapEntry[]): string {
  const urls = list.map((entry) => {
    const links = Object.entries(entry.languages).map(
      ([lang, href]) => `    <xhtml:link rel="alternate" hreflang="${escapeXml(lang)}" href="${escapeXml(href)}"/>`,
    );
    const lastmod = entry.lastModified
      ? [`    <lastmod>${escapeXml(new Date(entry.lastModified).toISOString())}</lastmod>`]
      : [];
    return ['  <url>', `    <loc>${escapeXml(entry.url)}</loc>`, ...lastmod, ...links, '  </url>'].join('\n');
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join('\n')}${urls.length ? '\n' : ''}</urlset>\n`;
}

export function sitemapIndexXml(files: readonly { url: string; lastModified?: string }[]): string {
  const items = files.map((file) => {
    const lastmod = file.lastModified
      ? `\n    <lastmod>${escapeXml(new Date(file.lastModified).toISOString())}</lastmod>`
      : '';
    return `  <sitemap>\n    <loc>${escapeXml(file.url)}</loc>${lastmod}\n  </sitemap>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${items.join('\n')}\n</sitemapindex>\n`;
}

/** The newest lastModified of a chunk, for its line in the index. */
export function newestChange(list: readonly SitemapEntry[]): string | undefined {
  let newest: string | undefined;
  for (const entry of list)
    if (entry.lastModified && (!newest || Date.parse(entry.lastModified) > Date.parse(newest)))
      newest = entry.lastModified;
  return newest;
}
