import type { NextApiRequest, NextApiResponse } from 'next';
import { checkItem, isRefusal } from '@/lib/basket/check';
import type { BasketFacts } from '@/lib/basket/facts';
import { readBasketRequest, refuseNonPost, sendJson } from '@/lib/basket/http';

// A static literal, as Next requires: 80 keys of a few dozen characters fit many times over.
export const config = { api: { bodyParser: { sizeLimit: '64kb' } } };

/**
 * POST /api/basket/items, `{ locale, items: ["{slug}/{file}:{rendition}", ...] }`: what the basket page shows of
 * each item, asked of the public gate now (lib/basket/check.ts), with the items it no longer lets through.
 */
export default async function basketItems(request: NextApiRequest, response: NextApiResponse) {
  if (refuseNonPost(request, response)) return;
  const read = readBasketRequest(request.body, 'items');
  if (!read.ok) {
    const errors = read.status === 400 ? read.errors : ['a basket holds at most 80 items'];
    return sendJson(response, 400, { errors });
  }
  const checked = await Promise.all(read.items.map((item) => checkItem(item, read.locale)));
  const answer: BasketFacts = {
    items: checked.flatMap((c) => (isRefusal(c) ? [] : [c.facts])),
    refused: checked.filter(isRefusal),
  };
  sendJson(response, 200, answer);
}
