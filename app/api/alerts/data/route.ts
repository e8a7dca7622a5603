import { getAlerts } from '@/lib/alerts/server';
import { exportSubscriber } from '@/lib/alerts/subscriptions';
import { tokenFormHandler } from '@/lib/alerts/token-form';
import { subscribeTokenPath } from '@/lib/routing';

/** POST /api/alerts/data: everything stored about the subscriber, as a JSON download (GDPR Art. 15 and 20). */
export const POST = tokenFormHandler('manage', (locale) => subscribeTokenPath(locale, 'preferences'), 'data export', async (subscriber, { refuse }) => {
  const data = await exportSubscriber((await getAlerts()).db, subscriber.id);
  if (!data) return refuse('unknown');
  const body = `${JSON.stringify({ service: 'smart Newsroom alerts', exportedAt: new Date().toISOString(), ...data }, null, 2)}\n`;
  return new Response(body, {
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': 'attachment; filename="smart-newsroom-alerts-data.json"',
      'Cache-Control': 'no-store',
    },
  });
});
