import { getTranslations } from 'next-intl/server';
import { content, type MediaFilter } from '@/lib/content';
import { facetValues, parseFacet } from '@/lib/facets';
import type { Locale } from '@/lib/i18n/locales';
import { mediaLibraryPath } from '@/lib/urls';

export const mediaFacets = ['topic', 'model'] as const;
export type MediaFacet = (typeof mediaFacets)[number];

/** Topic and model filters of the media library as plain links with image counts: one URL each, no JavaScript. */
export async function MediaFilters({ locale, active }: { locale: Locale; active: MediaFilter }) {
  const t = await getTranslations({ locale, namespace: 'media' });
  const releases = await getTranslations({ locale, namespace: 'releases' });
  const topics = await getTranslations({ locale, namespace: 'topics' });
  const models = await getTranslations({ locale, namespace: 'models' });
  const groups: { facet: MediaFacet; heading: string; label: (filter: MediaFilter) => string }[] = [
    { facet: 'topic', heading: releases('byTopic'), label: (f) => (f.topic ? topics(f.topic) : '') },
    { facet: 'model', heading: releases('byModel'), label: (f) => (f.model ? models(f.model) : '') },
  ];
  const count = (filter: MediaFilter) => content.listMediaImages(locale, filter).total;
  const chip = 'inline-flex min-h-9 items-center gap-1.5 rounded-full border border-line px-3 text-sm hover:border-fg aria-[current]:border-fg aria-[current]:bg-fg aria-[current]:text-bg';
  const isAll = !active.topic && !active.model;

  return (
    <nav aria-label={t('filters')} className="mt-8 space-y-4 rounded-2xl border border-line bg-surface p-5">
      <p>
        <a href={mediaLibraryPath(locale)} aria-current={isAll ? 'page' : undefined} className={chip}>
          {releases('all')} <span className="text-xs opacity-70">{count({})}</span>
        </a>
      </p>
      {groups.map(({ facet, heading, label }) => (
        <div key={facet} className="flex flex-wrap items-center gap-2">
          <h2 className="me-2 w-16 shrink-0 text-xs font-bold uppercase tracking-wide text-muted">{heading}</h2>
          <ul className="flex flex-wrap gap-2">
            {facetValues(facet).map((value) => {
              const filter = parseFacet(facet, value) ?? {};
              const current = filter.topic === active.topic && filter.model === active.model;
              return (
                <li key={value}>
                  <a href={mediaLibraryPath(locale, filter)} aria-current={current ? 'page' : undefined} className={chip}>
                    {label(filter)} <span className="text-xs opacity-70">{count(filter)}</span>
                  </a>
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </nav>
  );
}
