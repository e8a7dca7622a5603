import type { NextApiRequest, NextApiResponse } from 'next';
import { planBasket } from '@/lib/basket/download';
import { readBasketRequest, refuseNonPost, sendJson } from '@/lib/basket/http';
import { sendZip } from '@/lib/downloads/send-zip';
import { basketPath } from '@/lib/routing';

// A static literal, as Next requires: small form bodies in, archives of up to 2 GB out.
export const config = { api: { bodyParser: { sizeLimit: '64kb' }, responseLimit: false } };

const backToBasket = (response: NextApiResponse, path: string) =>
  response.writeHead(303, { Location: path, 'Cache-Control': 'no-store', 'Content-Length': '0' }).end();

/**
 * POST /api/basket/download, a form (`locale`, repeated `item`) posted by the basket page: the basket as one ZIP,
 * streamed with its exact length (lib/basket/download.ts plans it; the browser's download manager shows progress).
 * Items the gate no longer lets through are left out and named in its README; when nothing is left, or the basket
 * is over a cap, the browser goes back to the basket page, which says why.
 */
export default async function basketDownload(request: NextApiRequest, response: NextApiResponse) {
  if (refuseNonPost(request, response)) return;
  const read = readBasketRequest(request.body, 'item');
  if (!read.ok && read.status === 400) return sendJson(response, 400, { errors: read.errors });
  if (!read.ok) return backToBasket(response, `${basketPath(read.locale)}?over=items`);
  const madeAt = new Date();
  const plan = await planBasket(read.items, read.locale, madeAt);
  if (plan.kind === 'nothing') return backToBasket(response, `${basketPath(read.locale)}?refused=all`);
  if (plan.kind === 'overBytes') return backToBasket(response, `${basketPath(read.locale)}?over=bytes`);
  await sendZip(request, response, {
    entries: plan.entries,
    mtime: madeAt.toISOString(),
    fileName: `smart-newsroom-${madeAt.toISOString().slice(0, 10)}.zip`,
    cacheControl: 'private, no-store',
  });
}
