import { facetMetadata, facetPage, facetParams } from '@/components/facet-archive';

export const revalidate = 60;
export const generateStaticParams = facetParams('model');
export const generateMetadata = facetMetadata('model');
export default facetPage('model');
