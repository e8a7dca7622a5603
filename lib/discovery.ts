import 'server-only';
import { content } from '@/lib/content';
import { env } from '@/lib/env';
import { recentReleases } from '@/lib/news-sitemap';
import { routeExists } from '@/lib/routes';
import { chunkEntries, sitemapEntries, type SitemapEntry } from '@/lib/sitemap';

/** The sitemap and news sitemap over the live content facade (public gate, current clock). */
export function sitemapChunks(): SitemapEntry[][] {
  const source = { ...content, sectionExists: (locale: Parameters<typeof routeExists>[0], section: string) => routeExists(locale, [section]) };
  return chunkEntries(sitemapEntries(source, env.siteUrl, new Date()));
}

export function newsReleases() {
  const releases = content.releaseParams().flatMap(({ locale, slug }) => content.getRelease(locale, slug) ?? []);
  return recentReleases(releases, new Date());
}

export const xmlHeaders = {
  'Content-Type': 'application/xml; charset=utf-8',
  'Cache-Control': 'public, max-age=0, s-maxage=60, stale-while-revalidate=300',
};
