import { seeOther } from '@/lib/alerts/http';
import { getAlerts } from '@/lib/alerts/server';
import { deleteSubscriber } from '@/lib/alerts/subscriptions';
import { tokenFormHandler } from '@/lib/alerts/token-form';
import { subscribeResultPath, subscribeTokenPath } from '@/lib/routing';

/** POST /api/alerts/delete: erases the subscriber, their consent record and their delivery log (GDPR Art. 17). */
export const POST = tokenFormHandler(
  'manage',
  (locale) => subscribeTokenPath(locale, 'preferences'),
  'deletion',
  async (subscriber, { locale }) => {
    await deleteSubscriber((await getAlerts()).db, subscriber.id);
    return seeOther(subscribeResultPath(locale, 'deleted'));
  },
);
