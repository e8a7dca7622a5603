import { content } from '@/lib/content';
import { defaultLocale } from '@/lib/i18n/locales';
import type { createQueries } from '@/lib/content/queries';
import type { SiteFacts } from './exists';

/** The route map's facts from content queries: what they show now (the public gate, their clock). */
export const queryFacts = (queries: ReturnType<typeof createQueries>): SiteFacts => ({
  releaseListed: (locale, slug) => queries.getReleaseListing(locale, slug) !== undefined,
  releaseIn: (locale, slug) => queries.getRelease(locale, slug) !== undefined,
  formerSlug: (slug) => queries.currentSlug(slug) !== undefined,
  pageListed: (locale, path) => queries.getPageListing(locale, path) !== undefined,
  pageIn: (locale, path) => queries.getPage(locale, path) !== undefined,
  contact: (id) => queries.contacts(defaultLocale, [id]).length > 0,
  years: () => queries.releaseYears(),
  releaseCount: (locale, filter) => queries.listAllReleases(locale, filter).length,
  mediaCount: (locale, filter) => queries.listMedia(locale, filter).total,
  releaseFile: (slug, file) => queries.findReleaseFile(slug, file) !== undefined,
});

/** The live content facade's facts, for the proxy and the pages. */
export const liveFacts = queryFacts(content);
