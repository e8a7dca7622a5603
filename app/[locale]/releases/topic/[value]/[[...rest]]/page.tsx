import { facetMetadata, facetPage, facetParams } from '@/app/[locale]/releases/_archive/facet-routes';

/** /releases/topic/{value}, combined with the facets after it and paged: see app/[locale]/releases/_archive/facet-routes.tsx. */
export const revalidate = 60;
export const generateStaticParams = facetParams('topic');
export const generateMetadata = facetMetadata('topic');
export default facetPage('topic');
