import { facetMetadata, facetPage, facetParams } from '@/components/facet-archive';

export const revalidate = 60;
export const generateStaticParams = facetParams('topic');
export const generateMetadata = facetMetadata('topic');
export default facetPage('topic');
