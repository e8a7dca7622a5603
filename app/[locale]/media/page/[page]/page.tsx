import { mediaLibraryMetadata, mediaLibraryPage, mediaLibraryParams } from '@/app/[locale]/media/_library/routes';

export const revalidate = 60;
export const generateStaticParams = mediaLibraryParams(undefined);
export const generateMetadata = mediaLibraryMetadata(undefined);
export default mediaLibraryPage(undefined);
