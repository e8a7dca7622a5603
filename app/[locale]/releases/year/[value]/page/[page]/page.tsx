import { facetMetadata, facetPage, facetPagedParams } from '@/components/facet-archive';

export const revalidate = 60;
export const generateStaticParams = facetPagedParams('year');
export const generateMetadata = facetMetadata('year');
export default facetPage('year');
