import { mediaLibraryMetadata, mediaLibraryPage, mediaLibraryParams } from '@/app/[locale]/media/_library/routes';

export const revalidate = 60;
export const generateStaticParams = mediaLibraryParams('model', false);
export const generateMetadata = mediaLibraryMetadata('model');
export default mediaLibraryPage('model');
