import type { NextApiRequest, NextApiResponse } from 'next';
import { content } from '@/lib/content/facade';
import { stat } from 'node:fs/promises';
import { queryValue, sendDownload, sendFile, sendUsageEnded } from '@/lib/media/downloads';
import { releaseFile } from '@/lib/media/files';
import { mediaTypeOf } from '@/lib/media/format';
import { originalBytes } from '@/lib/media/original';
import { mediaDownloadName } from '@/lib/routing';

/** Originals are large; Next's 4 MB warning for API responses does not apply to downloads. */
export const config = { api: { responseLimit: false, bodyParser: false } };

/**
 * /media/{slug}/{file} (rewritten here by next.config.ts; see lib/media/downloads.ts): a file that a public release names
 * (hero, gallery, attachment, a video's films, poster and captions), as lib/media/original.ts makes it: a picture
 * with its rights written in and its image data byte for byte, an attachment as it is; films and captions streamed
 * with byte ranges. Unknown slugs and names, traversal attempts and files of drafts or
 * embargoed releases are not found: only names listed by a public release are ever read from disk.
 */
export default async function media(request: NextApiRequest, response: NextApiResponse) {
  const slug = queryValue(request.query, 'slug');
  const file = queryValue(request.query, 'file');
  const found = slug && file ? content.findReleaseFile(slug, file) : undefined;
  const type = found && mediaTypeOf(found.file);
  if (!slug || !found || !type) return sendDownload(request, response, undefined);
  if (found.usageEnded) return sendUsageEnded(request, response, found.usageEnded);
  // Films and captions are streamed from disk with byte ranges (players seek); pictures carry their rights.
  if (!found.image && found.video) {
    const path = releaseFile(found.folder, found.file);
    return sendFile(request, response, {
      path,
      size: (await stat(path)).size,
      type,
      fileName: mediaDownloadName(slug, found.file),
      disposition: 'inline',
      cacheControl: 'public, max-age=3600, s-maxage=86400, stale-while-revalidate=86400',
    });
  }
  sendDownload(request, response, {
    body: await originalBytes(found),
    type,
    fileName: mediaDownloadName(slug, found.file),
    disposition: 'inline',
    // The original under a name never changes (a new image gets a new file name).
    cacheControl: 'public, max-age=3600, s-maxage=86400, stale-while-revalidate=86400',
  });
}
