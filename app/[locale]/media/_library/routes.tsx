import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { content, type MediaFilter } from '@/lib/content';
import { facetValues, parseFacet } from '@/lib/archive/facet-values';
import { localeParam } from '@/lib/i18n/params';
import { locales, type Locale } from '@/lib/i18n/locales';
import { pageMetadata } from '@/lib/seo/metadata';
import { mediaLibraryPath, pathsIn } from '@/lib/routing';
import { laterPageParams } from '@/lib/routing/prerender';
import { pageNumber } from '../../../../components/archive/archive-view';
import type { MediaFacet } from '../../../../components/media/media-filters';
import { MediaLibraryView } from '../../../../components/media/media-library-view';

/**
 * The six route files of the media library (/media, /media/page/{n}, /media/{topic|model}/{value}(/page/{n})) are
 * these helpers applied to a facet (or none): static params, metadata and the page itself.
 */
type Params = Promise<{ locale: string; value?: string; page?: string }>;

async function resolve(facet: MediaFacet | undefined, params: Params) {
  const { locale: raw, value, page } = await params;
  const locale = localeParam(raw);
  const filter: MediaFilter | undefined = facet ? (value === undefined ? undefined : parseFacet(facet, value)) : {};
  if (!filter) notFound();
  return { locale, filter, page: page === undefined ? 1 : pageNumber(page) };
}

async function heading(locale: Locale, filter: MediaFilter): Promise<string> {
  const t = await getTranslations({ locale, namespace: 'media' });
  if (filter.topic)
    return t('topicTitle', { label: (await getTranslations({ locale, namespace: 'topics' }))(filter.topic) });
  if (filter.model)
    return t('modelTitle', { label: (await getTranslations({ locale, namespace: 'models' }))(filter.model) });
  return t('title');
}

const laterPages = (locale: Locale, filter: MediaFilter) =>
  laterPageParams(content.listMedia(locale, filter).pageCount).map(({ page }) => page);

/**
 * Static params below the locale: pages 2..n of the library, every facet value (honest empty states, like the
 * archive), and pages 2..n of each filtered listing. (The library's first page needs none: the layout's locales.)
 */
export function mediaLibraryParams(facet: MediaFacet | undefined, paged = true) {
  return ({ params }: { params: { locale: string } }) => {
    const locale = localeParam(params.locale);
    if (!facet) return laterPages(locale, {}).map((page) => ({ page }));
    return facetValues(facet).flatMap((value) => {
      if (!paged) return [{ value }];
      return laterPages(locale, parseFacet(facet, value) ?? {}).map((page) => ({ value, page }));
    });
  };
}

export function mediaLibraryMetadata(facet: MediaFacet | undefined) {
  return async ({ params }: { params: Params }): Promise<Metadata> => {
    const { locale, filter, page } = await resolve(facet, params);
    const t = await getTranslations({ locale, namespace: 'media' });
    const releases = await getTranslations({ locale, namespace: 'releases' });
    const meta = await getTranslations({ locale, namespace: 'meta' });
    const title = await heading(locale, filter);
    const { pageCount } = content.listMedia(locale, filter);
    return pageMetadata({
      locale,
      title: page > 1 ? `${title} · ${releases('pageOf', { page, pageCount })}` : title,
      description: t('intro'),
      alternates: pathsIn(locales, (l) => mediaLibraryPath(l, filter, page)),
      feedTitle: meta('feedTitle'),
    });
  };
}

export function mediaLibraryPage(facet: MediaFacet | undefined) {
  return async function MediaLibraryPage({ params }: { params: Params }) {
    const { locale, filter, page } = await resolve(facet, params);
    setRequestLocale(locale);
    return <MediaLibraryView locale={locale} filter={filter} page={page} heading={await heading(locale, filter)} />;
  };
}
