import type { NextApiRequest, NextApiResponse } from 'next';
import { content } from '@/lib/content/facade';
import { queryValue, sendDownload, sendUsageEnded, sendRedirect } from '@/lib/media/downloads';
import { deliveredRendition } from '@/lib/media/renditions/delivered';
import { parseRenditionSegment, renditionDownloadName, renditionPath } from '@/lib/routing';

export const config = { api: { responseLimit: false, bodyParser: false } };

/**
 * /media/{slug}/{file}/{rendition}.{version}.jpg (rewritten here by next.config.ts): a rendition of a public release's
 * image (lib/media/renditions), with the release's rights written in. The version names the exact bytes, so the
 * answer is cached for good; a stale version or the bare name (/media/{slug}/{file}/web, and the crop URLs of
 * earlier releases of this site) redirects to the current one for a minute. Everything the gate does not let
 * through, and anything that is not an image, is not found, exactly like an unknown name.
 */
export default async function rendition(request: NextApiRequest, response: NextApiResponse) {
  const slug = queryValue(request.query, 'slug');
  const file = queryValue(request.query, 'file');
  const wanted = parseRenditionSegment(queryValue(request.query, 'rendition') ?? '');
  const found = slug && file && wanted ? content.findReleaseFile(slug, file) : undefined;
  if (!slug || !wanted || !found?.image) return sendDownload(request, response, undefined);
  if (found.usageEnded) return sendUsageEnded(request, response, found.usageEnded);
  const delivered = await deliveredRendition(found, wanted.rendition);
  if (wanted.version !== delivered.version) {
    const current = renditionPath(slug, found.file, wanted.rendition, delivered.version);
    return sendRedirect(request, response, current, 'public, max-age=60, s-maxage=60');
  }
  sendDownload(request, response, {
    body: delivered.body,
    type: 'image/jpeg',
    fileName: renditionDownloadName(slug, found.file, wanted.rendition),
    disposition: 'inline',
    cacheControl: 'public, max-age=31536000, immutable',
  });
}
