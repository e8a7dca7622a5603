import { getTranslations } from 'next-intl/server';
import { content, type ReleaseFilter } from '@/lib/content';
import { facetValues, parseFacet, type Facet } from '@/lib/facets';
import type { Locale } from '@/lib/i18n/locales';
import { archivePath } from '@/lib/urls';
import { FilterBar, type FilterGroup } from './filter-bar';

/** Topic, model and year filters of the archive, each with its number of releases. */
export async function ArchiveFilters({ locale, active }: { locale: Locale; active: ReleaseFilter }) {
  const t = await getTranslations({ locale, namespace: 'releases' });
  const topics = await getTranslations({ locale, namespace: 'topics' });
  const models = await getTranslations({ locale, namespace: 'models' });
  const facets: { facet: Facet; heading: string; label: (value: string) => string }[] = [
    { facet: 'topic', heading: t('byTopic'), label: (v) => topics(v as Parameters<typeof topics>[0]) },
    { facet: 'model', heading: t('byModel'), label: (v) => models(v as Parameters<typeof models>[0]) },
    { facet: 'year', heading: t('byYear'), label: (v) => v },
  ];
  const count = (filter: ReleaseFilter) => content.listAllReleases(locale, filter).length;
  const groups: FilterGroup[] = facets.map(({ facet, heading, label }) => ({
    key: facet,
    heading,
    links: facetValues(facet).map((value) => {
      const filter = parseFacet(facet, value) ?? {};
      return { key: value, href: archivePath(locale, filter), label: label(value), count: count(filter), current: JSON.stringify(filter) === JSON.stringify(active) };
    }),
  }));
  const isAll = !active.topic && !active.model && !active.year;
  return <FilterBar label={t('filters')} all={{ key: 'all', href: archivePath(locale), label: t('all'), count: count({}), current: isAll }} groups={groups} />;
}
