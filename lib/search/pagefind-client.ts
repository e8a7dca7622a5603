/**
 * The browser side of Pagefind, for the search island only. Its script and index are fetched at run time from
 * /pagefind/ (written by scripts/search-index.ts after `next build`), never bundled, and what they answer is
 * checked here by hand: a schema library would more than double the search page's own JavaScript.
 */

export const searchFacets = ['topic', 'model', 'year'] as const;
export type SearchFacet = (typeof searchFacets)[number];
export type SearchFilters = Partial<Record<SearchFacet, string>>;

/** `lang`/`dir` are set on a result whose text is not in the page's language (an English original). */
export type SearchResult = {
  url: string;
  title: string;
  excerpt: string;
  date?: string;
  datetime?: string;
  lang?: string;
  dir?: 'ltr' | 'rtl';
};
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

function isPagefind(value: unknown): value is Pagefind {
  return (
    isObject(value) &&
    typeof value.options === 'function' &&
    typeof value.search === 'function' &&
    typeof value.filters === 'function'
  );
}

export async function loadPagefind(): Promise<Pagefind> {
  const url = `${bundle}pagefind.js`;
  // A run-time URL the bundler must leave alone: the bundle does not exist when the page is compiled.
  const pagefind: unknown = await import(/* webpackIgnore: true */ /* turbopackIgnore: true */ url);
  if (!isPagefind(pagefind)) throw new Error('pagefind.js does not offer the Pagefind API');
  await pagefind.options({ basePath: bundle, excerptLength: 24 });
  return pagefind;
}

/** The values of each filter in the index and in the recent releases, sorted for reading (years newest first). */
export async function filterValues(
  pagefind: Pagefind,
  locale: string,
  recent: readonly RecentRecord[] = [],
): Promise<Record<SearchFacet, string[]>> {
  const counts = await pagefind.filters();
  const values = (facet: SearchFacet) => {
    const found = isObject(counts) ? counts[facet] : undefined;
    const names = [
      ...new Set([
        ...(isObject(found) ? Object.keys(found) : []),
        ...recent.flatMap((record) => record.filters[facet] ?? []),
      ]),
    ];
    return facet === 'year' ? names.sort().reverse() : names.sort((a, b) => a.localeCompare(b, locale));
  };
  return { topic: values('topic'), model: values('model'), year: values('year') };
}

function toResult(data: unknown): SearchResult {
  if (
    !isObject(data) ||
    typeof data.url !== 'string' ||
    typeof data.excerpt !== 'string' ||
    !isObject(data.meta) ||
    typeof data.meta.title !== 'string'
  ) {
    throw new Error('unexpected Pagefind result');
  }
  return { url: data.url, excerpt: data.excerpt, title: data.meta.title, ...resultMeta(data.meta) };
}

const direction = (value: unknown) => (value === 'rtl' || value === 'ltr' ? value : undefined);

/** What a result shows besides its title and excerpt, from the record's meta (the index's or recent.json's). */
function resultMeta(meta: Record<string, unknown>): Pick<SearchResult, 'date' | 'datetime' | 'lang' | 'dir'> {
  return {
    date: optionalText(meta.date),
    datetime: optionalText(meta.datetime),
    lang: optionalText(meta.lang),
    dir: direction(meta.dir),
  };
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

/**
 * A release whose embargo lifted after the index was built, as /{locale}/search/recent.json serves it: the very
 * record the index would hold (lib/search/records.ts). There are a handful at most, so they are searched here.
 */
export type RecentRecord = {
  url: string;
  content: string;
  meta: { title: string } & Pick<SearchResult, 'date' | 'datetime' | 'lang' | 'dir'>;
  filters: Partial<Record<SearchFacet, string[]>>;
};

const textList = (value: unknown) =>
  Array.isArray(value) && value.every((item) => typeof item === 'string') ? value : undefined;

function toRecent(record: unknown): RecentRecord {
  if (
    !isObject(record) ||
    typeof record.url !== 'string' ||
    typeof record.content !== 'string' ||
    !isObject(record.meta) ||
    typeof record.meta.title !== 'string' ||
    !isObject(record.filters)
  ) {
    throw new Error('unexpected recent release');
  }
  const { filters } = record;
  return {
    url: record.url,
    content: record.content,
    meta: { title: record.meta.title, ...resultMeta(record.meta) },
    filters: Object.fromEntries(
      searchFacets.flatMap((facet) => {
        const list = textList(filters[facet]);
        return list ? [[facet, list]] : [];
      }),
    ),
  };
}

export async function loadRecent(url: string): Promise<RecentRecord[]> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  const body: unknown = await response.json();
  if (!isObject(body) || !Array.isArray(body.records)) throw new Error('unexpected recent releases');
  return body.records.map(toRecent);
}

/** Case and accents aside, as a reader types: "Shanghai" finds "shanghai", "Geneve" finds "Genève". */
const fold = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

const excerptWords = 24;

/** About 24 words from the first match on, each match in <mark> (markOnlyHtml escapes the rest when shown). */
export function recentExcerpt(content: string, words: readonly string[]): string {
  const all = content.split(/\s+/).filter(Boolean);
  const matches = (word: string) => words.some((w) => fold(word).includes(w));
  const first = Math.max(0, all.findIndex(matches));
  // A few words of context before the match, and a full excerpt even when the match is near the end.
  const start = Math.max(0, Math.min(first - 3, all.length - excerptWords));
  return all
    .slice(start, start + excerptWords)
    .map((word) => {
      if (!matches(word)) return word;
      const folded = fold(word);
      // Where folding kept the length (no decomposed accents), only the matched letters are marked.
      if (folded.length !== word.length) return `<mark>${word}</mark>`;
      const marked = new Array<boolean>(word.length).fill(false);
      for (const w of words)
        for (let at = folded.indexOf(w); at !== -1; at = folded.indexOf(w, at + 1))
          marked.fill(true, at, at + w.length);
      return word
        .split('')
        .map(
          (char, i) =>
            (marked[i] && !marked[i - 1] ? '<mark>' : '') + char + (marked[i] && !marked[i + 1] ? '</mark>' : ''),
        )
        .join('');
    })
    .join(' ');
}

/** The recent releases that match every word of the query and every chosen filter, as hits ahead of the index's. */
export function searchRecent(records: readonly RecentRecord[], term: string, filters: SearchFilters): SearchHit[] {
  const words = fold(term).split(/\s+/).filter(Boolean);
  return records
    .filter((record) =>
      searchFacets.every((facet) => !filters[facet] || (record.filters[facet] ?? []).includes(filters[facet] ?? '')),
    )
    .filter((record) => {
      const text = fold(record.content);
      return words.every((word) => text.includes(word));
    })
    .map((record): SearchHit => async () => ({
      ...record.meta,
      url: record.url,
      excerpt: recentExcerpt(record.content, words),
    }));
}
