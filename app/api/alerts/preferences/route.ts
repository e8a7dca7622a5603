import { env } from '@/lib/env';
import { formError, formFields, preferencesForm } from '@/lib/alerts/forms';
import { answerLocale, isSameOrigin, readForm, seeOther, withError } from '@/lib/alerts/http';
import { getAlerts, subscriberFromToken } from '@/lib/alerts/server';
import { updatePreferences } from '@/lib/alerts/subscriptions';
import { subscribeTokenPath } from '@/lib/urls';

/** POST /api/alerts/preferences: new languages and topics from the settings page (signed "manage" link). */
export async function POST(request: Request): Promise<Response> {
  const read = await readForm(request);
  const locale = answerLocale(request, read.ok ? read.form : undefined);
  const page = (token?: string) => subscribeTokenPath(locale, 'preferences', token);
  if (!isSameOrigin(request, env.siteUrl)) return seeOther(withError(page(), 'origin'));
  if (!read.ok) return seeOther(withError(page(), read.error));
  const parsed = preferencesForm.safeParse(formFields(read.form));
  const token = read.form.get('token') ?? undefined;
  try {
    const found = subscriberFromToken(token, 'manage');
    if (!found.ok) return seeOther(withError(page(), found.error));
    // The token is good: show the form again with what was wrong.
    if (!parsed.success) return seeOther(withError(page(token), formError(parsed.error)));
    const { languages, topicsMode, topics } = parsed.data;
    updatePreferences(getAlerts().db, found.subscriber.id, { languages, topics: topicsMode === 'all' ? 'all' : topics }, new Date());
    return seeOther(`${page(token)}&status=saved`);
  } catch (error) {
    console.error('alerts: saving preferences failed', error);
    return seeOther(withError(page(), 'unavailable'));
  }
}
