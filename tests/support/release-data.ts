import { createQueries } from '@/lib/content/queries';
import type { ContentData, Page, Release } from '@/lib/content/types';
import type { Locale } from '@/lib/i18n/locales';

/** Test data shared by the unit tests: a complete release in one locale, overridable field by field. */
export const fixtureImage = {
  file: 'hero.jpg',
  alt: 'alt',
  caption: 'caption',
  credit: 'credit',
  usage: 'editorial' as const,
};

export function fixtureRelease(
  slug: string,
  locale: Locale,
  publishedAt: string,
  extra: Partial<Release> = {},
): Release {
  return {
    slug,
    locale,
    folder: `${publishedAt.slice(0, 10)}-${slug}`,
    title: `${slug} ${locale}`,
    summary: 's',
    publishedAt,
    timeZone: 'UTC',
    location: 'Shanghai',
    topics: ['corporate'],
    models: [],
    highlights: [],
    hero: fixtureImage,
    gallery: [],
    attachments: [],
    videos: [],
    contacts: ['desk'],
    formerSlugs: [],
    draft: false,
    corrections: [],
    bodyHtml: '',
    bodyMarkdown: '',
    ...extra,
  };
}

export const fixtureData = (releases: Release[], rest: Partial<ContentData> = {}): ContentData => ({
  releases,
  pages: [],
  snippets: [],
  contacts: [],
  figures: [],
  ...rest,
});

/** The content queries over fixture data, with the clock stopped at `at`. */
export const queriesAt = (data: ContentData, at: Date) =>
  createQueries(
    () => data,
    () => at,
  );

/** A brand page at `path` in one locale, overridable field by field. */
export const fixturePage = (path: string, locale: Locale, extra: Partial<Page> = {}): Page => ({
  path,
  locale,
  title: `${path} ${locale}`,
  description: 'd',
  order: 0,
  nav: 'section',
  keyFigures: false,
  bodyHtml: '',
  ...extra,
});
