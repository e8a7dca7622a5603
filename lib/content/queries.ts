import { defaultLocale, type Locale } from '@/lib/i18n/locales';
import { isPublic, usageEnded } from './gate';
import { createSiteQueries } from './site-queries';
import type { Model, Topic } from './taxonomy';
import type { ContentImage, ContentVideo } from './schema';
import type { ContentData, Release, ReleaseListing } from './types';

export const PAGE_SIZE = 10;

/** The calendar year at the place of publication, as written in publishedAt. */
export const releaseYear = (release: Pick<Release, 'publishedAt'>) => Number(release.publishedAt.slice(0, 4));

export type ReleaseFilter = { topic?: Topic; model?: Model; year?: number };
/** A file of a public release, as findReleaseFile finds it. */
export type ReleaseFile = {
  folder: string;
  file: string;
  release: Release;
  /** A picture: a hero or gallery image, or a video's poster (its rights are the video's). */
  image?: ContentImage;
  /** A video's file: a film, its poster or captions. */
  video?: ContentVideo;
  /**
   * The last day of use of a picture or video whose usage period is over (gate.ts, usageEnded): it is named, but
   * handed out nowhere. Undefined while it may be used.
   */
  usageEnded?: string;
  /** Written into a picture supplied under embargo (lib/early-access/gate.ts): to whom, until when. */
  instructions?: string;
};
export type Paged<T> = { items: T[]; total: number; page: number; pageCount: number };

/** A video's poster as a picture of the release: its title says what it shows, its rights are the video's. */
export const posterImage = (video: ContentVideo): ContentImage => ({
  file: video.poster,
  alt: video.title,
  caption: video.title,
  credit: video.credit,
  usage: video.usage,
  ...(video.expires ? { expires: video.expires } : {}),
});

/** Releases by slug, each with its translations by locale, in the order given. */
export function groupBySlug(releases: readonly Release[]): Map<string, Map<Locale, Release>> {
  const groups = new Map<string, Map<Locale, Release>>();
  for (const release of releases) {
    const group = groups.get(release.slug) ?? new Map<Locale, Release>();
    group.set(release.locale, release);
    groups.set(release.slug, group);
  }
  return groups;
}

/**
 * The file that one of a release's translations names (hero, gallery, attachment, a video's films, poster or
 * captions), English first: the file is the same in every language, and its rights are stated in the English
 * version. A poster is a picture like any other, with its video's rights.
 */
export function namedFile(translations: ReadonlyMap<Locale, Release>, file: string): ReleaseFile | undefined {
  const english = translations.get(defaultLocale);
  for (const release of english ? [english, ...translations.values()] : translations.values()) {
    const image = [release.hero, ...release.gallery].find((i) => i.file === file);
    if (image) return { folder: release.folder, file, release, image };
    if (release.attachments.some((a) => a.file === file)) return { folder: release.folder, file, release };
    const video = release.videos.find((v) => [v.file, v.small, v.poster, v.captions].includes(file));
    if (video) {
      const poster = video.poster === file ? posterImage(video) : undefined;
      return { folder: release.folder, file, release, video, ...(poster ? { image: poster } : {}) };
    }
  }
  return undefined;
}

/** Items per media library page (a grid of 2, 3 or 4 columns). */
export const MEDIA_PAGE_SIZE = 12;
export type MediaFilter = Pick<ReleaseFilter, 'topic' | 'model'>;
/**
 * One item of the media library, an image or a video, with the release listing it belongs to (its translation or
 * the English one).
 */
export type MediaListing = ReleaseListing &
  ({ kind: 'image'; image: ContentImage; role: 'hero' | 'gallery' } | { kind: 'video'; video: ContentVideo });
/** A page of the media library, with how many of all its items are images and videos. */
export type MediaPage = Paged<MediaListing> & { images: number; videos: number };

/** The media library items of one release: hero, gallery, then videos. */
const mediaOf = (listing: ReleaseListing): MediaListing[] => [
  { ...listing, kind: 'image', image: listing.release.hero, role: 'hero' },
  ...listing.release.gallery.map((image): MediaListing => ({ ...listing, kind: 'image', image, role: 'gallery' })),
  ...listing.release.videos.map((video): MediaListing => ({ ...listing, kind: 'video', video })),
];
/** How many media library items a release has, without building them. */
export const mediaCount = (release: Pick<Release, 'gallery' | 'videos'>) =>
  1 + release.gallery.length + release.videos.length;

/**
 * All content queries over one data set and one clock. Sorting, the public gate, language fallback and paging
 * live here once; pages never filter documents themselves. The queries of what has no embargo (brand pages,
 * snippets, contacts, key figures) are in ./site-queries.ts.
 */
export function createQueries(data: () => ContentData, now: () => Date, options: { preview?: boolean } = {}) {
  const visible = (release: Release, at: Date) => options.preview || isPublic(release, at);
  const newestFirst = (a: Release, b: Release) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt);

  /** Releases grouped by slug, newest first, built once: the data never changes within a process. */
  let index: Map<string, Map<Locale, Release>> | undefined;
  const grouped = () => (index ??= groupBySlug([...data().releases].sort(newestFirst)));

  /**
   * What is visible right now, computed once and reused until the next embargo lifts: at 30,000 release pages the
   * build asks for the same lists thousands of times, and the answer only changes when a publishedAt passes.
   */
  type Visible = {
    bySlug: Map<string, Map<Locale, Release>>;
    listings: Map<string, ReleaseListing[]>;
    media: Map<string, { listings: readonly ReleaseListing[]; starts: number[]; videos: number }>;
    years?: number[];
    validUntil: number;
  };
  let state: Visible | undefined;
  function current(): Visible {
    const at = now();
    if (state && at.getTime() < state.validUntil) return state;
    const bySlug = new Map<string, Map<Locale, Release>>();
    let validUntil = Infinity;
    for (const [slug, group] of grouped()) {
      const shown = new Map<Locale, Release>();
      for (const [locale, release] of group) {
        if (visible(release, at)) shown.set(locale, release);
        // The gate's answer for this release changes when its publishedAt passes (drafts never change).
        else if (!release.draft) validUntil = Math.min(validUntil, Date.parse(release.publishedAt));
      }
      if (shown.size > 0) bySlug.set(slug, shown);
    }
    state = { bySlug, listings: new Map(), media: new Map(), validUntil };
    return state;
  }

  /** The visible translations of one release, by locale. */
  const translations = (slug: string): ReadonlyMap<Locale, Release> => current().bySlug.get(slug) ?? new Map();

  /** Visible releases grouped by slug, newest first. */
  const bySlug = () => current().bySlug;

  function matches(release: Release, filter: ReleaseFilter): boolean {
    if (filter.topic && !release.topics.includes(filter.topic)) return false;
    if (filter.model && !release.models.includes(filter.model)) return false;
    if (filter.year && releaseYear(release) !== filter.year) return false;
    return true;
  }

  /** Every public release for a locale's archive: its translation, else the English version marked as fallback. */
  function listAllReleases(locale: Locale, filter: ReleaseFilter = {}): readonly ReleaseListing[] {
    const { bySlug: groups, listings: cache } = current();
    const key = [locale, filter.topic, filter.model, filter.year].join('|');
    let listings = cache.get(key);
    if (!listings) {
      listings = [];
      for (const group of groups.values()) {
        const own = group.get(locale);
        const release = own ?? group.get(defaultLocale);
        if (release && matches(release, filter)) listings.push({ release, isFallback: !own });
      }
      cache.set(key, listings);
    }
    return listings;
  }

  function listReleases(locale: Locale, filter: ReleaseFilter = {}, page = 1, pageSize = PAGE_SIZE): Paged<ReleaseListing> {
    const all = listAllReleases(locale, filter);
    const pageCount = Math.max(1, Math.ceil(all.length / pageSize));
    return { items: all.slice((page - 1) * pageSize, page * pageSize), total: all.length, page, pageCount };
  }

  /**
   * The media library: every image (hero, then gallery) and video of every public release in a locale's archive,
   * newest release first. Built on the archive listing, so drafts and embargoed releases contribute nothing. Only
   * the requested page is materialised: at 30,000 releases the build asks for the page count of every filter, and a
   * list of every item per filter would be rebuilt for nothing.
   */
  function listMedia(locale: Locale, filter: MediaFilter = {}, page = 1, pageSize = MEDIA_PAGE_SIZE): MediaPage {
    const { media: cache } = current();
    const key = [locale, filter.topic, filter.model].join('|');
    let index = cache.get(key);
    if (!index) {
      const listings = listAllReleases(locale, filter);
      // starts[i]: the position of listings[i]'s hero in the library; starts[listings.length]: the total.
      const starts = [0];
      let videos = 0;
      for (const { release } of listings) {
        starts.push(starts[starts.length - 1]! + mediaCount(release));
        videos += release.videos.length;
      }
      index = { listings, starts, videos };
      cache.set(key, index);
    }
    const { listings, starts, videos } = index;
    const total = starts[listings.length]!;
    const items: MediaListing[] = [];
    const from = (page - 1) * pageSize;
    // The first release with an image on this page (binary search over the starts), then on until the page is full.
    let low = 0;
    let high = listings.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (starts[mid + 1]! <= from) low = mid + 1;
      else high = mid;
    }
    for (let i = low; i < listings.length && items.length < pageSize; i++) {
      const skip = Math.max(0, from - starts[i]!);
      items.push(...mediaOf(listings[i]!).slice(skip, skip + pageSize - items.length));
    }
    return { items, total, images: total - videos, videos, page, pageCount: Math.max(1, Math.ceil(total / pageSize)) };
  }

  /**
   * A file that a public release names (hero, gallery or attachment), found by its slug and file name: the only
   * way a media URL resolves, so unknown names and embargoed releases get nothing. With it, the translation that
   * names it (English first: the file is the same in every language) and, for a picture, its entry there, whose
   * credit and terms travel inside the delivered file.
   */
  function findReleaseFile(slug: string, file: string): ReleaseFile | undefined {
    const found = namedFile(translations(slug), file);
    return found && { ...found, ...ended(found.release, found.video ?? found.image ?? {}) };
  }

  /**
   * The last day of use of a picture or video of a release whose usage period is over now (gate.ts, usageEnded),
   * or undefined while it may be used: the one question every page, feed, kit, basket and download asks.
   */
  function usageEndOf(release: Release, item: { expires?: string | undefined }): string | undefined {
    return item.expires && usageEnded(item.expires, release.timeZone, now()) ? item.expires : undefined;
  }
  const ended = (release: Release, item: { expires?: string | undefined }) => {
    const end = usageEndOf(release, item);
    return end ? { usageEnded: end } : {};
  };

  function getRelease(locale: Locale, slug: string): Release | undefined {
    return translations(slug).get(locale);
  }

  /**
   * A release as a reader of `locale` gets it: its translation, else the English original marked as a fallback
   * (shown inside the reader's interface, as the archive lists it). Undefined when neither is public.
   */
  function getReleaseListing(locale: Locale, slug: string): ReleaseListing | undefined {
    const group = translations(slug);
    const own = group.get(locale);
    const release = own ?? group.get(defaultLocale);
    return release && { release, isFallback: !own };
  }

  /** Up to `limit` other public releases sharing a topic or a model with `slug`, newest first. */
  function relatedReleases(locale: Locale, slug: string, limit = 3): ReleaseListing[] {
    const self = translations(slug).get(defaultLocale) ?? [...translations(slug).values()][0];
    if (!self) return [];
    const related: ReleaseListing[] = [];
    // Newest first, stopping at `limit`: a release page looks at a handful of listings, not the whole archive.
    for (const listing of listAllReleases(locale)) {
      if (related.length === limit) break;
      const { release } = listing;
      if (release.slug !== slug && (release.topics.some((t) => self.topics.includes(t)) || release.models.some((m) => self.models.includes(m)))) related.push(listing);
    }
    return related;
  }

  /** Locales in which a public release exists. */
  function releaseLocales(slug: string): Locale[] {
    return [...translations(slug).keys()];
  }

  /** The current slug of a release that used to be published under `formerSlug`. */
  function currentSlug(formerSlug: string): string | undefined {
    for (const [slug, group] of grouped()) {
      const isFormer = [...group.values()].some((release) => release.formerSlugs.includes(formerSlug));
      if (isFormer && translations(slug).size > 0) return slug;
    }
    return undefined;
  }

  /** Slugs with a public translation in `locale`, newest first: the release pages that exist in that language. */
  function releaseSlugs(locale: Locale): string[] {
    return [...bySlug()].flatMap(([slug, group]) => (group.has(locale) ? [slug] : []));
  }

  /** Every public release with its public translations, newest first (sitemap, news sitemap, alerts). */
  function releaseGroups(): { slug: string; translations: ReadonlyMap<Locale, Release> }[] {
    return [...bySlug()].map(([slug, translations]) => ({ slug, translations }));
  }

  /** Years with public releases, newest first. */
  function releaseYears(): number[] {
    const visible = current();
    visible.years ??= [...new Set([...visible.bySlug.values()].flatMap((g) => [...g.values()].map(releaseYear)))].sort((a, b) => b - a);
    return [...visible.years];
  }

  return {
    ...createSiteQueries(data),
    listAllReleases,
    listReleases,
    listMedia,
    getRelease,
    getReleaseListing,
    findReleaseFile,
    usageEndOf,
    releaseLocales,
    relatedReleases,
    currentSlug,
    releaseSlugs,
    releaseGroups,
    releaseYears,
  };
}
