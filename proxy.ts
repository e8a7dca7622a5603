import { NextResponse, type NextRequest } from 'next/server';
import createMiddleware from 'next-intl/middleware';
import { defaultLocale, isLocale, type Locale } from './lib/i18n/locales';
import { routing } from './lib/i18n/routing';
import { env } from './lib/env';
import { canonicalPath, matchRoute, routeExists } from './lib/routing';
import { liveFacts } from './lib/routing/live';
import { noticeRequestHost } from './lib/routing/site-url';

const negotiateLocale = createMiddleware(routing);

/**
 * 1. Un-prefixed paths get a locale: cookie, then Accept-Language, then English (next-intl's negotiation).
 * 2. Localized paths that name nothing public are answered with the localized 404 page and status 404, unless
 *    they name it in another spelling (archive filters in another order): those redirect permanently.
 * 3. Pages, feeds and files are read-only: any method but GET and HEAD is a 405.
 * 4. Reading a page remembers its language in the NEXT_LOCALE cookie, which step 1 reads.
 * 5. A request for another host than SITE_URL names is logged once: the site's links would send readers there.
 *
 * This runs before every page request, so a localized path (nearly all traffic) takes the short way: one route
 * lookup and at most one cookie header, without next-intl's middleware (its negotiation, rewrites and Link header
 * are only needed for the un-prefixed paths; pages carry their hreflang alternates in the HTML).
 */
export default function proxy(request: NextRequest) {
  noticeRequestHost(env.siteUrl, request.headers.get('x-forwarded-host') ?? request.headers.get('host'));
  const { pathname } = request.nextUrl;
  // Route handlers under /api answer for themselves: no locale prefix, no 404 page.
  if (pathname.startsWith('/api/')) return NextResponse.next();
  // Everything else is read-only (forms post to /api): other methods get 405 instead of the page.
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return new NextResponse('Method not allowed', {
      status: 405,
      headers: { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' },
    });
  }
  const route = matchRoute(pathname);
  if (route?.kind === 'unprefixed') {
    const response = negotiateLocale(request);
    return response.headers.has('location') ? response : notFound(defaultLocale, request);
  }
  if (!route) {
    const prefix = pathname.split('/')[1];
    return notFound(isLocale(prefix) ? prefix : defaultLocale, request);
  }
  if (!('locale' in route))
    return routeExists(liveFacts, route) ? NextResponse.next() : notFound(defaultLocale, request);
  const { locale } = route;
  if (!routeExists(liveFacts, route)) {
    const canonical = canonicalPath(liveFacts, route);
    return canonical ? redirectTo(canonical, request) : notFound(locale, request);
  }
  const response = NextResponse.next();
  if (remembersLocale(request, pathname, locale))
    response.headers.set('Set-Cookie', `${localeCookie}=${locale}; Path=/; SameSite=lax`);
  return response;
}

const localeCookie = 'NEXT_LOCALE';

/**
 * A page opened as a document (not a file such as a feed, not a prefetch) in another language than the cookie
 * names. deploy/nginx/newsroom.conf applies the same rule at the front, which keeps cookies out of its cache.
 */
function remembersLocale(request: NextRequest, pathname: string, locale: Locale): boolean {
  if (/\.[a-z0-9]+$/.test(pathname)) return false;
  const destination = request.headers.get('sec-fetch-dest');
  if (destination !== null && destination !== 'document') return false;
  return request.cookies.get(localeCookie)?.value !== locale;
}

/** A permanent redirect within this site, query kept (Next writes a same-origin Location root-relative). */
function redirectTo(pathname: string, request: NextRequest) {
  const target = request.nextUrl.clone();
  target.pathname = pathname;
  return NextResponse.redirect(target, 308);
}

function notFound(locale: Locale, request: NextRequest) {
  // From nextUrl, not request.url: the rewrite must address this server however it is bound, not the Host header.
  const target = request.nextUrl.clone();
  target.pathname = `/${locale}/404`;
  target.search = '';
  return NextResponse.rewrite(target, { status: 404 });
}

export const config = {
  // Everything but Next's own assets, the media route (which checks its ids itself) and the web editor (a static
  // page in public/admin/, with no locale).
  matcher: ['/((?!_next/|media/|admin/|admin$).*)'],
};
