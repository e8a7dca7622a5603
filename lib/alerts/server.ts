import 'server-only';
import { env } from '@/lib/env';
import type { Db } from '@/lib/storage/db';
import { sharedDb } from '@/lib/storage/shared';
import { createMailer, type Mailer } from './mailer';
import { resolveSecret } from './secret';
import { findSubscriber, type Subscriber } from './subscriptions';
import { verifyToken, type TokenPurpose } from './tokens';

/**
 * The alerts as the web server uses them: the process's database handle (lib/storage/shared.ts), one link key and
 * one mailer per process, opened on first use (so `next build` never touches the database). Guarded by
 * 'server-only'; the sender script (scripts/alerts-send.ts) composes the same modules itself.
 */
type Alerts = { db: Db; secret: string; mailer: Mailer; from: string; siteUrl: string };
let settings: Omit<Alerts, 'db'> | undefined;

export async function getAlerts(): Promise<Alerts> {
  const db = await sharedDb();
  settings ??= {
    secret: resolveSecret(env.alerts.secret, env.alerts.db),
    mailer: createMailer(env.alerts),
    from: env.alerts.from,
    siteUrl: env.siteUrl,
  };
  return { db, ...settings };
}

export type LinkError = 'invalidLink' | 'expiredConfirm' | 'expiredManage' | 'unknown';

/** The subscriber a signed link names, or why the link cannot be used. */
export async function subscriberFromToken(
  token: unknown,
  purpose: TokenPurpose,
  now = new Date(),
): Promise<{ ok: true; subscriber: Subscriber } | { ok: false; error: LinkError }> {
  const { db, secret } = await getAlerts();
  const check = verifyToken(secret, token, purpose, now);
  if (!check.ok)
    return {
      ok: false,
      error: check.reason === 'invalid' ? 'invalidLink' : purpose === 'confirm' ? 'expiredConfirm' : 'expiredManage',
    };
  const subscriber = await findSubscriber(db, check.subscriberId);
  return subscriber ? { ok: true, subscriber } : { ok: false, error: 'unknown' };
}
