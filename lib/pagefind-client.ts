/**
 * The browser side of Pagefind, for the search island only. Its script and index are fetched at run time from
 * /pagefind/ (written by scripts/search-index.ts after `next build`), never bundled, and what they answer is
 * checked here by hand: a schema library would more than double the search page's own JavaScript.
 */

export const searchFacets = ['topic', 'model', 'year'] as const;
export type SearchFacet = (typeof searchFacets)[number];
export type SearchFilters = Partial<Record<SearchFacet, string>>;

export type SearchResult = { url: string; title: string; excerpt: string; date?: string; datetime?: string };
/** One hit; its data (title, excerpt) is a fragment file fetched only when the hit is shown. */
export type SearchHit = () => Promise<SearchResult>;

type Pagefind = {
  options(options: { basePath: string; excerptLength: number }): Promise<unknown>;
  search(term: string | null, options: { filters: SearchFilters }): Promise<unknown>;
  filters(): Promise<unknown>;
};

const bundle = '/pagefind/';
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const optionalText = (value: unknown) => (typeof value === 'string' ? value : undefined);

function isPagefind(module: unknown): module is Pagefind {
  return isObject(module) && typeof module.options === 'function' && typeof module.search === 'function' && typeof module.filters === 'function';
}

export async function loadPagefind(): Promise<Pagefind> {
  const url = `${bundle}pagefind.js`;
  // A run-time URL the bundler must leave alone: the bundle does not exist when the page is compiled.
  const module: unknown = await import(/* webpackIgnore: true */ /* turbopackIgnore: true */ url);
  if (!isPagefind(module)) throw new Error('pagefind.js does not offer the Pagefind API');
  await module.options({ basePath: bundle, excerptLength: 24 });
  return module;
}

/** The values of each filter in the index, sorted for reading (years newest first). */
export async function filterValues(pagefind: Pagefind, locale: string): Promise<Record<SearchFacet, string[]>> {
  const counts = await pagefind.filters();
  const values = (facet: SearchFacet) => {
    const found = isObject(counts) ? counts[facet] : undefined;
    const names = isObject(found) ? Object.keys(found) : [];
    return facet === 'year' ? names.sort().reverse() : names.sort((a, b) => a.localeCompare(b, locale));
  };
  return { topic: values('topic'), model: values('model'), year: values('year') };
}

function toResult(data: unknown): SearchResult {
  if (!isObject(data) || typeof data.url !== 'string' || typeof data.excerpt !== 'string' || !isObject(data.meta) || typeof data.meta.title !== 'string') {
    throw new Error('unexpected Pagefind result');
  }
  return { url: data.url, excerpt: data.excerpt, title: data.meta.title, date: optionalText(data.meta.date), datetime: optionalText(data.meta.datetime) };
}

export async function searchIndex(pagefind: Pagefind, term: string, filters: SearchFilters): Promise<SearchHit[]> {
  const response = await pagefind.search(term || null, { filters });
  if (!isObject(response) || !Array.isArray(response.results)) throw new Error('unexpected Pagefind response');
  return response.results.map((hit: unknown): SearchHit => {
    if (!isObject(hit) || typeof hit.data !== 'function') throw new Error('unexpected Pagefind hit');
    const load = hit.data;
    return async () => toResult(await load.call(hit));
  });
}
