'use client';

import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import * as z from 'zod/mini';
import { markOnlyHtml } from '@/lib/excerpt-html';

/**
 * The search page's island. Pagefind's script and index are loaded at run time from /pagefind/ (written by
 * scripts/search-index.ts), never bundled: only this page pays for search, and a query fetches only the index
 * fragments it needs. The query and filters live in the URL so that a search can be linked.
 */

const facets = ['topic', 'model', 'year'] as const;
type Facet = (typeof facets)[number];
type Chosen = Record<Facet, string>;
const noFilters: Chosen = { topic: '', model: '', year: '' };

export type SearchBoxLabels = Record<Facet | 'label' | 'submit' | 'filters' | 'any' | 'resultCount' | 'noResults' | 'loading' | 'unavailable' | 'more' | 'archiveLink', string>;

type Pagefind = {
  options(options: { basePath: string; excerptLength: number }): Promise<unknown>;
  search(term: string | null, options: { filters: Partial<Chosen> }): Promise<unknown>;
  filters(): Promise<unknown>;
};
const isPagefind = (m: unknown): m is Pagefind =>
  typeof m === 'object' && m !== null && 'search' in m && typeof m.search === 'function' && 'filters' in m && typeof m.filters === 'function' && 'options' in m && typeof m.options === 'function';

const searchResponse = z.object({ results: z.array(z.object({ data: z.custom<() => Promise<unknown>>((v) => typeof v === 'function') })) });
const resultData = z.object({
  url: z.string(),
  excerpt: z.string(),
  meta: z.object({ title: z.string(), date: z.optional(z.string()), datetime: z.optional(z.string()) }),
});
const filterCounts = z.record(z.string(), z.record(z.string(), z.number()));
type Result = z.infer<typeof resultData>;

const bundle = '/pagefind/';
const pageSize = 10;

async function loadPagefind(): Promise<Pagefind> {
  // A run-time URL the bundler must leave alone: the bundle is written after `next build`.
  const url = `${bundle}pagefind.js`;
  const module: unknown = await import(/* webpackIgnore: true */ /* turbopackIgnore: true */ url);
  if (!isPagefind(module)) throw new Error('pagefind.js is not the Pagefind API');
  await module.options({ basePath: bundle, excerptLength: 24 });
  return module;
}

function readUrl(): { query: string; chosen: Chosen } {
  const params = new URLSearchParams(window.location.search);
  return { query: params.get('q') ?? '', chosen: { topic: params.get('topic') ?? '', model: params.get('model') ?? '', year: params.get('year') ?? '' } };
}

function writeUrl(query: string, chosen: Chosen) {
  const params = new URLSearchParams();
  if (query) params.set('q', query);
  for (const facet of facets) if (chosen[facet]) params.set(facet, chosen[facet]);
  const search = params.toString();
  window.history.replaceState(window.history.state, '', `${window.location.pathname}${search ? `?${search}` : ''}`);
}

export function SearchBox({ action, archiveHref, numberLocale, labels }: { action: string; archiveHref: string; numberLocale: string; labels: SearchBoxLabels }) {
  const id = useId();
  const [pagefind, setPagefind] = useState<Pagefind>();
  const [failed, setFailed] = useState(false);
  const [query, setQuery] = useState('');
  const [chosen, setChosen] = useState<Chosen>(noFilters);
  const [options, setOptions] = useState<Record<Facet, string[]>>({ topic: [], model: [], year: [] });
  const [hits, setHits] = useState<(() => Promise<unknown>)[] | undefined>();
  const [results, setResults] = useState<Result[]>([]);
  const [busy, setBusy] = useState(false);
  const latest = useRef(0);

  useEffect(() => {
    const initial = readUrl();
    setQuery(initial.query);
    setChosen(initial.chosen);
    loadPagefind()
      .then(async (loaded) => {
        const counts = filterCounts.parse(await loaded.filters());
        const values = (facet: Facet) => Object.keys(counts[facet] ?? {}).sort((a, b) => (facet === 'year' ? b.localeCompare(a) : a.localeCompare(b, numberLocale)));
        setOptions({ topic: values('topic'), model: values('model'), year: values('year') });
        setPagefind(loaded);
      })
      .catch(() => setFailed(true));
  }, [numberLocale]);

  async function run(term: string, filters: Chosen) {
    if (!pagefind) return;
    const ticket = ++latest.current;
    const active = Object.fromEntries(facets.filter((f) => filters[f]).map((f) => [f, filters[f]]));
    if (!term.trim() && Object.keys(active).length === 0) {
      setHits(undefined);
      setResults([]);
      return;
    }
    setBusy(true);
    try {
      const { results: found } = searchResponse.parse(await pagefind.search(term.trim() || null, { filters: active }));
      const first = await Promise.all(found.slice(0, pageSize).map(async (hit) => resultData.parse(await hit.data())));
      if (ticket !== latest.current) return;
      setHits(found.map((hit) => hit.data));
      setResults(first);
    } catch {
      if (ticket === latest.current) setFailed(true);
    } finally {
      if (ticket === latest.current) setBusy(false);
    }
  }

  // Searches as the reader types, a moment after the last key; the URL follows.
  useEffect(() => {
    if (!pagefind) return;
    writeUrl(query, chosen);
    const timer = window.setTimeout(() => void run(query, chosen), 200);
    return () => window.clearTimeout(timer);
    // `run` reads only its arguments and `pagefind`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [pagefind, query, chosen]);

  async function showMore() {
    const next = await Promise.all((hits ?? []).slice(results.length, results.length + pageSize).map(async (data) => resultData.parse(await data())));
    setResults((shown) => [...shown, ...next]);
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void run(query, chosen);
  }

  const status = failed
    ? labels.unavailable
    : busy || (!pagefind && (query || Object.values(chosen).some(Boolean)))
      ? labels.loading
      : hits === undefined
        ? ''
        : hits.length === 0
          ? labels.noResults
          : labels.resultCount.replace('{count}', new Intl.NumberFormat(numberLocale).format(hits.length));

  return (
    <div className="mt-8">
      <form role="search" action={action} method="get" onSubmit={submit} className="rounded-2xl border border-line bg-surface p-5">
        <label htmlFor={`${id}-q`} className="block text-sm font-bold">
          {labels.label}
        </label>
        <div className="mt-2 flex gap-2">
          <input
            id={`${id}-q`}
            type="search"
            name="q"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            autoComplete="off"
            enterKeyHint="search"
            className="min-h-11 w-full min-w-0 flex-1 rounded-lg border border-line bg-bg px-3 text-base"
          />
          <button type="submit" className="min-h-11 shrink-0 rounded-lg bg-fg px-4 font-semibold text-bg hover:opacity-90">
            {labels.submit}
          </button>
        </div>
        {pagefind && (
          <fieldset className="mt-4 grid gap-3 sm:grid-cols-3">
            <legend className="mb-2 text-sm font-bold">{labels.filters}</legend>
            {facets.map((facet) => (
              <div key={facet}>
                <label htmlFor={`${id}-${facet}`} className="block text-xs font-bold uppercase tracking-wide text-muted">
                  {labels[facet]}
                </label>
                <select
                  id={`${id}-${facet}`}
                  name={facet}
                  value={chosen[facet]}
                  onChange={(event) => setChosen((current) => ({ ...current, [facet]: event.target.value }))}
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
        <ol className="mt-2">
          {results.map((result) => (
            <li key={result.url} className="border-t border-line py-5">
              <h2 className="text-lg font-bold leading-snug">
                <a href={result.url} className="underline-offset-4 hover:underline">
                  {result.meta.title}
                </a>
              </h2>
              {result.meta.date && (
                <p className="mt-1 text-sm text-muted">
                  <time dateTime={result.meta.datetime}>{result.meta.date}</time>
                </p>
              )}
              <p className="mt-2 text-muted [&_mark]:rounded-sm [&_mark]:bg-accent-soft [&_mark]:px-0.5 [&_mark]:text-fg" dangerouslySetInnerHTML={{ __html: markOnlyHtml(result.excerpt) }} />
            </li>
          ))}
        </ol>
      )}
      {hits !== undefined && results.length < hits.length && (
        <button type="button" onClick={() => void showMore()} className="mt-4 min-h-11 rounded-lg border border-line px-4 font-semibold hover:border-fg">
          {labels.more}
        </button>
      )}
    </div>
  );
}
