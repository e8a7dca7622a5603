import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { singleFacetParams } from '@/lib/archive/facet-values';
import { archiveExists } from '@/lib/routing';
import { liveFacts } from '@/lib/routing/live';
import { parseArchiveSegments, type Facet } from '@/lib/archive/facets';
import { localeParam } from '@/lib/i18n/params';
import { ArchiveView, archiveMetadata } from '../../../../components/archive/archive-view';

/**
 * The filtered archives, /releases/{facet}/{value} followed by any later facets and a page
 * (/releases/topic/products/model/smart-5/page/2), share everything but the first facet: these helpers are the
 * whole implementation of app/[locale]/releases/{topic,model,year}/[value]/[[...rest]].
 */
type Params = Promise<{ locale: string; value: string; rest?: string[] }>;

async function resolve(facet: Facet, params: Params) {
  const { locale: raw, value, rest = [] } = await params;
  const locale = localeParam(raw);
  const archive = parseArchiveSegments([facet, value, ...rest]);
  // The proxy answers unknown and misordered paths before rendering (lib/routing); this is the fallback.
  if (!archive?.canonical || !archiveExists(liveFacts, locale, archive.query)) notFound();
  return { locale, ...archive.query };
}

/** Each value's first pages; combinations are rendered on their first request and cached (lib/routing/prerender.ts). */
export const facetParams =
  (facet: Facet) =>
  ({ params }: { params: { locale: string } }) =>
    singleFacetParams(localeParam(params.locale), facet);

export function facetMetadata(facet: Facet) {
  return async ({ params }: { params: Params }) => {
    const { locale, filter, page } = await resolve(facet, params);
    return archiveMetadata(locale, filter, page);
  };
}

export function facetPage(facet: Facet) {
  return async function FacetArchivePage({ params }: { params: Params }) {
    const { locale, filter, page } = await resolve(facet, params);
    setRequestLocale(locale);
    return <ArchiveView locale={locale} filter={filter} page={page} />;
  };
}
