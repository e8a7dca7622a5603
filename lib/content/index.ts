import 'server-only';
import { env } from '@/lib/env';
import { loadContent } from './load';
import { createQueries } from './queries';
import type { ContentData } from './types';

/**
 * The newsroom's content facade: the only way pages, feeds and route handlers read content. Data is read once
 * per server process; the clock is read on every query so that embargoes lift without a rebuild.
 */
let cache: ContentData | undefined;
const data = () => (cache ??= loadContent());

export const content = createQueries(data, () => new Date(), { preview: env.preview });

export { isPublic } from './gate';
export { PAGE_SIZE, releaseYear, type Paged, type ReleaseFilter } from './queries';
export type * from './types';
export type { ContentAttachment, ContentImage } from './schema';
