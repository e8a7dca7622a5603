import 'server-only';
/** The content facade (see facade.ts), guarded so that no client component can import it. */
export { content } from './facade';

export type { MediaFilter, MediaListing, ReleaseFilter } from './queries';
export type * from './types';
export type { ContentImage } from './schema';
