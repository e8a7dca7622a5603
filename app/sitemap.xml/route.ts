import { sitemapChunks, xmlHeaders } from '@/lib/seo/discovery';
import { env } from '@/lib/env';
import { newestChange, sitemapIndexXml, urlsetXml } from '@/lib/seo/sitemap';
import { sitemapChunkPath } from '@/lib/routing';

// Embargoes lift within a minute: regenerated at most every 60 seconds.
export const revalidate = 60;

/** /sitemap.xml: every public URL; past 10,000 URLs, the index of /sitemaps/{n}.xml instead. */
export function GET() {
  const chunks = sitemapChunks();
  const [only] = chunks;
  const body =
    chunks.length === 1 && only
      ? urlsetXml(only)
      : sitemapIndexXml(
          chunks.map((chunk, i) => ({
            url: `${env.siteUrl}${sitemapChunkPath(i + 1)}`,
            lastModified: newestChange(chunk),
          })),
        );
  return new Response(body, { headers: xmlHeaders });
}
