import { mediaLibraryMetadata, mediaLibraryPage, mediaLibraryParams } from '@/app/[locale]/media/_library/routes';

export const revalidate = 60;
export const generateStaticParams = mediaLibraryParams('model', true);
export const generateMetadata = mediaLibraryMetadata('model');
export default mediaLibraryPage('model');
