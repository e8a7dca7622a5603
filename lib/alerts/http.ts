import { isLocale, type Locale } from '@/lib/i18n/locales';

/**
 * What the alerts' route handlers share: a size-capped form reader, the Origin check, the client's network
 * address, and the 303 answer that sends a browser to a localized page (a form post never ends on a raw error).
 */

/** Far more than the largest honest form (an address, six languages, six topics, a token). */
export const MAX_FORM_BYTES = 4096;

export type FormResult = { ok: true; form: URLSearchParams } | { ok: false; error: 'tooLarge' | 'invalid' };

export async function readForm(request: Request): Promise<FormResult> {
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > MAX_FORM_BYTES) return { ok: false, error: 'tooLarge' };
  const type = request.headers.get('content-type') ?? '';
  if (!type.startsWith('application/x-www-form-urlencoded')) return { ok: false, error: 'invalid' };
  if (!request.body) return { ok: true, form: new URLSearchParams() };
  // Read no further than the cap, whatever Content-Length claimed (or if it was absent).
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_FORM_BYTES) {
      await reader.cancel();
      return { ok: false, error: 'tooLarge' };
    }
    chunks.push(value);
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks));
    return { ok: true, form: new URLSearchParams(text) };
  } catch {
    return { ok: false, error: 'invalid' };
  }
}

/**
 * Whether a POST comes from one of our own pages: its Origin (or, from older browsers, its Referer) must be the
 * public site or the address the request was made to. Stops other sites from posting forms in a visitor's name.
 */
export function isSameOrigin(request: Request, siteUrl: string): boolean {
  const claimed = request.headers.get('origin') ?? refererOrigin(request.headers.get('referer'));
  if (!claimed || claimed === 'null') return false;
  const own = new Set([new URL(siteUrl).origin, new URL(request.url).origin]);
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  const proto = request.headers.get('x-forwarded-proto') ?? new URL(request.url).protocol.replace(/:$/, '');
  if (host) own.add(`${proto}://${host}`);
  return own.has(claimed);
}

function refererOrigin(referer: string | null): string | undefined {
  if (!referer) return undefined;
  try {
    return new URL(referer).origin;
  } catch {
    return undefined;
  }
}

/**
 * The client's network address: the first X-Forwarded-For hop. `next start` sets the header to the socket's
 * address when no front server did; behind nginx, the front must set it (not append to what the client sent).
 */
export function clientAddress(request: Request): string {
  const first = request.headers.get('x-forwarded-for')?.split(',')[0]?.trim();
  return first ? first.replace(/^::ffff:/, '') : 'unknown';
}

/**
 * "See other": the browser follows with a GET, so a reload never posts the form again. `cookie` (a Set-Cookie
 * value) carries what was posted to the page it lands on (lib/alerts/posted-form.ts).
 */
export function seeOther(path: string, cookie?: string): Response {
  const headers = new Headers({ Location: path, 'Cache-Control': 'no-store' });
  if (cookie) headers.set('Set-Cookie', cookie);
  return new Response(null, { status: 303, headers });
}

/**
 * The language to answer in: the form's hidden locale; for a form too large or garbled to read, the language of
 * the page it was sent from (the Referer's first path segment); else English.
 */
export function answerLocale(request: Request, form: URLSearchParams | undefined): Locale {
  const fromForm = form?.get('locale');
  if (isLocale(fromForm)) return fromForm;
  const referer = request.headers.get('referer');
  const fromPage = referer && URL.canParse(referer) ? new URL(referer).pathname.split('/')[1] : undefined;
  return isLocale(fromPage) ? fromPage : 'en';
}

/** A page path with `?error=` (or `&error=`) appended. */
export const withError = (path: string, error: string) => `${path}${path.includes('?') ? '&' : '?'}error=${error}`;
