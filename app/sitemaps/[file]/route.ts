import { sitemapChunks, xmlHeaders } from '@/lib/seo/discovery';
import { urlsetXml } from '@/lib/seo/sitemap';

export const revalidate = 60;

/** /sitemaps/{n}.xml: the n-th file of at most 10,000 URLs (/sitemap.xml is their index when there is more than one). */
export async function GET(_request: Request, { params }: RouteContext<'/sitemaps/[file]'>) {
  const { file } = await params;
  const n = /^[1-9]\d{0,5}\.xml$/.test(file) ? Number(file.slice(0, -4)) : 0;
  const chunk = sitemapChunks()[n - 1];
  if (!chunk)
    return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  return new Response(urlsetXml(chunk), { headers: xmlHeaders });
}
