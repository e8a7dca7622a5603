import 'server-only';
/** The content facade (see facade.ts), guarded so that no client component can import it. */
export { content } from './facade';

export { isPublic } from './gate';
export { MEDIA_PAGE_SIZE, PAGE_SIZE, releaseYear, type MediaFilter, type MediaListing, type Paged, type ReleaseFilter } from './queries';
export type * from './types';
export type { ContentAttachment, ContentImage } from './schema';
