import type { NextApiRequest, NextApiResponse } from 'next';
import { sendZip } from '@/lib/downloads/send-zip';
import { answeredAlready, queryValue, sendDownload } from '@/lib/media/downloads';
import { isLocale } from '@/lib/i18n/locales';
import { pressKit } from '@/lib/press-kit/load';
import { parsePressKitFile } from '@/lib/routing';

export const config = { api: { responseLimit: false, bodyParser: false } };

/**
 * /{locale}/press-kits/{slug}.zip (rewritten here by next.config.ts; see lib/media/downloads.ts): the press kit of a
 * public release translation, streamed. Anything else (unknown or hostile ids, drafts, embargoed releases) is not
 * found.
 */
export default async function pressKitDownload(request: NextApiRequest, response: NextApiResponse) {
  const locale = queryValue(request.query, 'locale');
  const slug = parsePressKitFile(queryValue(request.query, 'file') ?? '');
  if (answeredAlready(request, response)) return;
  const kit = isLocale(locale) && slug ? await pressKit(locale, slug) : undefined;
  if (!kit) return sendDownload(request, response, undefined);
  await sendZip(request, response, {
    ...kit,
    // Short: a corrected release changes the kit under the same URL.
    cacheControl: 'public, max-age=300, s-maxage=60, stale-while-revalidate=3540',
  });
}
