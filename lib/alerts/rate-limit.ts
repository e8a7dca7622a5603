import { createHmac } from 'node:crypto';
import type { AlertsDb } from './db';

/**
 * Sliding-window rate limits kept in the database, so they hold across restarts and across server processes.
 * Keys are HMACs of the address or network address, never the values themselves: the table stores no personal
 * data, and its rows expire after a day.
 */
export type RateLimit = { name: 'address' | 'client'; key: string; max: number; windowMs: number };

const hour = 60 * 60 * 1000;
export const limits = {
  /** Confirmation e-mails one inbox can be sent: enough for typos and second thoughts, too few to flood it. */
  address: { max: 3, windowMs: hour },
  /** Sign-ups one network may make: a newsroom behind one address is fine, a script is not. */
  client: { max: 10, windowMs: hour },
};

export function rateKey(secret: string, kind: RateLimit['name'], value: string): string {
  return `${kind}:${createHmac('sha256', secret).update(`rate/${kind}/${value}`).digest('base64url')}`;
}

/**
 * Counts one attempt against every limit, unless one of them is already used up: then nothing is recorded and
 * the exhausted limit is returned. All in one transaction, so concurrent requests cannot both slip through.
 */
export function consumeRateLimits(db: AlertsDb, checks: readonly RateLimit[], now: Date): RateLimit | undefined {
  const count = db.prepare<[string, number], { n: number }>(
    'SELECT count(*) AS n FROM rate_events WHERE key = ? AND at > ?',
  );
  const record = db.prepare('INSERT INTO rate_events (key, at) VALUES (?, ?)');
  const at = now.getTime();
  return db
    .transaction(() => {
      db.prepare('DELETE FROM rate_events WHERE at <= ?').run(at - 24 * hour);
      const exhausted = checks.find((check) => (count.get(check.key, at - check.windowMs)?.n ?? 0) >= check.max);
      if (exhausted) return exhausted;
      for (const check of checks) record.run(check.key, at);
      return undefined;
    })
    .immediate();
}
