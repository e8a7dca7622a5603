/**
 * What `next build` renders ahead of time. Everything else that exists is rendered on its first request and then
 * cached and revalidated exactly like a prerendered page (ISR, 60 s; proxy.ts and the route map (lib/routing) answer what does
 * not exist with the localized 404). The set is bounded so that a build takes about as long with 50,000 releases
 * as with 500 (`npm run bench:scale`): readers, crawlers and the first minutes after an embargo lifts go to the
 * newest releases and the first pages of listings, and an older page costs one render the first time it is asked
 * for, never a slower build for everyone.
 */
export const prerenderLimits = {
  /** The newest public releases in each language. */
  releasesPerLocale: 60,
  /**
   * Pages 1..n of the archive, of each single filter of the archive and of the media library (and of its filters).
   * Filters combined (/releases/topic/products/model/smart-5) are never prerendered: their number is the product of
   * the topics, models and years, and a reader reaches only a few of them.
   */
  listingPages: 3,
} as const;

/** The `/page/{n}` params to prerender of a listing with `pageCount` pages: 2 up to the limit (page 1 has its own URL). */
export function laterPageParams(pageCount: number): { page: string }[] {
  const last = Math.min(pageCount, prerenderLimits.listingPages);
  return Array.from({ length: Math.max(0, last - 1) }, (_, i) => ({ page: String(i + 2) }));
}

/** The newest `releasesPerLocale` of a locale's releases, given newest first. */
export const newestToPrerender = <T>(releasesNewestFirst: readonly T[]): T[] =>
  releasesNewestFirst.slice(0, prerenderLimits.releasesPerLocale);
