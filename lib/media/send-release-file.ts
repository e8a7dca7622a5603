import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ReleaseFile } from '@/lib/content/queries';
import { mediaDownloadName } from '@/lib/routing';
import { sendDownload, sendFile } from './downloads';
import { releaseFile } from './files';
import { mediaTypeOf } from './format';
import { originalBytes } from './original';

/**
 * Sends a file that a release names, found through a gate (the public one, or an early-access grant): a picture as
 * lib/media/original.ts makes it, with its rights written in and its image data byte for byte; an attachment as it
 * is; films and captions streamed from disk with byte ranges (players seek). A name of no known type is not found.
 */
export async function sendReleaseFile(
  request: IncomingMessage,
  response: ServerResponse,
  found: ReleaseFile,
  cacheControl: string,
): Promise<void> {
  const type = mediaTypeOf(found.file);
  if (!type) return sendDownload(request, response, undefined);
  const fileName = mediaDownloadName(found.release.slug, found.file);
  if (!found.image && found.video) {
    const path = releaseFile(found.folder, found.file);
    return sendFile(request, response, {
      path,
      size: (await stat(path)).size,
      type,
      fileName,
      disposition: 'inline',
      cacheControl,
    });
  }
  sendDownload(request, response, {
    body: await originalBytes(found),
    type,
    fileName,
    disposition: 'inline',
    cacheControl,
  });
}
