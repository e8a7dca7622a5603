import { readFileSync } from 'node:fs';
import path from 'node:path';
import { content } from '@/lib/content';
import { isLocale } from '@/lib/i18n/locales';
import { recentReleaseRecords, searchIndexStamp } from '@/lib/search/records';

// The public gate is evaluated on every request, so a release is findable the minute its embargo lifts.
export const dynamic = 'force-dynamic';

/**
 * When the search index was built, from the stamp scripts/search-index.ts writes beside it. Read on every request
 * (a few bytes): a rebuilt index is followed by a restart, but nothing here should depend on that.
 */
function indexedAt(): Date | undefined {
  try {
    const stamp: unknown = JSON.parse(
      readFileSync(
        path.join(/* turbopackIgnore: true */ process.cwd(), 'public', 'pagefind', searchIndexStamp),
        'utf8',
      ),
    );
    const value = typeof stamp === 'object' && stamp !== null && 'indexedAt' in stamp ? stamp.indexedAt : undefined;
    const date = typeof value === 'string' ? new Date(value) : undefined;
    return date && !Number.isNaN(date.getTime()) ? date : undefined;
  } catch {
    return undefined;
  }
}

/**
 * /{locale}/search/recent.json: the search records (the same as the index's) of the locale's releases whose embargo
 * lifted after the index was built. The search page searches them beside the index until the next build. Without
 * an index there is nothing to add to: an empty list.
 */
export async function GET(_request: Request, { params }: RouteContext<'/[locale]/search/recent.json'>) {
  const { locale } = await params;
  if (!isLocale(locale))
    return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  const since = indexedAt();
  const records = since ? recentReleaseRecords(content, locale, since) : [];
  return Response.json(
    { records },
    // Like the feeds: a cache may keep it a minute, so a lifted embargo is findable within about a minute.
    { headers: { 'Cache-Control': 'public, max-age=0, s-maxage=60, stale-while-revalidate=300' } },
  );
}
