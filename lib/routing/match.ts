import type { MediaFilter } from '@/lib/content/queries';
import { facetFilter, pageNumber, parseArchiveSegments, type ArchiveQuery } from '@/lib/archive/facets';
import { defaultLocale, isLocale, type Locale } from '@/lib/i18n/locales';
import {
  basketApiActions,
  parseFeedFile,
  parseOgPath,
  parsePressKitFile,
  parseRenditionSegment,
  subscribeResultPaths,
  subscribeTokenPages,
  type FeedFormat,
  type OgTarget,
} from './paths';
import type { Topic } from '@/lib/content/taxonomy';
import type { Rendition } from '@/lib/media/renditions/names';
import { tokenGrantId } from '@/lib/early-access/token-shape';

/**
 * What a path of this site names, from its spelling alone (no content is read): the one answer to "which route is
 * this" for the proxy, the pages, the content check's link rule and the tests. Whether the thing named exists is
 * the second question, answered by routeExists (./exists.ts) from a SiteFacts: the live content on the server,
 * the content files in the check. paths.ts builds every path that this parses.
 */
type LocalizedRoute =
  | { kind: 'home' }
  | { kind: 'archive'; query: ArchiveQuery; canonical: boolean }
  | { kind: 'release'; slug: string }
  | { kind: 'page'; path: string }
  | { kind: 'contacts' }
  | { kind: 'basket' }
  | { kind: 'video-embed'; slug: string; video: string }
  | { kind: 'early-access'; token: string }
  | { kind: 'vcard'; contactId: string }
  | { kind: 'search' }
  | { kind: 'recent-search' }
  | { kind: 'og-image'; target: OgTarget }
  | { kind: 'media-library'; filter: MediaFilter; page: number }
  | { kind: 'press-kit'; slug: string }
  | { kind: 'subscribe'; page?: (typeof subscribeResultPaths)[number] | (typeof subscribeTokenPages)[number] }
  | { kind: 'feed'; topic?: Topic; format: FeedFormat };

export type Route =
  | (LocalizedRoute & { locale: Locale })
  /** A localized path written without its locale: next-intl's negotiation sends the reader to their language. */
  | { kind: 'unprefixed'; target: LocalizedRoute & { locale: Locale } }
  | { kind: 'media-file'; slug: string; file: string }
  | { kind: 'early-file'; token: string; file: string }
  | { kind: 'media-rendition'; slug: string; file: string; rendition: Rendition; version?: string }
  /** next/image's resizer, which serves only images of this site's media route (next.config.ts localPatterns). */
  | { kind: 'image'; source: Route }
  /** Next's hashed build assets (scripts, styles, fonts), made by each build. */
  | { kind: 'build-asset' }
  | { kind: 'search-bundle' }
  | { kind: 'root-file'; name: (typeof rootFiles)[number] }
  | { kind: 'sitemap-chunk'; chunk: number }
  | { kind: 'alerts-api'; action: string }
  | { kind: 'basket-api'; action: (typeof basketApiActions)[number] };

/** Files at the site root: public/, the icons of app/ (scripts/make-logo.tsx) and the metadata routes. */
const rootFiles = [
  'favicon.ico',
  'icon.png',
  'apple-icon.png',
  'logo.png',
  'robots.txt',
  'sitemap.xml',
  'news-sitemap.xml',
] as const;
const isRootFile = (name: string): name is (typeof rootFiles)[number] =>
  (rootFiles as readonly string[]).includes(name);
const alertsActions = ['subscribe', 'confirm', 'preferences', 'data', 'delete', 'unsubscribe'];
/** A slug or file name segment: no separators, no dot segments (the handlers read files by these names). */
const isName = (segment: string | undefined): segment is string =>
  segment !== undefined && segment !== '' && segment !== '.' && segment !== '..';

/** The route a URL path names ("/de/releases/x", decoded or not; query and fragment ignored), or undefined. */
export function matchRoute(url: string): Route | undefined {
  const [pathname = '', query = ''] = url.split('#')[0]?.split('?') ?? [];
  let segments: string[];
  try {
    segments = pathname
      .split('/')
      .filter(Boolean)
      .map((segment) => decodeURIComponent(segment));
  } catch {
    return undefined;
  }
  if (segments.some((segment) => segment.includes('/'))) return undefined;
  const [first, ...rest] = segments;
  if (first === undefined) return { kind: 'unprefixed', target: { kind: 'home', locale: defaultLocale } };
  if (isLocale(first)) {
    const route = matchLocalized(rest);
    return route && { ...route, locale: first };
  }
  return matchGlobal(segments, new URLSearchParams(query));
}

function matchGlobal(segments: string[], query: URLSearchParams): Route | undefined {
  const [first, second, third, fourth, ...rest] = segments;
  if (first === undefined) return undefined;
  if (segments.length === 1 && isRootFile(first)) return { kind: 'root-file', name: first };
  if (first === 'media' && isName(second) && isName(third) && rest.length === 0) {
    if (fourth === undefined) return { kind: 'media-file', slug: second, file: third };
    const rendition = parseRenditionSegment(fourth);
    return rendition && { kind: 'media-rendition', slug: second, file: third, ...rendition };
  }
  if (first === 'early' && segments.length === 3 && tokenGrantId(second) && isName(third))
    return { kind: 'early-file', token: second ?? '', file: third };
  if (first === 'sitemaps' && segments.length === 2) {
    const chunk = /^([1-9]\d{0,5})\.xml$/.exec(second ?? '')?.[1];
    return chunk ? { kind: 'sitemap-chunk', chunk: Number(chunk) } : undefined;
  }
  if (first === 'pagefind' && segments.length <= 3 && segments.slice(1).every((s) => /^[\w.-]+$/.test(s) && isName(s)))
    return { kind: 'search-bundle' };
  if (first === '_next' && second === 'static' && segments.length > 2 && segments.every(isName))
    return { kind: 'build-asset' };
  if (first === '_next' && second === 'image' && segments.length === 2) {
    const source = query.get('url');
    const inner = source?.startsWith('/') && !source.startsWith('//') ? matchRoute(source) : undefined;
    return inner?.kind === 'media-file' ? { kind: 'image', source: inner } : undefined;
  }
  if (first === 'api' && second === 'alerts' && segments.length === 3 && alertsActions.includes(third ?? ''))
    return { kind: 'alerts-api', action: third ?? '' };
  if (first === 'api' && second === 'basket' && segments.length === 3) {
    const action = basketApiActions.find((a) => a === third);
    return action && { kind: 'basket-api', action };
  }
  if (first === 'api' || first === '_next') return undefined;
  // A locale in capitals (/EN/releases) is the same language: the negotiation redirects it to its lower-case URL.
  const capitalized = first.toLowerCase();
  if (isLocale(capitalized)) {
    const target = matchLocalized(segments.slice(1));
    return target && { kind: 'unprefixed', target: { ...target, locale: capitalized } };
  }
  const target = matchLocalized(segments);
  return target && { kind: 'unprefixed', target: { ...target, locale: defaultLocale } };
}

function matchLocalized(segments: string[]): LocalizedRoute | undefined {
  const [first, second, third, fourth, fifth, ...rest] = segments;
  const only = (n: number) => segments.length === n;
  switch (first) {
    case undefined:
      return { kind: 'home' };
    case 'releases': {
      const archive = parseArchiveSegments(segments.slice(1));
      if (archive) return { kind: 'archive', ...archive };
      return only(2) && isName(second) ? { kind: 'release', slug: second } : undefined;
    }
    case 'contacts':
      if (only(1)) return { kind: 'contacts' };
      return only(2) && second?.endsWith('.vcf') && isName(second.slice(0, -4))
        ? { kind: 'vcard', contactId: second.slice(0, -4) }
        : undefined;
    case 'basket':
      return only(1) ? { kind: 'basket' } : undefined;
    case 'embed':
      return only(3) && isName(second) && isName(third) && /^[a-z0-9][a-z0-9._-]*$/.test(third)
        ? { kind: 'video-embed', slug: second, video: third }
        : undefined;
    case 'early':
      return only(2) && tokenGrantId(second) ? { kind: 'early-access', token: second ?? '' } : undefined;
    case 'search':
      if (only(1)) return { kind: 'search' };
      return only(2) && second === 'recent.json' ? { kind: 'recent-search' } : undefined;
    case 'og': {
      const target = parseOgPath(segments.slice(1));
      return target && { kind: 'og-image', target };
    }
    case 'media': {
      // /media, /media/page/{n}, /media/{topic|model}/{value}(/page/{n}).
      if (only(1)) return { kind: 'media-library', filter: {}, page: 1 };
      if (second === 'page') {
        const page = only(3) ? pageNumber(third) : undefined;
        return page ? { kind: 'media-library', filter: {}, page } : undefined;
      }
      const filter =
        (second === 'topic' || second === 'model') && third !== undefined ? facetFilter(second, third) : undefined;
      if (!filter) return undefined;
      if (fourth === undefined) return { kind: 'media-library', filter, page: 1 };
      const page = fourth === 'page' && rest.length === 0 ? pageNumber(fifth) : undefined;
      return page ? { kind: 'media-library', filter, page } : undefined;
    }
    case 'press-kits': {
      const slug = only(2) && second !== undefined ? parsePressKitFile(second) : undefined;
      return slug ? { kind: 'press-kit', slug } : undefined;
    }
    case 'subscribe': {
      if (only(1)) return { kind: 'subscribe' };
      const page = [...subscribeResultPaths, ...subscribeTokenPages].find((p) => p === second);
      return only(2) && page ? { kind: 'subscribe', page } : undefined;
    }
    case 'feeds': {
      const feed = only(2) && second !== undefined ? parseFeedFile(second) : undefined;
      return feed && { kind: 'feed', ...feed };
    }
    default:
      // Brand pages: any other path of lowercase words ("about", "about/history").
      return segments.every((segment) => /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(segment))
        ? { kind: 'page', path: segments.join('/') }
        : undefined;
  }
}
