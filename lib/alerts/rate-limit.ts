import { createHmac } from 'node:crypto';
import { writeTransaction, type Db } from '@/lib/storage/db';

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
 * the exhausted limit is returned. All in one writer's transaction, so concurrent requests cannot both slip through.
 */
export function consumeRateLimits(db: Db, checks: readonly RateLimit[], now: Date): Promise<RateLimit | undefined> {
  const at = now.getTime();
  return writeTransaction(db, async (trx) => {
    await trx
      .deleteFrom('rate_events')
      .where('at', '<=', at - 24 * hour)
      .execute();
    for (const check of checks) {
      const used = await trx
        .selectFrom('rate_events')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('key', '=', check.key)
        .where('at', '>', at - check.windowMs)
        .executeTakeFirst();
      if ((used?.n ?? 0) >= check.max) return check;
    }
    if (checks.length > 0)
      await trx
        .insertInto('rate_events')
        .values(checks.map((check) => ({ key: check.key, at })))
        .execute();
    return undefined;
  });
}
