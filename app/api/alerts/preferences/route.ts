import { env } from '@/lib/env';
import { formError, formFields, preferencesForm } from '@/lib/alerts/forms';
import { answerLocale, isSameOrigin, readForm, seeOther, withError } from '@/lib/alerts/http';
import { postedFormCookie, postedPreferencesForm } from '@/lib/alerts/posted-form';
import { getAlerts, subscriberFromToken } from '@/lib/alerts/server';
import { updatePreferences } from '@/lib/alerts/subscriptions';
import { subscribeTokenPath } from '@/lib/routing';

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
    const found = await subscriberFromToken(token, 'manage');
    if (!found.ok) return seeOther(withError(page(), found.error));
    // The token is good: show the form again, as it was sent, with what was wrong.
    if (!parsed.success) {
      const posted = postedPreferencesForm(read.form, found.subscriber.id);
      return seeOther(withError(page(token), formError(parsed.error)), postedFormCookie(locale, posted, env.siteUrl));
    }
    const { languages, topics } = parsed.data;
    await updatePreferences((await getAlerts()).db, found.subscriber.id, { languages, topics }, new Date());
    return seeOther(`${page(token)}&status=saved`, postedFormCookie(locale, undefined, env.siteUrl));
  } catch (error) {
    console.error('alerts: saving preferences failed', error);
    return seeOther(withError(page(), 'unavailable'));
  }
}
