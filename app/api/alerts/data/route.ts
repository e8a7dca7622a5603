import { env } from '@/lib/env';
import { formFields, tokenForm } from '@/lib/alerts/forms';
import { answerLocale, isSameOrigin, readForm, seeOther, withError } from '@/lib/alerts/http';
import { getAlerts, subscriberFromToken } from '@/lib/alerts/server';
import { exportSubscriber } from '@/lib/alerts/subscriptions';
import { subscribeTokenPath } from '@/lib/urls';

/** POST /api/alerts/data: everything stored about the subscriber, as a JSON download (GDPR Art. 15 and 20). */
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
    const data = exportSubscriber(getAlerts().db, found.subscriber.id);
    if (!data) return refuse('unknown');
    const body = `${JSON.stringify({ service: 'smart Newsroom alerts', exportedAt: new Date().toISOString(), ...data }, null, 2)}\n`;
    return new Response(body, {
      headers: {
        'Content-Type': 'application/json; charset=utf-8',
        'Content-Disposition': 'attachment; filename="smart-newsroom-alerts-data.json"',
        'Cache-Control': 'no-store',
      },
    });
  } catch (error) {
    console.error('alerts: data export failed', error);
    return refuse('unavailable');
  }
}
