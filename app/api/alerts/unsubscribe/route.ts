import { env } from '@/lib/env';
import type { Locale } from '@/lib/i18n/locales';
import { answerLocale, isSameOrigin, readForm, seeOther, withError } from '@/lib/alerts/http';
import { getAlerts, subscriberFromToken } from '@/lib/alerts/server';
import { unsubscribe } from '@/lib/alerts/subscriptions';
import { subscribeResultPath, subscribeTokenPath } from '@/lib/routing';

/**
 * /api/alerts/unsubscribe?token=…: the List-Unsubscribe URL of every alert.
 *
 * - POST from a mail program (RFC 8058 one-click, body "List-Unsubscribe=One-Click", url-encoded or multipart):
 *   unsubscribes at once and answers in plain text. No Origin check: mail providers post from their servers, and
 *   the signed, unsubscribe-only token is the authority.
 * - POST from the unsubscribe page's button (a form with a locale): Origin-checked, then a localized page.
 * - GET (an old mail program opening the URL, or a link scanner): only shows the page with the button.
 */
export async function POST(request: Request): Promise<Response> {
  const queryToken = new URL(request.url).searchParams.get('token') ?? undefined;
  const isForm = (request.headers.get('content-type') ?? '').startsWith('application/x-www-form-urlencoded');
  const read = isForm ? await readForm(request) : undefined;
  const form = read?.ok ? read.form : undefined;
  if (form?.has('locale')) return fromPage(request, form);
  if (read && !read.ok && read.error === 'tooLarge') return text(413, 'The request body is too large.');
  try {
    const found = await subscriberFromToken(queryToken, 'unsubscribe');
    if (!found.ok)
      return text(
        found.error === 'unknown' ? 404 : 400,
        found.error === 'unknown' ? 'No subscription for this link.' : 'This unsubscribe link is not valid.',
      );
    await unsubscribe((await getAlerts()).db, found.subscriber.id, new Date());
    return text(200, 'You are unsubscribed from smart Newsroom alerts.');
  } catch (error) {
    console.error('alerts: one-click unsubscribe failed', error);
    return text(503, 'Unsubscribing is not possible right now. Please try again in a few minutes.');
  }
}

async function fromPage(request: Request, form: URLSearchParams): Promise<Response> {
  const locale = answerLocale(request, form);
  const refuse = (error: string) => seeOther(withError(subscribeTokenPath(locale, 'unsubscribe'), error));
  if (!isSameOrigin(request, env.siteUrl)) return refuse('origin');
  try {
    const found = await subscriberFromToken(
      form.get('token') ?? new URL(request.url).searchParams.get('token'),
      'unsubscribe',
    );
    if (!found.ok) return refuse(found.error);
    await unsubscribe((await getAlerts()).db, found.subscriber.id, new Date());
    return seeOther(subscribeResultPath(locale, 'unsubscribed'));
  } catch (error) {
    console.error('alerts: unsubscribe failed', error);
    return refuse('unavailable');
  }
}

export async function GET(request: Request): Promise<Response> {
  const token = new URL(request.url).searchParams.get('token') ?? '';
  let locale: Locale = 'en';
  try {
    const found = await subscriberFromToken(token, 'unsubscribe');
    if (found.ok) locale = found.subscriber.locale;
  } catch {
    // The page explains a link it cannot check.
  }
  return seeOther(subscribeTokenPath(locale, 'unsubscribe', token.slice(0, 200)));
}

const text = (status: number, body: string) =>
  new Response(`${body}\n`, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
  });
