import { facetMetadata, facetPage, facetParams } from '@/components/facet-archive';

/** /releases/model/{value}, combined with the facets after it and paged: see components/facet-archive.tsx. */
export const revalidate = 60;
export const generateStaticParams = facetParams('model');
export const generateMetadata = facetMetadata('model');
export default facetPage('model');
