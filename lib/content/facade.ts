import { env } from '@/lib/env';
import { loadContent } from './load';
import { createQueries } from './queries';
import type { ContentData } from './types';

/**
 * The newsroom's content facade: the only way pages, feeds and route handlers read content. Data is read once
 * per server process; the clock is read on every query so that embargoes lift without a rebuild.
 *
 * Import it as `@/lib/content` (index.ts adds the 'server-only' guard). Only the download handlers under
 * pages/api import this file directly: Next compiles them without the react-server condition, where the
 * 'server-only' marker throws (see lib/downloads.ts for why downloads are pages API routes).
 */
let cache: ContentData | undefined;
const data = () => (cache ??= loadContent());

export const content = createQueries(data, () => new Date(), { preview: env.preview });
