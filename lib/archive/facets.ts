import { releaseYear, type ReleaseFilter } from '@/lib/content/queries';
import { models, topics, type Model, type Topic } from '@/lib/content/taxonomy';

/**
 * The archive's filters and their one order in a URL: /releases/topic/{topic}/model/{model}/year/{yyyy}/page/{n},
 * each part optional. Pure (no content access), so the proxy's route map, the pages, the URL builder and the
 * content check all read archive URLs with the same parser.
 */
export const facets = ['topic', 'model', 'year'] as const;
export type Facet = (typeof facets)[number];

const isFacet = (value: string | undefined): value is Facet =>
  (facets as readonly (string | undefined)[]).includes(value);
const isTopic = (value: string): value is Topic => (topics as readonly string[]).includes(value);
const isModel = (value: string): value is Model => (models as readonly string[]).includes(value);

/** The filter one facet value stands for, when it is a word of the vocabulary (a year: four digits; whether it has releases is the content's question). */
export function facetFilter(facet: Facet, value: string): ReleaseFilter | undefined {
  if (facet === 'topic') return isTopic(value) ? { topic: value } : undefined;
  if (facet === 'model') return isModel(value) ? { model: value } : undefined;
  return /^\d{4}$/.test(value) ? { year: Number(value) } : undefined;
}

/** The value a filter sets for a facet, as written in a URL. */
export function facetValue(filter: ReleaseFilter, facet: Facet): string | undefined {
  const value = filter[facet];
  return value === undefined ? undefined : String(value);
}

/** The facets a filter sets, with their values, in URL order. */
export const activeFacets = (filter: ReleaseFilter): [Facet, string][] =>
  facets.flatMap((facet): [Facet, string][] => {
    const value = facetValue(filter, facet);
    return value === undefined ? [] : [[facet, value]];
  });

/** The filter without one facet: what a facet's "all" choice and a second click on its active value lead to. */
export function withoutFacet(filter: ReleaseFilter, facet: Facet): ReleaseFilter {
  const { [facet]: _dropped, ...rest } = filter;
  return rest;
}

/** A `/page/{n}` value: 2 or more (page 1 is the listing's own URL). */
export const pageNumber = (value: string | undefined) =>
  value !== undefined && /^[1-9]\d{0,5}$/.test(value) && value !== '1' ? Number(value) : undefined;

export type ArchiveQuery = { filter: ReleaseFilter; page: number };

/**
 * What the path segments after `/{locale}/releases` ask for, e.g. ["model", "smart-5", "topic", "products"], and
 * whether they are written in the canonical order (a URL in another order is redirected to it). Undefined when
 * they are not an archive query at all: an unknown facet or value, a facet twice, page 1, anything after the page.
 */
export function parseArchiveSegments(
  segments: readonly string[],
): { query: ArchiveQuery; canonical: boolean } | undefined {
  const filter: ReleaseFilter = {};
  const order: number[] = [];
  let at = 0;
  for (let facet = segments[at]; isFacet(facet); facet = segments[at]) {
    const value = segments[at + 1];
    const choice = value === undefined ? undefined : facetFilter(facet, value);
    if (!choice || filter[facet] !== undefined) return undefined;
    Object.assign(filter, choice);
    order.push(facets.indexOf(facet));
    at += 2;
  }
  let page = 1;
  if (segments[at] === 'page') {
    const n = pageNumber(segments[at + 1]);
    if (n === undefined) return undefined;
    page = n;
    at += 2;
  }
  if (at !== segments.length) return undefined;
  return { query: { filter, page }, canonical: order.every((index, i) => i === 0 || (order[i - 1] ?? -1) < index) };
}

/** What a release needs for the facet counts: its topics, models and publication date. */
type Countable = { release: { topics: readonly string[]; models: readonly string[]; publishedAt: string } };
export type ChoiceCounts = Record<Facet, { all: number; byValue: ReadonlyMap<string, number> }>;

/**
 * How many releases each choice of the filter bar leads to: for each facet, the releases that match the other
 * active facets (its "all" choice), counted by this facet's values. Choosing a value replaces the facet's current
 * one, so these are exactly the totals of the pages the choices link to. Three listings, whatever the number of
 * values.
 */
export function choiceCounts(
  active: ReleaseFilter,
  list: (filter: ReleaseFilter) => readonly Countable[],
): ChoiceCounts {
  const valuesOf: Record<Facet, (listing: Countable) => readonly string[]> = {
    topic: (l) => l.release.topics,
    model: (l) => l.release.models,
    year: (l) => [String(releaseYear(l.release))],
  };
  const count = (facet: Facet) => {
    const listings = list(withoutFacet(active, facet));
    const byValue = new Map<string, number>();
    for (const listing of listings)
      for (const value of valuesOf[facet](listing)) byValue.set(value, (byValue.get(value) ?? 0) + 1);
    return { all: listings.length, byValue };
  };
  return { topic: count('topic'), model: count('model'), year: count('year') };
}
