import { env } from '@/lib/env';
import { formFields, tokenForm } from '@/lib/alerts/forms';
import { answerLocale, isSameOrigin, readForm, seeOther, withError } from '@/lib/alerts/http';
import { getAlerts, subscriberFromToken } from '@/lib/alerts/server';
import { confirmSubscription } from '@/lib/alerts/subscriptions';
import { signToken } from '@/lib/alerts/tokens';
import { subscribeTokenPath } from '@/lib/urls';

/**
 * POST /api/alerts/confirm: the button on the confirmation page (the link in the e-mail only shows that page, so a
 * mail scanner following links cannot confirm on anyone's behalf). Confirmed, it opens the settings page.
 */
export async function POST(request: Request): Promise<Response> {
  const read = await readForm(request);
  const locale = answerLocale(request, read.ok ? read.form : undefined);
  const refuse = (error: string) => seeOther(withError(subscribeTokenPath(locale, 'confirm'), error));
  if (!isSameOrigin(request, env.siteUrl)) return refuse('origin');
  if (!read.ok) return refuse(read.error);
  const parsed = tokenForm.safeParse(formFields(read.form));
  if (!parsed.success) return refuse('invalidLink');
  try {
    const found = subscriberFromToken(parsed.data.token, 'confirm');
    if (!found.ok) return refuse(found.error);
    const now = new Date();
    const result = confirmSubscription(getAlerts().db, found.subscriber.id, now);
    if (result === 'not-pending') return refuse('notPending');
    if (result === 'unknown') return refuse('unknown');
    const manage = signToken(getAlerts().secret, 'manage', found.subscriber.id, now);
    return seeOther(`${subscribeTokenPath(locale, 'preferences', manage)}&status=confirmed`);
  } catch (error) {
    console.error('alerts: confirmation failed', error);
    return refuse('unavailable');
  }
}
