import type { IncomingMessage, ServerResponse } from 'node:http';
import { isLocale, type Locale } from '@/lib/i18n/locales';
import { parseItemKeys, type BasketItem } from './items';

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

type BasketRequest =
  | { ok: true; locale: Locale; items: BasketItem[] }
  | { ok: false; status: 400; errors: string[] }
  | { ok: false; status: 303; locale: Locale; over: 'items' };

/**
 * A basket request's locale and items, from a JSON body (`{ locale, items: [...] }`, the list) or a form
 * (`locale`, repeated `item`, the download). Malformed is a 400 naming each problem; more items than a basket holds
 * sends the browser back to its basket.
 */
export function readBasketRequest(body: unknown, itemsField: 'items' | 'item'): BasketRequest {
  const locale = isRecord(body) ? body.locale : undefined;
  if (!isLocale(locale)) return { ok: false, status: 400, errors: ['locale must be one of the site’s languages'] };
  const parsed = parseItemKeys(isRecord(body) ? body[itemsField] : undefined);
  if (parsed.ok) return { ok: true, locale, items: parsed.items };
  return parsed.reason === 'malformed'
    ? { ok: false, status: 400, errors: parsed.errors }
    : { ok: false, status: 303, locale, over: 'items' };
}

/** Answers anything but POST with 405; true when answered. */
export function refuseNonPost(request: IncomingMessage, response: ServerResponse): boolean {
  if (request.method === 'POST') return false;
  response
    .writeHead(405, { Allow: 'POST', 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' })
    .end('Method not allowed');
  return true;
}

export function sendJson(response: ServerResponse, status: number, value: unknown): void {
  const body = JSON.stringify(value);
  response
    .writeHead(status, {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Length': String(Buffer.byteLength(body)),
      // Fresh from the gate on every request, and the same answer for no two baskets: never stored.
      'Cache-Control': 'private, no-store',
    })
    .end(body);
}
