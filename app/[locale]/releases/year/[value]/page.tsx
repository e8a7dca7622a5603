import { facetMetadata, facetPage, facetParams } from '@/components/facet-archive';

export const revalidate = 60;
export const generateStaticParams = facetParams('year');
export const generateMetadata = facetMetadata('year');
export default facetPage('year');
