import { facetMetadata, facetPage, facetParams } from '@/components/facet-archive';

/** /releases/topic/{value}, combined with the facets after it and paged: see components/facet-archive.tsx. */
export const revalidate = 60;
export const generateStaticParams = facetParams('topic');
export const generateMetadata = facetMetadata('topic');
export default facetPage('topic');
