import { content } from '@/lib/content';
import { defaultLocale, type Locale } from '@/lib/i18n/locales';
import { isFacet, parseFacet } from './facets';
import { parseFeedFile } from './urls';

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
  if (first === 'search') return segments.length === 1;
  if (first === 'feeds') return segments.length === 2 && second !== undefined && parseFeedFile(second) !== undefined;
  if (first === 'releases') {
    if (second === undefined) return true;
    if (second === 'page') return segments.length === 3 && pageExists(locale, {}, third);
    if (isFacet(second)) {
      const filter = third === undefined ? undefined : parseFacet(second, third);
      if (!filter) return false;
      if (fourth === undefined) return true;
      return fourth === 'page' && rest.length === 0 && pageExists(locale, filter, fifth);
    }
    if (segments.length !== 2) return false;
    return Boolean(content.getRelease(locale, second) ?? content.getRelease(defaultLocale, second) ?? content.currentSlug(second));
  }
  return content.getPage(locale, segments.join('/')) !== undefined;
}

/** Files served at the site root by Next (public/ and metadata routes); anything else with a dot there is a 404. */
const rootFiles = new Set(['/icon.svg', '/robots.txt', '/sitemap.xml']);
/** The search bundle that scripts/search-index.ts writes to public/pagefind/ (index fragments, wasm, pagefind.js). */
const searchBundle = /^\/pagefind\/[\w.-]+(\/[\w.-]+)?$/;
export const isRootFile = (pathname: string) => rootFiles.has(pathname) || searchBundle.test(pathname);

function pageExists(locale: Locale, filter: Parameters<typeof content.listReleases>[1], value: string | undefined): boolean {
  if (value === undefined || !/^[1-9]\d{0,5}$/.test(value) || value === '1') return false;
  return Number(value) <= content.listReleases(locale, filter).pageCount;
}
