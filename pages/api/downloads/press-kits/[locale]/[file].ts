import type { NextApiRequest, NextApiResponse } from 'next';
import { queryValue, sendDownload } from '@/lib/media/downloads';
import { isLocale } from '@/lib/i18n/locales';
import { pressKitDownload } from '@/lib/press-kit/load';
import { parsePressKitFile } from '@/lib/routing';

export const config = { api: { responseLimit: false, bodyParser: false } };

/**
 * /{locale}/press-kits/{slug}.zip (rewritten here by next.config.ts; see lib/media/downloads.ts): the press kit of a
 * public release translation. Anything else (unknown or hostile ids, drafts, embargoed releases) is not found.
 */
export default async function pressKit(request: NextApiRequest, response: NextApiResponse) {
  const locale = queryValue(request.query, 'locale');
  const slug = parsePressKitFile(queryValue(request.query, 'file') ?? '');
  const kit = isLocale(locale) && slug ? await pressKitDownload(locale, slug) : undefined;
  sendDownload(
    request,
    response,
    kit && {
      body: kit.bytes,
      type: 'application/zip',
      fileName: kit.fileName,
      disposition: 'attachment',
      // Short: a corrected release changes the kit under the same URL.
      cacheControl: 'public, max-age=300, s-maxage=60, stale-while-revalidate=3540',
    },
  );
}
