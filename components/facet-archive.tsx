import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { facetPageParams, facetValues, parseFacet, type Facet } from '@/lib/facets';
import { localeParam } from '@/lib/i18n/params';
import type { Locale } from '@/lib/i18n/locales';
import type { ReleaseFilter } from '@/lib/content';
import { ArchiveView, archiveMetadata, pageNumber } from './archive-view';

/**
 * The three filtered archives (topic, model, year) share everything but the facet: these helpers are their
 * route files' whole implementation.
 */
type Params = Promise<{ locale: string; value: string; page?: string }>;

export async function facetTitle(locale: Locale, facet: Facet, filter: ReleaseFilter): Promise<string> {
  const t = await getTranslations({ locale, namespace: 'releases' });
  if (facet === 'topic' && filter.topic) return t('topicTitle', { label: (await getTranslations({ locale, namespace: 'topics' }))(filter.topic) });
  if (facet === 'model' && filter.model) return t('modelTitle', { label: (await getTranslations({ locale, namespace: 'models' }))(filter.model) });
  return t('yearTitle', { year: String(filter.year) });
}

async function resolve(facet: Facet, params: Params) {
  const { locale: raw, value, page } = await params;
  const locale = localeParam(raw);
  const filter = parseFacet(facet, value);
  if (!filter) notFound();
  return { locale, filter, page: page === undefined ? 1 : pageNumber(page) };
}

export const facetParams = (facet: Facet) => () => facetValues(facet).map((value) => ({ value }));
export const facetPagedParams = (facet: Facet) => ({ params }: { params: { locale: string } }) => facetPageParams(localeParam(params.locale), facet);

export function facetMetadata(facet: Facet) {
  return async ({ params }: { params: Params }) => {
    const { locale, filter, page } = await resolve(facet, params);
    return archiveMetadata(locale, filter, page, await facetTitle(locale, facet, filter));
  };
}

export function facetPage(facet: Facet) {
  return async function FacetArchivePage({ params }: { params: Params }) {
    const { locale, filter, page } = await resolve(facet, params);
    setRequestLocale(locale);
    return <ArchiveView locale={locale} filter={filter} page={page} heading={await facetTitle(locale, facet, filter)} />;
  };
}
