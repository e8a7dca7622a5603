import { getTranslations } from 'next-intl/server';
import { content, type MediaFilter } from '@/lib/content';
import { joinLabels } from '@/lib/i18n/format';
import { facetValues, parseFacet } from '@/lib/archive/facet-values';
import type { Locale } from '@/lib/i18n/locales';
import { mediaLibraryPath } from '@/lib/routing';
import { FilterBar, type FilterGroup } from '../ui/filter-bar';

export type MediaFacet = 'topic' | 'model';

/** Topic and model filters of the media library, each with its number of images and videos. */
export async function MediaFilters({ locale, active }: { locale: Locale; active: MediaFilter }) {
  const t = await getTranslations({ locale, namespace: 'media' });
  const releases = await getTranslations({ locale, namespace: 'releases' });
  const topics = await getTranslations({ locale, namespace: 'topics' });
  const models = await getTranslations({ locale, namespace: 'models' });
  const facets: { facet: MediaFacet; heading: string; label: (filter: MediaFilter) => string }[] = [
    { facet: 'topic', heading: releases('byTopic'), label: (f) => (f.topic ? topics(f.topic) : '') },
    { facet: 'model', heading: releases('byModel'), label: (f) => (f.model ? models(f.model) : '') },
  ];
  const count = (filter: MediaFilter) => content.listMedia(locale, filter).total;
  const groups: FilterGroup[] = facets.map(({ facet, heading, label }) => ({
    key: facet,
    heading,
    links: facetValues(facet).map((value) => {
      const filter = parseFacet(facet, value) ?? {};
      return {
        key: value,
        href: mediaLibraryPath(locale, filter),
        label: label(filter),
        count: count(filter),
        current: filter.topic === active.topic && filter.model === active.model,
      };
    }),
  }));
  const isAll = !active.topic && !active.model;
  const chosen = joinLabels(locale, facets.map(({ label }) => label(active)).filter(Boolean));
  return (
    <FilterBar
      label={t('filters')}
      summary={chosen ? releases('filteredBy', { filters: chosen }) : t('filters')}
      all={{ key: 'all', href: mediaLibraryPath(locale), label: releases('all'), count: count({}), current: isAll }}
      groups={groups}
    />
  );
}
