import { env } from '@/lib/env';
import { loadContent } from './load';
import { createEarlyAccess } from './early';
import { createQueries } from './queries';
import type { ContentData } from './types';

/**
 * The newsroom's content facade: the only way pages, feeds and route handlers read content. Data is read once
 * per server process; the clock is read on every query so that embargoes lift without a rebuild.
 *
 * Import it as `@/lib/content` (index.ts adds the 'server-only' guard). Only the download handlers under
 * pages/api import this file directly: Next compiles them without the react-server condition, where the
 * 'server-only' marker throws (see lib/media/downloads.ts for why downloads are pages API routes).
 */
let cache: ContentData | undefined;
const data = () => (cache ??= loadContent());
const create = () => createQueries(data, () => new Date(), { preview: env.preview });

/**
 * Next bundles route handlers and pages separately, and each bundle gets its own copy of this module: without a
 * process-wide instance, one `next build` worker or `next start` process would read and parse the content (173 MB
 * at 30,000 releases) and build its indexes once per bundle. In development each reload starts afresh, as
 * `npm run dev` rewrites the content while the server runs.
 */
const shared = globalThis as typeof globalThis & { [key: symbol]: ReturnType<typeof createQueries> | undefined };
const key = Symbol.for('smart-newsroom.content');

export const content: ReturnType<typeof createQueries> = process.env.NODE_ENV === 'production' ? (shared[key] ??= create()) : create();

/**
 * The one path to a release under embargo, for a verified early-access grant (./early.ts), over the same data. Not
 * exported by '@/lib/content': only lib/early-access/server.ts uses it.
 */
export const early = createEarlyAccess(data, () => new Date());
