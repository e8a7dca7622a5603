import { content, type ReleaseFilter } from '@/lib/content';
import { models, topics } from '@/lib/content/taxonomy';
import type { Locale } from '@/lib/i18n/locales';
import { laterPageParams } from '@/lib/routing/prerender';
import { choiceCounts, facetFilter, type ChoiceCounts, type Facet } from './facets';

/*
 * The archive's facets (lib/archive/facets.ts) over the content that is public now: which values and archive pages exist,
 * what each choice of the filter bar counts, what the build prerenders. Whether an archive page exists is the route
 * map's question (lib/routing: archiveExists).
 */

/** Every value of a facet that has a page: all topics and models (honest empty states), the years with public releases. */
export function facetValues(facet: Facet): string[] {
  if (facet === 'topic') return [...topics];
  if (facet === 'model') return [...models];
  return content.releaseYears().map(String);
}

/** The filter of a facet URL whose value has a page (see facetValues), or undefined. */
export function parseFacet(facet: Facet, value: string): ReleaseFilter | undefined {
  return facetValues(facet).includes(value) ? facetFilter(facet, value) : undefined;
}

/** The filter bar's counts for a locale's archive under the active filter. */
export const archiveChoiceCounts = (locale: Locale, active: ReleaseFilter): ChoiceCounts =>
  choiceCounts(active, (filter) => content.listAllReleases(locale, filter));

/**
 * Static params of `/releases/{facet}/[value]/[[...rest]]`: each value's first pages (prerenderLimits). Combined
 * filters are not prerendered: they are rendered on their first request and cached (lib/routing/prerender.ts).
 */
export function singleFacetParams(locale: Locale, facet: Facet): { value: string; rest: string[] }[] {
  return facetValues(facet).flatMap((value) => {
    const { pageCount } = content.listReleases(locale, facetFilter(facet, value) ?? {});
    return [{ value, rest: [] }, ...laterPageParams(pageCount).map(({ page }) => ({ value, rest: ['page', page] }))];
  });
}
