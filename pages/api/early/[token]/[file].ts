import type { NextApiRequest, NextApiResponse } from 'next';
import { sendZip } from '@/lib/downloads/send-zip';
import { clientOf, earlyFile, logVisit, openLink } from '@/lib/early-access/server';
import { isLocale } from '@/lib/i18n/locales';
import { answeredAlready, queryValue, sendDownload, sendRedirect } from '@/lib/media/downloads';
import { sendReleaseFile } from '@/lib/media/send-release-file';
import { releasePressKit } from '@/lib/press-kit/load';
import { mediaPath, parseEarlyPressKitFile, pressKitPath } from '@/lib/routing';

export const config = { api: { responseLimit: false, bodyParser: false } };

/** Never stored by a browser, the nginx front or a CDN: the file is under embargo and for one person. */
const privateFile = 'private, no-store';

/**
 * /early/{token}/{file} (rewritten here by next.config.ts): a file of the release a personal link opens, through the
 * same checks as the page (lib/early-access/gate.ts): a release's file by its name, or `press-kit.{locale}.zip`.
 * Each download is logged. After the lift it redirects to the public file; otherwise, anything the link does not
 * open is the same plain 404 as an unknown media URL.
 */
export default async function earlyAccessFile(request: NextApiRequest, response: NextApiResponse) {
  if (answeredAlready(request, response)) return;
  const file = queryValue(request.query, 'file') ?? '';
  const visit = await openLink(queryValue(request.query, 'token'));
  const kitLocale = parseEarlyPressKitFile(file);
  if (visit.kind === 'lifted') {
    const location =
      kitLocale && isLocale(kitLocale) ? pressKitPath(kitLocale, visit.slug) : mediaPath(visit.slug, file);
    return sendRedirect(request, response, location, 'no-store');
  }
  if (visit.kind !== 'open') return sendDownload(request, response, undefined);
  if (kitLocale !== undefined) {
    const translation = isLocale(kitLocale) ? visit.grant.versions.get(kitLocale) : undefined;
    if (!translation) return sendDownload(request, response, undefined);
    await logVisit(visit.grantId, 'download', clientOf(request.headers, request.socket.remoteAddress), file);
    const kit = await releasePressKit(translation, visit.instructions);
    return sendZip(request, response, { ...kit, cacheControl: privateFile });
  }
  const found = earlyFile(visit, file);
  if (!found) return sendDownload(request, response, undefined);
  // A player asks for a film in many ranges: one entry per request would bury the downloads in the log.
  if (!request.headers.range || request.headers.range.startsWith('bytes=0-'))
    await logVisit(visit.grantId, 'download', clientOf(request.headers, request.socket.remoteAddress), file);
  await sendReleaseFile(request, response, found, privateFile);
}
