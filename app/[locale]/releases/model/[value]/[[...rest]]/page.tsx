import { facetMetadata, facetPage, facetParams } from '@/app/[locale]/releases/_archive/facet-routes';

/** /releases/model/{value}, combined with the facets after it and paged: see app/[locale]/releases/_archive/facet-routes.tsx. */
export const revalidate = 60;
export const generateStaticParams = facetParams('model');
export const generateMetadata = facetMetadata('model');
export default facetPage('model');
