import { seeOther } from '@/lib/alerts/http';
import { getAlerts } from '@/lib/alerts/server';
import { confirmSubscription } from '@/lib/alerts/subscriptions';
import { tokenFormHandler } from '@/lib/alerts/token-form';
import { signToken } from '@/lib/alerts/tokens';
import { subscribeTokenPath } from '@/lib/routing';

/**
 * POST /api/alerts/confirm: the button on the confirmation page (the link in the e-mail only shows that page, so a
 * mail scanner following links cannot confirm on anyone's behalf). Confirmed, it opens the settings page.
 */
export const POST = tokenFormHandler(
  'confirm',
  (locale) => subscribeTokenPath(locale, 'confirm'),
  'confirmation',
  async (subscriber, { locale, refuse }) => {
    const now = new Date();
    const { db, secret } = await getAlerts();
    const result = await confirmSubscription(db, subscriber.id, now);
    if (result === 'not-pending') return refuse('notPending');
    if (result === 'unknown') return refuse('unknown');
    const manage = signToken(secret, 'manage', subscriber.id, now);
    return seeOther(`${subscribeTokenPath(locale, 'preferences', manage)}&status=confirmed`);
  },
);
