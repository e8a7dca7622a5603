import { facetMetadata, facetPage, facetParams } from '@/components/facet-archive';

/** /releases/year/{value}, combined with the facets after it and paged: see components/facet-archive.tsx. */
export const revalidate = 60;
export const generateStaticParams = facetParams('year');
export const generateMetadata = facetMetadata('year');
export default facetPage('year');
