import { newsReleases, xmlHeaders } from '@/lib/seo/discovery';
import { env } from '@/lib/env';
import { newsSitemapXml } from '@/lib/seo/news-sitemap';

// A release whose embargo lifted appears here within a minute.
export const revalidate = 60;

/** /news-sitemap.xml: the Google News sitemap of the releases published in the last two days. */
export function GET() {
  return new Response(newsSitemapXml(newsReleases(), env.siteUrl), { headers: xmlHeaders });
}
