import { content } from '@/lib/content';
import { formatDate } from '@/lib/i18n/format';
import { directionOf, isLocale, type Locale } from '@/lib/i18n/locales';
import type { OgCard } from '@/lib/og/card';
import { ogImageResponse } from '@/lib/og/image';
import { parseOgPath, type OgTarget } from '@/lib/routing';

// Drawn on first request, never at build time (the build must scale to tens of thousands of releases).
export const dynamic = 'force-dynamic';

/** The card of a public release translation or brand page; undefined for anything else (drafts, embargoes). */
function cardFor(locale: Locale, target: OgTarget): OgCard | undefined {
  const rtl = directionOf(locale) === 'rtl';
  if (target.kind === 'release') {
    const release = content.getRelease(locale, target.slug);
    return release && { title: release.title, date: formatDate(locale, release.publishedAt, release.timeZone), rtl };
  }
  const page = content.getPage(locale, target.path);
  return page && { title: page.title, rtl };
}

/** /{locale}/og/releases/{slug}.png and /{locale}/og/{page path}.png: 1200×630 Open Graph images. */
export async function GET(_request: Request, { params }: RouteContext<'/[locale]/og/[...path]'>) {
  const { locale, path } = await params;
  const target = parseOgPath(path);
  const card = isLocale(locale) && target ? cardFor(locale, target) : undefined;
  if (!card)
    return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  return ogImageResponse(card);
}
