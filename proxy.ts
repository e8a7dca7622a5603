import { NextResponse, type NextRequest } from 'next/server';
import createMiddleware from 'next-intl/middleware';
import { defaultLocale, isLocale, type Locale } from './lib/i18n/locales';
import { routing } from './lib/i18n/routing';
import { isRootFile, routeExists } from './lib/routes';

const negotiateLocale = createMiddleware(routing);

/**
 * 1. Un-prefixed paths get a locale: cookie, then Accept-Language, then English (next-intl).
 * 2. Localized paths that name nothing public are answered with the localized 404 page and status 404.
 */
export default function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  // Route handlers under /api answer for themselves: no locale prefix, no 404 page.
  if (pathname.startsWith('/api/')) return NextResponse.next();
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
  return NextResponse.rewrite(new URL(`/${locale}/404`, request.url), { status: 404 });
}

export const config = {
  // Everything but Next's own assets and the media route (which checks its ids itself).
  matcher: ['/((?!_next/|media/).*)'],
};
