import { getTranslations } from 'next-intl/server';
import { content, type ReleaseFilter } from '@/lib/content';
import { joinLabels } from '@/lib/i18n/format';
import { archiveChoiceCounts, facetValues } from '@/lib/archive/facet-values';
import { activeFacets, facetFilter, facets, facetValue, withoutFacet, type Facet } from '@/lib/archive/facets';
import type { Locale } from '@/lib/i18n/locales';
import { archivePath } from '@/lib/routing';
import { FilterBar, type FilterGroup, type FilterLink } from '../ui/filter-bar';

/** A facet value as readers see it: the topic's or model's name in the locale, a year as it is. */
async function facetLabeller(locale: Locale) {
  const topics = await getTranslations({ locale, namespace: 'topics' });
  const models = await getTranslations({ locale, namespace: 'models' });
  return (facet: Facet, value: string): string => {
    const filter = facetFilter(facet, value);
    return filter?.topic ? topics(filter.topic) : filter?.model ? models(filter.model) : value;
  };
}

/** The active filters in URL order, as readers see them: "Products · smart #5 · 2025". */
export async function activeFilterLabels(locale: Locale, filter: ReleaseFilter): Promise<string[]> {
  const label = await facetLabeller(locale);
  return activeFacets(filter).map(([facet, value]) => label(facet, value));
}

/**
 * The archive's topic, model and year filters, combined: each choice links to the active filter with that facet
 * set to it (or, for the active value and the facet's "all", without that facet), counted as that page would be.
 */
export async function ArchiveFilters({ locale, active }: { locale: Locale; active: ReleaseFilter }) {
  const t = await getTranslations({ locale, namespace: 'releases' });
  const label = await facetLabeller(locale);
  const counts = archiveChoiceCounts(locale, active);
  const headings: Record<Facet, { heading: string; all: string }> = {
    topic: { heading: t('byTopic'), all: t('allTopics') },
    model: { heading: t('byModel'), all: t('allModels') },
    year: { heading: t('byYear'), all: t('allYears') },
  };
  const groups: FilterGroup[] = facets.map((facet) => {
    const chosen = facetValue(active, facet);
    const others = withoutFacet(active, facet);
    const all: FilterLink = {
      key: 'all',
      href: archivePath(locale, others),
      label: headings[facet].all,
      count: counts[facet].all,
      current: chosen === undefined,
    };
    const links = facetValues(facet).map((value): FilterLink => {
      const href = archivePath(locale, value === chosen ? others : { ...others, ...facetFilter(facet, value) });
      const removes = value === chosen ? t('removeFilter') : undefined;
      return { key: value, href, label: label(facet, value), count: counts[facet].byValue.get(value) ?? 0, removes };
    });
    return { key: facet, heading: headings[facet].heading, links: [all, ...links] };
  });
  const chosen = await activeFilterLabels(locale, active);
  const everything: FilterLink = {
    key: 'all',
    href: archivePath(locale),
    label: t('all'),
    count: content.listAllReleases(locale).length,
    current: chosen.length === 0,
  };
  return (
    <FilterBar
      label={t('filters')}
      summary={chosen.length ? t('filteredBy', { filters: joinLabels(locale, chosen) }) : t('filters')}
      all={everything}
      groups={groups}
    />
  );
}
