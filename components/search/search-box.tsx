'use client';

import { useCallback, useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { markOnlyHtml } from '@/lib/search/excerpt-html';
import { useBrowserValue } from '../ui/browser-value';
import { Badge } from '../ui/badge';
import {
  filterValues,
  loadPagefind,
  loadRecent,
  searchFacets,
  searchIndex,
  searchRecent,
  type RecentRecord,
  type SearchFacet,
  type SearchHit,
  type SearchResult,
} from '@/lib/search/pagefind-client';

/**
 * The search page's island: a search form with topic, model and year filters, and the results with highlighted
 * excerpts. Only this page loads it. The query and filters live in the URL, so a search can be linked. Releases
 * whose embargo lifted after the index was built (`recentUrl`) are searched here and listed first.
 */

type Chosen = Record<SearchFacet, string>;
type Pagefind = Awaited<ReturnType<typeof loadPagefind>>;
export type SearchBoxLabels = Record<
  | SearchFacet
  | 'label'
  | 'submit'
  | 'filters'
  | 'any'
  | 'resultCount'
  | 'noResults'
  | 'loading'
  | 'unavailable'
  | 'more'
  | 'archiveLink'
  | 'inEnglish'
  | 'inEnglishTitle',
  string
>;

const pageSize = 10;

type Search = { query: string; chosen: Chosen };
const emptySearch: Search = { query: '', chosen: { topic: '', model: '', year: '' } };

function parseSearch(queryString: string): Search {
  const params = new URLSearchParams(queryString);
  return {
    query: params.get('q') ?? '',
    chosen: { topic: params.get('topic') ?? '', model: params.get('model') ?? '', year: params.get('year') ?? '' },
  };
}

/** The query string for a search, in one order, so that reading it back and writing it again changes nothing. */
function searchString({ query, chosen }: Search): string {
  const params = new URLSearchParams();
  if (query) params.set('q', query);
  for (const facet of searchFacets) if (chosen[facet]) params.set(facet, chosen[facet]);
  const search = params.toString();
  return search ? `?${search}` : '';
}

const urlSearch = () => searchString(parseSearch(window.location.search));

function writeUrl(search: Search) {
  window.history.replaceState(window.history.state, '', `${window.location.pathname}${searchString(search)}`);
}

export function SearchBox({
  action,
  archiveHref,
  recentUrl,
  numberLocale,
  labels,
}: {
  action: string;
  archiveHref: string;
  recentUrl: string;
  numberLocale: string;
  labels: SearchBoxLabels;
}) {
  const id = useId();
  const [pagefind, setPagefind] = useState<Pagefind>();
  const [failed, setFailed] = useState(false);
  // The page is static, so the server renders an empty form and the URL's search fills it in right after
  // hydration; from the reader's first edit on, their input is the state and the URL follows it.
  const linked = useBrowserValue(urlSearch);
  const fromUrl = useMemo(() => (linked === undefined ? emptySearch : parseSearch(linked)), [linked]);
  const [edited, setEdited] = useState<Search>();
  const { query, chosen } = edited ?? fromUrl;
  const [options, setOptions] = useState<Record<SearchFacet, string[]>>({ topic: [], model: [], year: [] });
  const [hits, setHits] = useState<SearchHit[]>();
  const [results, setResults] = useState<SearchResult[]>([]);
  const recent = useRef<RecentRecord[]>([]);
  const latest = useRef(0);
  const list = useRef<HTMLOListElement>(null);
  const focusFrom = useRef<number>(undefined);

  useEffect(() => {
    // Without the recent list the index still answers: it only lacks what lifted since the build.
    Promise.all([loadPagefind(), loadRecent(recentUrl).catch((): RecentRecord[] => [])])
      .then(async ([loaded, lifted]) => {
        recent.current = lifted;
        setOptions(await filterValues(loaded, numberLocale, lifted));
        setPagefind(loaded);
      })
      .catch(() => setFailed(true));
  }, [numberLocale, recentUrl]);

  const run = useCallback(
    async (term: string, filters: Chosen) => {
      if (!pagefind) return;
      const ticket = ++latest.current;
      const active = Object.fromEntries(searchFacets.filter((f) => filters[f]).map((f) => [f, filters[f]]));
      if (!term.trim() && Object.keys(active).length === 0) {
        setHits(undefined);
        setResults([]);
        return;
      }
      try {
        const found = [
          ...searchRecent(recent.current, term.trim(), active),
          ...(await searchIndex(pagefind, term.trim(), active)),
        ];
        const first = await Promise.all(found.slice(0, pageSize).map((hit) => hit()));
        if (ticket !== latest.current) return;
        setHits(found);
        setResults(first);
      } catch {
        if (ticket === latest.current) setFailed(true);
      }
    },
    [pagefind],
  );

  // Searches as the reader types, a moment after the last key; the URL follows.
  useEffect(() => {
    if (!pagefind) return;
    writeUrl({ query, chosen });
    const timer = window.setTimeout(() => void run(query, chosen), 200);
    return () => window.clearTimeout(timer);
  }, [pagefind, query, chosen, run]);

  // After "more", keyboard focus moves to the first new result instead of staying at the end of the list.
  useEffect(() => {
    if (focusFrom.current === undefined) return;
    list.current?.querySelectorAll('a')[focusFrom.current]?.focus();
    focusFrom.current = undefined;
  }, [results]);

  async function showMore() {
    const next = await Promise.all((hits ?? []).slice(results.length, results.length + pageSize).map((hit) => hit()));
    focusFrom.current = results.length;
    setResults((shown) => [...shown, ...next]);
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void run(query, chosen);
  }

  const status = failed
    ? labels.unavailable
    : !pagefind && (query || Object.values(chosen).some(Boolean))
      ? labels.loading
      : hits === undefined
        ? ''
        : hits.length === 0
          ? labels.noResults
          : labels.resultCount.replace('{count}', new Intl.NumberFormat(numberLocale).format(hits.length));

  return (
    <div className="mt-8">
      {/* Without JavaScript there is no search to run (the index is searched in the browser): the page's noscript
          note sends the reader to the archive instead of a form that would only clear itself. */}
      <form
        role="search"
        action={action}
        method="get"
        onSubmit={submit}
        className="no-js:hidden rounded-2xl border border-line bg-surface p-5"
      >
        <label htmlFor={`${id}-q`} className="block text-sm font-bold">
          {labels.label}
        </label>
        <div className="mt-2 flex gap-2">
          <input
            id={`${id}-q`}
            type="search"
            name="q"
            value={query}
            onChange={(event) => setEdited({ query: event.target.value, chosen })}
            autoComplete="off"
            enterKeyHint="search"
            className="min-h-11 w-full min-w-0 flex-1 rounded-lg border border-line bg-bg px-3 text-base"
          />
          <button
            type="submit"
            className="min-h-11 shrink-0 rounded-lg bg-fg px-4 font-semibold text-bg hover:opacity-90"
          >
            {labels.submit}
          </button>
        </div>
        {pagefind && (
          <fieldset className="mt-4 grid gap-3 sm:grid-cols-3">
            <legend className="mb-2 text-sm font-bold">{labels.filters}</legend>
            {searchFacets.map((facet) => (
              <div key={facet}>
                <label
                  htmlFor={`${id}-${facet}`}
                  className="block text-xs font-bold uppercase tracking-wide text-muted"
                >
                  {labels[facet]}
                </label>
                <select
                  id={`${id}-${facet}`}
                  name={facet}
                  value={chosen[facet]}
                  onChange={(event) => setEdited({ query, chosen: { ...chosen, [facet]: event.target.value } })}
                  className="mt-1 min-h-11 w-full rounded-lg border border-line bg-bg px-2"
                >
                  <option value="">{labels.any}</option>
                  {options[facet].map((value) => (
                    <option key={value} value={value}>
                      {value}
                    </option>
                  ))}
                </select>
              </div>
            ))}
          </fieldset>
        )}
      </form>

      <p role="status" className="mt-6 min-h-6 font-semibold">
        {status}
        {failed && (
          <>
            {' '}
            <a href={archiveHref} className="underline">
              {labels.archiveLink}
            </a>
          </>
        )}
      </p>

      {results.length > 0 && (
        <ol ref={list} className="mt-2">
          {results.map((result) => (
            <li key={result.url} className="border-t border-line py-5">
              <h2 className="text-lg font-bold leading-snug" lang={result.lang} dir={result.dir}>
                <a href={result.url} className="underline-offset-4 hover:underline">
                  {result.title}
                </a>
              </h2>
              {(result.date || result.lang) && (
                <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-muted">
                  {result.date && <time dateTime={result.datetime}>{result.date}</time>}
                  {result.lang && (
                    <Badge tone="accent" title={labels.inEnglishTitle}>
                      {labels.inEnglish}
                    </Badge>
                  )}
                </p>
              )}
              <p
                lang={result.lang}
                dir={result.dir}
                className="mt-2 text-muted [&_mark]:rounded-sm [&_mark]:bg-accent-soft [&_mark]:px-0.5 [&_mark]:font-semibold [&_mark]:text-fg"
                dangerouslySetInnerHTML={{ __html: markOnlyHtml(result.excerpt) }}
              />
            </li>
          ))}
        </ol>
      )}
      {hits !== undefined && results.length < hits.length && (
        <button
          type="button"
          onClick={() => void showMore()}
          className="mt-4 min-h-11 rounded-lg border border-line px-4 font-semibold hover:border-fg"
        >
          {labels.more}
        </button>
      )}
    </div>
  );
}
