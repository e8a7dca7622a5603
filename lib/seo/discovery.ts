import 'server-only';
import { content } from '@/lib/content';
import { env } from '@/lib/env';
import { recentReleases } from '@/lib/seo/news-sitemap';
import { matchRoute, routeExists } from '@/lib/routing';
import { liveFacts } from '@/lib/routing/live';
import { chunkEntries, sitemapEntries, type SitemapEntry } from '@/lib/seo/sitemap';

/** The sitemap and news sitemap over the live content facade (public gate, current clock). */
export function sitemapChunks(): SitemapEntry[][] {
  const sectionExists = (locale: string, section: string) => {
    const route = matchRoute(`/${locale}/${section}`);
    return route !== undefined && routeExists(liveFacts, route);
  };
  const source = { ...content, sectionExists };
  return chunkEntries(sitemapEntries(source, env.siteUrl, new Date()));
}

export function newsReleases() {
  const releases = content.releaseGroups().flatMap(({ translations }) => [...translations.values()]);
  return recentReleases(releases, new Date());
}

export const xmlHeaders = {
  'Content-Type': 'application/xml; charset=utf-8',
  'Cache-Control': 'public, max-age=0, s-maxage=60, stale-while-revalidate=300',
};
