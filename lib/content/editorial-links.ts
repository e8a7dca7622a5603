import { activeFacets, parseArchiveSegments, type ArchiveQuery } from '@/lib/facets';
import { defaultLocale, isLocale, locales, type Locale } from '@/lib/i18n/locales';
import { archivePath, parseFeedFile } from '@/lib/urls';
import { PAGE_SIZE } from './queries';

/**
 * What the site will answer, derived from the content files alone (the check runs before any build), so that a
 * Markdown link to a release or page that does not exist is caught with a suggestion of what does.
 */
export type SiteIndex = {
  /** Current slug → the files in its folder, and its topics, models and year in any of its languages. */
  releases: Map<string, { files: string[]; facets: { topic: Set<string>; model: Set<string>; year: Set<string> } }>;
  formerSlugs: Set<string>;
  /** Page path ("about/history") → locales it is written in. */
  pages: Map<string, Set<string>>;
  years: Set<string>;
  contactIds: Set<string>;
};

/** Sections of the URL map (DESIGN.md) that exist without content of their own. */
const sections = new Set(['contacts', 'media', 'search', 'subscribe']);
const rootFiles = new Set(['robots.txt', 'sitemap.xml', 'icon.svg']);

/**
 * The archive's rule of lib/routes.ts over the content files: a single filter exists for every topic and model and
 * each year with releases; filters combined only when some release matches them all; pages within the count.
 */
function archiveExists(site: SiteIndex, { filter, page }: ArchiveQuery): boolean {
  const active = activeFacets(filter);
  if (filter.year !== undefined && !site.years.has(String(filter.year))) return false;
  const matching = [...site.releases.values()].filter((r) => active.every(([facet, value]) => r.facets[facet].has(value))).length;
  if (active.length > 1 && matching === 0) return false;
  return page === 1 || (page - 1) * PAGE_SIZE < matching;
}

/** Whether a site path ("/de/releases/x", query and fragment removed) names something that exists. */
export function pathExists(site: SiteIndex, pathname: string): boolean {
  const segments = pathname.split('/').filter(Boolean);
  if (segments.length === 0) return true;
  if (segments.length === 1 && rootFiles.has(segments[0] ?? '')) return true;
  if (segments[0] === 'media') return site.releases.get(segments[1] ?? '')?.files.includes(segments[2] ?? '') === true && segments.length === 3;
  // Un-prefixed paths are redirected to the reader's language, so they must exist in English at least.
  const [locale, first, second, third] = isLocale(segments[0]) ? segments : [defaultLocale, ...segments];
  if (first === undefined) return true;
  if (first === 'releases') {
    const archive = parseArchiveSegments(segments.slice(isLocale(segments[0]) ? 2 : 1));
    if (archive) return archive.canonical && archiveExists(site, archive.query);
    return second !== undefined && third === undefined && (site.releases.has(second) || site.formerSlugs.has(second));
  }
  if (first === 'contacts' && second?.endsWith('.vcf')) return third === undefined && site.contactIds.has(second.slice(0, -4));
  if (first === 'feeds') return second !== undefined && third === undefined && parseFeedFile(second) !== undefined;
  if (sections.has(first) && second === undefined) return true;
  // A brand page exists in every language when it exists in English (an untranslated one shows the English page).
  const languages = site.pages.get(segments.slice(isLocale(segments[0]) ? 1 : 0).join('/'));
  return languages?.has(locale ?? defaultLocale) === true || languages?.has(defaultLocale) === true;
}

/** Existing paths that look like the broken one: the closest by spelling, else its siblings. */
export function nearbyPaths(site: SiteIndex, pathname: string): string[] {
  const segments = pathname.split('/').filter(Boolean);
  const locale: Locale = isLocale(segments[0]) ? segments[0] : defaultLocale;
  const [first, ...after] = segments.slice(isLocale(segments[0]) ? 1 : 0);
  const archive = first === 'releases' ? parseArchiveSegments(after) : undefined;
  if (archive && !archive.canonical && archiveExists(site, archive.query)) return [archivePath(locale, archive.query.filter, archive.query.page)];
  const candidates = [
    `/${locale}/releases`,
    ...[...site.releases.keys()].map((slug) => `/${locale}/releases/${slug}`),
    ...[...site.pages].filter(([, where]) => where.has(locale)).map(([page]) => `/${locale}/${page}`),
    `/${locale}/contacts`,
  ];
  const ranked = candidates.map((candidate) => ({ candidate, distance: distance(candidate, pathname) })).sort((a, b) => a.distance - b.distance);
  const close = ranked.filter((r) => r.distance <= Math.max(3, Math.floor(pathname.length / 4))).slice(0, 3);
  if (close.length) return close.map((r) => r.candidate);
  const parent = pathname.replace(/\/[^/]*\/?$/, '/');
  return candidates.filter((c) => c.startsWith(parent) && c !== parent.slice(0, -1)).slice(0, 5);
}

/** Where else a page path exists, when it is missing only in the linked language. */
export function otherLanguages(site: SiteIndex, pathname: string): string[] {
  const segments = pathname.split('/').filter(Boolean);
  if (!isLocale(segments[0])) return [];
  const where = site.pages.get(segments.slice(1).join('/'));
  return where ? locales.filter((l) => where.has(l)) : [];
}

/** Levenshtein distance, small strings only. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
