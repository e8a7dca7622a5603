import { facetMetadata, facetPage, facetParams } from '@/app/[locale]/releases/_archive/facet-routes';

/** /releases/year/{value}, combined with the facets after it and paged: see app/[locale]/releases/_archive/facet-routes.tsx. */
export const revalidate = 60;
export const generateStaticParams = facetParams('year');
export const generateMetadata = facetMetadata('year');
export default facetPage('year');
