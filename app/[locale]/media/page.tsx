import { mediaLibraryMetadata, mediaLibraryPage } from '@/app/[locale]/media/_library/routes';

// Pre-rendered for every locale by the layout's static params; re-rendered at most every 60 s (embargoes lift).
export const revalidate = 60;
export const generateMetadata = mediaLibraryMetadata(undefined);
export default mediaLibraryPage(undefined);
