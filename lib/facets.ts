import { content, type ReleaseFilter } from '@/lib/content';
import { models, topics, type Model, type Topic } from '@/lib/content/taxonomy';
import type { Locale } from '@/lib/i18n/locales';
import { laterPageParams } from '@/lib/prerender';

/** The archive filters of the URL map: /releases/topic/{topic}, /releases/model/{model}, /releases/year/{yyyy}. */
export const facets = ['topic', 'model', 'year'] as const;
export type Facet = (typeof facets)[number];

export const isFacet = (value: string): value is Facet => (facets as readonly string[]).includes(value);
const isTopic = (value: string): value is Topic => (topics as readonly string[]).includes(value);
const isModel = (value: string): value is Model => (models as readonly string[]).includes(value);

/** The filter a facet URL stands for, or undefined when the value is not one we have. */
export function parseFacet(facet: Facet, value: string): ReleaseFilter | undefined {
  if (facet === 'topic') return isTopic(value) ? { topic: value } : undefined;
  if (facet === 'model') return isModel(value) ? { model: value } : undefined;
  const year = /^\d{4}$/.test(value) ? Number(value) : NaN;
  return content.releaseYears().includes(year) ? { year } : undefined;
}

/** Every value of a facet that gets a pre-rendered page: all topics and models (honest empty states), public years. */
export function facetValues(facet: Facet): string[] {
  if (facet === 'topic') return [...topics];
  if (facet === 'model') return [...models];
  return content.releaseYears().map(String);
}

/** Static params for `/releases/{facet}/{value}/page/{n}` (n ≥ 2). */
export function facetPageParams(locale: Locale, facet: Facet) {
  return facetValues(facet).flatMap((value) => {
    const filter = parseFacet(facet, value);
    return laterPageParams(content.listReleases(locale, filter).pageCount).map(({ page }) => ({ value, page }));
  });
}
