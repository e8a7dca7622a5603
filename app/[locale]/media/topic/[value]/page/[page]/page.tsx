import { mediaLibraryMetadata, mediaLibraryPage, mediaLibraryParams } from '@/app/[locale]/media/_library/routes';

export const revalidate = 60;
export const generateStaticParams = mediaLibraryParams('topic', true);
export const generateMetadata = mediaLibraryMetadata('topic');
export default mediaLibraryPage('topic');
