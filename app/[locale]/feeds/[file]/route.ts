import { feedContentType, releaseFeed, renderFeed } from '@/lib/feeds/feed';
import { isLocale } from '@/lib/i18n/locales';
import { parseFeedFile } from '@/lib/routing';

// Embargoes lift within a minute: the feeds are regenerated at most every 60 seconds.
export const revalidate = 60;

/** /{locale}/feeds/{releases|topic}.{rss|atom|json}: the locale's public releases as RSS 2.0, Atom or JSON Feed. */
export async function GET(_request: Request, { params }: RouteContext<'/[locale]/feeds/[file]'>) {
  const { locale, file } = await params;
  const parsed = parseFeedFile(file);
  if (!isLocale(locale) || !parsed) {
    return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  }
  const feed = await releaseFeed(locale, parsed.topic);
  return new Response(renderFeed(feed, parsed.format, locale), {
    headers: {
      'Content-Type': feedContentType[parsed.format],
      'Cache-Control': 'public, max-age=0, s-maxage=60, stale-while-revalidate=300',
    },
  });
}
