import type { Locale } from '@/lib/i18n/locales';
import type { ReleaseFilter } from '@/lib/content/queries';
import { topics, type Topic } from '@/lib/content/taxonomy';
import { activeFacets } from '@/lib/archive/facets';
import { renditions, type Rendition } from '@/lib/media/renditions/names';

/**
 * Every public path of the newsroom is built here, so the site's URL map lives in one file (match.ts parses the same spellings back). Paths carry the
 * locale prefix and no trailing slash.
 */
export const homePath = (locale: Locale) => `/${locale}`;

/** A page's path in each of the given locales: the alternates of the language switcher and of hreflang. */
export function pathsIn(
  available: readonly Locale[],
  pathFor: (locale: Locale) => string,
): Partial<Record<Locale, string>> {
  return Object.fromEntries(available.map((locale) => [locale, pathFor(locale)]));
}
export const releasePath = (locale: Locale, slug: string) => `/${locale}/releases/${slug}`;
export const pagePath = (locale: Locale, path: string) => `/${locale}/${path}`;
export const contactsPath = (locale: Locale) => `/${locale}/contacts`;
export const searchPath = (locale: Locale) => `/${locale}/search`;
/** Releases lifted since the search index was built (app/[locale]/search/recent.json). */
export const recentSearchPath = (locale: Locale) => `/${locale}/search/recent.json`;
export const vcardPath = (locale: Locale, contactId: string) => `/${locale}/contacts/${contactId}.vcf`;

/** The public URL of a release's file, answered by pages/api/downloads/media (lib/media/downloads.ts) behind the public gate. */
export const mediaPath = (slug: string, file: string) => `/media/${slug}/${file}`;
/** The name a downloaded original is saved under: says whose it is, unlike "hero.jpg". */
export const mediaDownloadName = (slug: string, file: string) => `smart-${slug}-${file}`;

/** The media library: all images of public releases, filtered by topic or model, paged like the archive. */
export function mediaLibraryPath(
  locale: Locale,
  filter: Pick<ReleaseFilter, 'topic' | 'model'> = {},
  page = 1,
): string {
  const facet = filter.topic ? `/topic/${filter.topic}` : filter.model ? `/model/${filter.model}` : '';
  return `/${locale}/media${facet}${page > 1 ? `/page/${page}` : ''}`;
}

/** A release's press kit (ZIP) in one locale, answered by pages/api/downloads/press-kits behind the public gate. */
export const pressKitPath = (locale: Locale, slug: string) => `/${locale}/press-kits/${slug}.zip`;
export const pressKitFileName = (locale: Locale, slug: string) => `smart-${slug}-${locale}.zip`;
/** The slug a press-kit file name such as "first-half-2025.zip" stands for, or undefined. */
export const parsePressKitFile = (file: string) => /^([a-z0-9]+(?:-[a-z0-9]+)*)\.zip$/.exec(file)?.[1];

/** A rendition's immutable URL: `version` is a hash of the bytes sent, so a corrected credit gets a new URL. */
export const renditionPath = (slug: string, file: string, rendition: Rendition, version: string) =>
  `/media/${slug}/${file}/${rendition}.${version}.jpg`;
/** A rendition's stable name, which redirects to its current version (and keeps the older crop URLs working). */
export const renditionLatestPath = (slug: string, file: string, rendition: Rendition) =>
  `/media/${slug}/${file}/${rendition}`;
export const renditionDownloadName = (slug: string, file: string, rendition: Rendition) =>
  `smart-${slug}-${file.replace(/\.[a-z]+$/, '')}-${rendition}.jpg`;

/** The rendition and version a last media path segment names ("web", "1x1.0123456789.jpg"), or undefined. */
export function parseRenditionSegment(segment: string): { rendition: Rendition; version?: string } | undefined {
  const match = /^([a-z0-9]+)(?:\.([0-9a-f]{10})\.jpg)?$/.exec(segment);
  const rendition = renditions.find((r) => r === match?.[1]);
  if (!rendition) return undefined;
  return match?.[2] ? { rendition, version: match[2] } : { rendition };
}

/** Open Graph images (app/[locale]/og/[...path]): one per release translation and one per brand page. */
export const releaseOgImagePath = (locale: Locale, slug: string) => `/${locale}/og/releases/${slug}.png`;
export const pageOgImagePath = (locale: Locale, path: string) => `/${locale}/og/${path}.png`;
export type OgTarget = { kind: 'release'; slug: string } | { kind: 'page'; path: string };

/** What the segments after `/{locale}/og/` name, e.g. ["releases", "x.png"] or ["about", "history.png"]. */
export function parseOgPath(segments: readonly string[]): OgTarget | undefined {
  const last = segments.at(-1);
  if (!last?.endsWith('.png') || segments.some((s) => s === '' || s.includes('/'))) return undefined;
  const parts = [...segments.slice(0, -1), last.slice(0, -'.png'.length)];
  if (parts.some((s) => s === '')) return undefined;
  if (parts[0] === 'releases') return parts.length === 2 && parts[1] ? { kind: 'release', slug: parts[1] } : undefined;
  return { kind: 'page', path: parts.join('/') };
}

/** Discovery files at the site root: the sitemap (or its index), its chunks and the Google News sitemap. */
export const sitemapPath = '/sitemap.xml';
export const sitemapChunkPath = (n: number) => `/sitemaps/${n}.xml`;
export const newsSitemapPath = '/news-sitemap.xml';

/** Feeds: every locale has one per format for all releases and one per topic. */
const feedFormats = ['rss', 'atom', 'json'] as const;
export type FeedFormat = (typeof feedFormats)[number];
export const feedPath = (locale: Locale, format: FeedFormat, topic?: Topic) =>
  `/${locale}/feeds/${topic ?? 'releases'}.${format}`;

/** The scope and format of a feed file name such as "partnerships.atom", or undefined. */
export function parseFeedFile(file: string): { topic?: Topic; format: FeedFormat } | undefined {
  const match = file.match(/^([a-z-]+)\.(rss|atom|json)$/);
  const scope = match?.[1];
  const format = feedFormats.find((f) => f === match?.[2]);
  if (!scope || !format) return undefined;
  if (scope === 'releases') return { format };
  const topic = topics.find((t) => t === scope);
  return topic ? { topic, format } : undefined;
}

/** The archive, filtered by any of its facets in their one URL order (lib/archive/facets.ts parses what this builds). */
export function archivePath(locale: Locale, filter: ReleaseFilter = {}, page = 1): string {
  const facets = activeFacets(filter).map(([facet, value]) => `/${facet}/${value}`);
  return `/${locale}/releases${facets.join('')}${page > 1 ? `/page/${page}` : ''}`;
}

/** A release video's player alone, the one page other sites may frame (the embed code on the release page). */
export const embedPath = (locale: Locale, slug: string, video: string) => `/${locale}/embed/${slug}/${video}`;

/**
 * Early access (lib/early-access/): the release page a personal link opens, and the files it serves through the
 * same token: a release's file by its name, or the press kit of one translation. Never linked from a public page.
 */
export const earlyPath = (locale: Locale, token: string) => `/${locale}/early/${token}`;
export const earlyFilePath = (token: string, file: string) => `/early/${token}/${file}`;
export const earlyPressKitFile = (locale: Locale) => `press-kit.${locale}.zip`;
/** The locale of an early-access press-kit file name such as "press-kit.de.zip", or undefined. */
export const parseEarlyPressKitFile = (file: string) => /^press-kit\.([a-z]{2})\.zip$/.exec(file)?.[1];

/** The download basket: its page, and the handlers that state its items' facts and send it as one ZIP (pages/api/basket). */
export const basketPath = (locale: Locale) => `/${locale}/basket`;
export const basketApiActions = ['items', 'download'] as const;
export const basketApiPath = (action: (typeof basketApiActions)[number]) => `/api/basket/${action}`;

/** Journalist alerts: the sign-up page, its result pages, and the token pages linked from alert e-mails. */
export const subscribePath = (locale: Locale) => `/${locale}/subscribe`;
export const subscribeResultPaths = ['sent', 'unsubscribed', 'deleted'] as const;
export const subscribeResultPath = (locale: Locale, result: (typeof subscribeResultPaths)[number]) =>
  `/${locale}/subscribe/${result}`;
export const subscribeTokenPages = ['confirm', 'preferences', 'unsubscribe'] as const;
export const subscribeTokenPath = (locale: Locale, page: (typeof subscribeTokenPages)[number], token?: string) =>
  `/${locale}/subscribe/${page}${token ? `?token=${encodeURIComponent(token)}` : ''}`;
/** The alerts' route handlers (app/api/alerts/*); `unsubscribe` is also the RFC 8058 one-click URL. */
export const alertsApiPath = (
  action: 'subscribe' | 'confirm' | 'preferences' | 'data' | 'delete' | 'unsubscribe',
  token?: string,
) => `/api/alerts/${action}${token ? `?token=${encodeURIComponent(token)}` : ''}`;
