import { content } from '@/lib/content';
import type { Locale } from '@/lib/i18n/locales';
import { archiveExists, parseFacet } from './facet-values';
import { parseArchiveSegments } from './facets';
import { archivePath, parseFeedFile, parseOgPath, parsePressKitFile, subscribeResultPaths, subscribeTokenPages } from './urls';

/**
 * Whether a localized path names something that exists and is public right now. The proxy asks this before
 * rendering, so every unknown URL gets the localized 404 page with a 404 status and full HTML (a notFound()
 * thrown while rendering on demand only reaches the browser as a client-side payload: vercel/next.js#62228).
 */
export function routeExists(locale: Locale, segments: readonly string[]): boolean {
  const [first, second, third, fourth, fifth, ...rest] = segments;
  if (first === undefined) return true;
  if (first === 'contacts') {
    if (second === undefined) return true;
    return segments.length === 2 && second.endsWith('.vcf') && content.listContacts().some((c) => `${c.id}.vcf` === second);
  }
  if (first === 'search') return segments.length === 1 || (segments.length === 2 && second === 'recent.json');
  if (first === 'og') {
    const target = parseOgPath(segments.slice(1));
    if (!target) return false;
    return target.kind === 'release' ? content.getRelease(locale, target.slug) !== undefined : content.getPage(locale, target.path) !== undefined;
  }
  if (first === 'media') {
    // The media library: /media, /media/page/{n}, /media/{topic|model}/{value}(/page/{n}).
    const pages = (filter: Parameters<typeof content.listMediaImages>[1]) => content.listMediaImages(locale, filter).pageCount;
    if (second === undefined) return true;
    if (second === 'page') return segments.length === 3 && isLaterPage(third, pages({}));
    const filter = (second === 'topic' || second === 'model') && third !== undefined ? parseFacet(second, third) : undefined;
    if (!filter) return false;
    return fourth === undefined || (fourth === 'page' && rest.length === 0 && isLaterPage(fifth, pages(filter)));
  }
  if (first === 'press-kits') {
    const slug = segments.length === 2 && second !== undefined ? parsePressKitFile(second) : undefined;
    return slug !== undefined && content.getRelease(locale, slug) !== undefined;
  }
  if (first === 'subscribe') return second === undefined || (segments.length === 2 && isSubscribePage(second));
  if (first === 'feeds') return segments.length === 2 && second !== undefined && parseFeedFile(second) !== undefined;
  if (first === 'releases') {
    // The archive and its filters (lib/facets.ts), else a release by its slug (shown in English where this
    // language lacks it) or a former slug.
    const archive = parseArchiveSegments(segments.slice(1));
    if (archive) return archive.canonical && archiveExists(locale, archive.query);
    if (segments.length !== 2 || second === undefined) return false;
    return Boolean(content.getReleaseListing(locale, second) ?? content.currentSlug(second));
  }
  // Brand pages exist in every language that has them or English (lib/content: getPageListing).
  return content.getPageListing(locale, segments.join('/')) !== undefined;
}

/**
 * Where a localized path that routeExists refuses lives under its one canonical spelling: an archive filter written
 * in another order (/releases/year/2025/topic/products → /releases/topic/products/year/2025). Undefined otherwise.
 */
export function canonicalRoute(locale: Locale, segments: readonly string[]): string | undefined {
  const archive = segments[0] === 'releases' ? parseArchiveSegments(segments.slice(1)) : undefined;
  if (!archive || archive.canonical || !archiveExists(locale, archive.query)) return undefined;
  return archivePath(locale, archive.query.filter, archive.query.page);
}

/** Files served at the site root by Next (public/ and metadata routes); anything else with a dot there is a 404. */
const rootFiles = new Set(['/icon.svg', '/logo.png', '/robots.txt', '/sitemap.xml', '/news-sitemap.xml']);
/** The search bundle that scripts/search-index.ts writes to public/pagefind/ (index fragments, wasm, pagefind.js). */
const searchBundle = /^\/pagefind\/[\w.-]+(\/[\w.-]+)?$/;
/** Chunks of a sitemap too large for one file (/sitemap.xml is then their index). */
const sitemapChunk = /^\/sitemaps\/[1-9]\d{0,5}\.xml$/;
export const isRootFile = (pathname: string) => rootFiles.has(pathname) || searchBundle.test(pathname) || sitemapChunk.test(pathname);

/** A `/page/{n}` value of 2 or more (page 1 has its own URL) within the page count. */
const isLaterPage = (value: string | undefined, pageCount: number) =>
  value !== undefined && /^[1-9]\d{0,5}$/.test(value) && value !== '1' && Number(value) <= pageCount;

/** The alerts' pages below /subscribe (the token pages check their token themselves and explain a bad one). */
const isSubscribePage = (segment: string) => [...subscribeResultPaths, ...subscribeTokenPages].some((page) => page === segment);
