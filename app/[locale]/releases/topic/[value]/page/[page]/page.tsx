import { facetMetadata, facetPage, facetPagedParams } from '@/components/facet-archive';

export const revalidate = 60;
export const generateStaticParams = facetPagedParams('topic');
export const generateMetadata = facetMetadata('topic');
export default facetPage('topic');
