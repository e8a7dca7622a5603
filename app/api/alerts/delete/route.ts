import { env } from '@/lib/env';
import { formFields, tokenForm } from '@/lib/alerts/forms';
import { answerLocale, isSameOrigin, readForm, seeOther, withError } from '@/lib/alerts/http';
import { getAlerts, subscriberFromToken } from '@/lib/alerts/server';
import { deleteSubscriber } from '@/lib/alerts/subscriptions';
import { subscribeResultPath, subscribeTokenPath } from '@/lib/urls';

/** POST /api/alerts/delete: erases the subscriber, their consent record and their delivery log (GDPR Art. 17). */
export async function POST(request: Request): Promise<Response> {
  const read = await readForm(request);
  const locale = answerLocale(request, read.ok ? read.form : undefined);
  const refuse = (error: string) => seeOther(withError(subscribeTokenPath(locale, 'preferences'), error));
  if (!isSameOrigin(request, env.siteUrl)) return refuse('origin');
  if (!read.ok) return refuse(read.error);
  const parsed = tokenForm.safeParse(formFields(read.form));
  if (!parsed.success) return refuse('invalidLink');
  try {
    const found = subscriberFromToken(parsed.data.token, 'manage');
    if (!found.ok) return refuse(found.error);
    deleteSubscriber(getAlerts().db, found.subscriber.id);
    return seeOther(subscribeResultPath(locale, 'deleted'));
  } catch (error) {
    console.error('alerts: deletion failed', error);
    return refuse('unavailable');
  }
}
