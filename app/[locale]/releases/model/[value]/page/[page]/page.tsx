import { facetMetadata, facetPage, facetPagedParams } from '@/components/facet-archive';

export const revalidate = 60;
export const generateStaticParams = facetPagedParams('model');
export const generateMetadata = facetMetadata('model');
export default facetPage('model');
