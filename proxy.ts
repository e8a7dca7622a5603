import { NextResponse, type NextRequest } from 'next/server';
import createMiddleware from 'next-intl/middleware';
import { defaultLocale, isLocale, type Locale } from './lib/i18n/locales';
import { routing } from './lib/i18n/routing';
import { isRootFile, routeExists } from './lib/routes';

const negotiateLocale = createMiddleware(routing);

/**
 * 1. Un-prefixed paths get a locale: cookie, then Accept-Language, then English (next-intl).
 * 2. Localized paths that name nothing public are answered with the localized 404 page and status 404.
 * 3. Pages, feeds and files are read-only: any method but GET and HEAD is a 405.
 */
export default function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  // Route handlers under /api answer for themselves: no locale prefix, no 404 page.
  if (pathname.startsWith('/api/')) return NextResponse.next();
  // Everything else is read-only (forms post to /api): other methods get 405 instead of the page.
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return new NextResponse('Method not allowed', { status: 405, headers: { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' } });
  }
  const [, locale, ...rest] = pathname.split('/');
  if (!isLocale(locale) && isRootFile(pathname)) return NextResponse.next();
  // Files under a locale (feeds, vCards, press kits) need no negotiation, cookie or Link header: only the 404 check.
  const isFile = isLocale(locale) && /\.[a-z0-9]+$/.test(pathname);
  const response = isFile ? NextResponse.next() : negotiateLocale(request);
  if (response.headers.has('location')) return response;
  if (!isLocale(locale)) return notFound(defaultLocale, request);
  let segments: string[];
  try {
    segments = rest.filter(Boolean).map((segment) => decodeURIComponent(segment));
  } catch {
    segments = ['404'];
  }
  return routeExists(locale, segments) ? response : notFound(locale, request);
}

function notFound(locale: Locale, request: NextRequest) {
  // From nextUrl, not request.url: the rewrite must address this server however it is bound, not the Host header.
  const target = request.nextUrl.clone();
  target.pathname = `/${locale}/404`;
  target.search = '';
  return NextResponse.rewrite(target, { status: 404 });
}

export const config = {
  // Everything but Next's own assets and the media route (which checks its ids itself).
  matcher: ['/((?!_next/|media/).*)'],
};
