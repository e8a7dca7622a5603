import type { NextApiRequest, NextApiResponse } from 'next';
import { content } from '@/lib/content/facade';
import { queryValue, sendDownload, sendUsageEnded } from '@/lib/media/downloads';
import { sendReleaseFile } from '@/lib/media/send-release-file';

/** Originals are large; Next's 4 MB warning for API responses does not apply to downloads. */
export const config = { api: { responseLimit: false, bodyParser: false } };

/**
 * /media/{slug}/{file} (rewritten here by next.config.ts; see lib/media/downloads.ts): a file that a public release
 * names (hero, gallery, attachment, a video's films, poster and captions). Unknown slugs and names, traversal
 * attempts and files of drafts or embargoed releases are not found: only names listed by a public release are ever
 * read from disk. A picture or video past its usage period is gone (410).
 */
export default async function media(request: NextApiRequest, response: NextApiResponse) {
  const slug = queryValue(request.query, 'slug');
  const file = queryValue(request.query, 'file');
  const found = slug && file ? content.findReleaseFile(slug, file) : undefined;
  if (!found) return sendDownload(request, response, undefined);
  if (found.usageEnded) return sendUsageEnded(request, response, found.usageEnded);
  // The original under a name never changes (a new image gets a new file name).
  await sendReleaseFile(request, response, found, 'public, max-age=3600, s-maxage=86400, stale-while-revalidate=86400');
}
