import 'server-only';
import { env } from '@/lib/env';
import { openAlertsDb, type AlertsDb } from './db';
import { createMailer, type Mailer } from './mailer';
import { resolveSecret } from './secret';
import { findSubscriber, type Subscriber } from './subscriptions';
import { verifyToken, type TokenPurpose } from './tokens';

/**
 * The alerts as the web server uses them: one database connection, one link key and one mailer per process,
 * opened on first use (so `next build` never touches the database). Guarded by 'server-only'; the sender script
 * (scripts/alerts-send.ts) composes the same modules itself.
 */
type Alerts = { db: AlertsDb; secret: string; mailer: Mailer; from: string; siteUrl: string };
let alerts: Alerts | undefined;

export function getAlerts(): Alerts {
  alerts ??= {
    db: openAlertsDb(env.alerts.db),
    secret: resolveSecret(env.alerts.secret, env.alerts.db),
    mailer: createMailer(env.alerts),
    from: env.alerts.from,
    siteUrl: env.siteUrl,
  };
  return alerts;
}

export type LinkError = 'invalidLink' | 'expiredConfirm' | 'expiredManage' | 'unknown';

/** The subscriber a signed link names, or why the link cannot be used. */
export function subscriberFromToken(
  token: unknown,
  purpose: TokenPurpose,
  now = new Date(),
): { ok: true; subscriber: Subscriber } | { ok: false; error: LinkError } {
  const { db, secret } = getAlerts();
  const check = verifyToken(secret, token, purpose, now);
  if (!check.ok)
    return {
      ok: false,
      error: check.reason === 'invalid' ? 'invalidLink' : purpose === 'confirm' ? 'expiredConfirm' : 'expiredManage',
    };
  const subscriber = findSubscriber(db, check.subscriberId);
  return subscriber ? { ok: true, subscriber } : { ok: false, error: 'unknown' };
}
