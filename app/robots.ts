import type { MetadataRoute } from 'next';
import { env } from '@/lib/env';
import { newsSitemapPath, sitemapPath } from '@/lib/routing';

/** robots.txt: everything may be crawled (a preview build, which shows drafts, nothing); both sitemaps, absolute. */
export default function robots(): MetadataRoute.Robots {
  if (env.preview) return { rules: { userAgent: '*', disallow: '/' } };
  return {
    rules: { userAgent: '*', allow: '/' },
    sitemap: [`${env.siteUrl}${sitemapPath}`, `${env.siteUrl}${newsSitemapPath}`],
  };
}
