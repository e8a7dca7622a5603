import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { defaultLocale, locales, type Locale } from '@/lib/i18n/locales';
import { canonicalPath, matchRoute, routeExists, type SiteFacts } from '@/lib/routing';
import { releaseFileName } from '../file-names';
import { mediaCount, type MediaFilter, type ReleaseFilter } from '../queries';
import type { ReleaseFrontmatter } from '../schema';
import { releaseFolderPattern } from '../taxonomy';
import type { ContentScan, SourceFile } from './validate';

/**
 * The route map's facts (lib/routing) read from the content files, before any build: what the files of a pull
 * request will publish. Every release counts, embargoed or not, since a link is written for the day it is read.
 * The check's link rule asks the same routeExists as the server, so the two cannot disagree about a URL.
 */
export type LinkFacts = SiteFacts & {
  /** Paths a reader of `locale` can open, to suggest when a link is broken. */
  candidates: (locale: Locale) => string[];
  /** Locales a brand page is written in. */
  pageLocales: (path: string) => Locale[];
};

type ReleaseFiles = { versions: Map<Locale, ReleaseFrontmatter>; files: string[] };

const matches = (release: ReleaseFrontmatter, filter: ReleaseFilter) =>
  (!filter.topic || release.topics.includes(filter.topic)) &&
  (!filter.model || release.models.includes(filter.model)) &&
  (!filter.year || Number(release.publishedAt.slice(0, 4)) === filter.year);

export function linkFacts(scan: ContentScan, root: string, parsed: ReadonlyMap<SourceFile, ReleaseFrontmatter>): LinkFacts {
  const list = (dir: string) => (existsSync(dir) ? readdirSync(dir) : []);
  const releases = new Map<string, ReleaseFiles>();
  const folderYears = new Set<number>();
  for (const folder of list(path.join(root, 'releases'))) {
    const match = folder.match(releaseFolderPattern);
    if (!match?.[1] || !match[2]) continue;
    releases.set(match[2], { versions: new Map(), files: list(path.join(root, 'releases', folder)) });
    folderYears.add(Number(match[1].slice(0, 4)));
  }
  for (const [source, release] of parsed) {
    const slug = source.file.split('/')[2]?.match(releaseFolderPattern)?.[2];
    if (slug) releases.get(slug)?.versions.set(source.locale, release);
  }
  const pages = new Map<string, Set<Locale>>();
  for (const source of scan.sources) {
    const page = source.file.match(/^content\/pages\/(.+)\/[^/]+$/)?.[1];
    if (page) pages.set(page, (pages.get(page) ?? new Set()).add(source.locale));
  }
  const contactIds = new Set(list(path.join(root, 'contacts')).filter((name) => name.endsWith('.yaml')).map((name) => name.slice(0, -5)));
  const formerSlugs = new Set([...parsed.values()].flatMap((release) => release.formerSlugs));
  const years = [...new Set([...folderYears, ...[...parsed.values()].map((r) => Number(r.publishedAt.slice(0, 4)))])];

  const has = (locale: Locale, slug: string) => releases.get(slug)?.files.includes(releaseFileName(locale)) === true;
  /** The version of each release a reader of `locale` gets: theirs, else the English one. */
  const listed = (locale: Locale) => [...releases.values()].flatMap(({ versions }) => versions.get(locale) ?? versions.get(defaultLocale) ?? []);
  const named = (release: ReleaseFrontmatter) => [
    release.hero.file,
    ...release.gallery.map((g) => g.file),
    ...release.attachments.map((a) => a.file),
    ...release.videos.flatMap((v) => [v.file, v.small, v.poster, v.captions]),
  ];

  return {
    releaseListed: (locale, slug) => has(locale, slug) || has(defaultLocale, slug),
    releaseIn: has,
    formerSlug: (slug) => formerSlugs.has(slug),
    pageListed: (locale, page) => pages.get(page)?.has(locale) === true || pages.get(page)?.has(defaultLocale) === true,
    pageIn: (locale, page) => pages.get(page)?.has(locale) === true,
    contact: (id) => contactIds.has(id),
    years: () => years,
    releaseCount: (locale, filter) => listed(locale).filter((release) => matches(release, filter)).length,
    mediaCount: (locale, filter: MediaFilter) => listed(locale).filter((release) => matches(release, filter)).reduce((sum, release) => sum + mediaCount(release), 0),
    releaseFile: (slug, file) => [...(releases.get(slug)?.versions.values() ?? [])].some((release) => named(release).includes(file)),
    candidates: (locale) => [
      `/${locale}/releases`,
      ...[...releases.keys()].map((slug) => `/${locale}/releases/${slug}`),
      ...[...pages].filter(([, where]) => where.has(locale)).map(([page]) => `/${locale}/${page}`),
      `/${locale}/contacts`,
    ],
    pageLocales: (page) => locales.filter((locale) => pages.get(page)?.has(locale)),
  };
}

/** What is wrong with a path of this site written in a link, in plain words, or undefined when it works. */
export function sitePathProblem(facts: LinkFacts, url: string): string | undefined {
  const route = matchRoute(url);
  if (route && routeExists(facts, route)) return undefined;
  const pathname = url.replace(/[?#].*$/, '').replace(/(.)\/$/, '$1');
  const canonical = route && canonicalPath(facts, route);
  if (canonical) return `writes the filters in another order than the site. Did you mean ${canonical}?`;
  if (route?.kind === 'page' && facts.pageLocales(route.path).length) {
    return `links to a page that does not exist in this language; it exists in ${facts.pageLocales(route.path).join(', ')}`;
  }
  const locale = route && 'locale' in route ? route.locale : defaultLocale;
  const nearby = nearbyPaths(facts.candidates(locale), pathname);
  return `links to a page that does not exist${nearby.length ? `. Did you mean ${nearby.join(' or ')}?` : ''}`;
}

/** Existing paths that look like the broken one: the closest by spelling, else its siblings. */
function nearbyPaths(candidates: string[], pathname: string): string[] {
  const ranked = candidates.map((candidate) => ({ candidate, distance: distance(candidate, pathname) })).sort((a, b) => a.distance - b.distance);
  const close = ranked.filter((r) => r.distance <= Math.max(3, Math.floor(pathname.length / 4))).slice(0, 3);
  if (close.length) return close.map((r) => r.candidate);
  const parent = pathname.replace(/\/[^/]*\/?$/, '/');
  return candidates.filter((c) => c.startsWith(parent) && c !== parent.slice(0, -1)).slice(0, 5);
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
