import { writeTransaction, type Db } from '@/lib/storage/db';
import { findJournalist, toJournalist, type Journalist } from './store';

/**
 * The data rights of an early-access journalist: everything stored about them, and its erasure. Alert subscribers'
 * export and deletion (lib/alerts/subscriptions.ts) include the record of the same person through these.
 */
/** Erases the person, their groups, grants and access log (ON DELETE CASCADE); says how much went, or undefined. */
export function deleteJournalist(
  db: Db,
  email: string,
): Promise<{ groups: number; grants: number; log: number } | undefined> {
  return writeTransaction(db, async (trx) => {
    const journalist = await findJournalist(trx, email);
    if (!journalist) return undefined;
    const count = async (table: 'access_grants' | 'access_log') => {
      const row = await trx
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('journalist_id', '=', journalist.id)
        .executeTakeFirst();
      return row?.n ?? 0;
    };
    const erased = {
      groups: journalist.groups.length,
      grants: await count('access_grants'),
      log: await count('access_log'),
    };
    await trx.deleteFrom('journalists').where('id', '=', journalist.id).execute();
    return erased;
  });
}

/** Everything stored about a person, grants and access log included, for a data request. */
export async function exportJournalist(db: Db, email: string) {
  const journalist = await findJournalist(db, email);
  if (!journalist) return undefined;
  const groups = await db
    .selectFrom('journalist_groups')
    .select(['group_name', 'added_at'])
    .where('journalist_id', '=', journalist.id)
    .orderBy('group_name')
    .execute();
  const grants = await db
    .selectFrom('access_grants')
    .select(['release_slug', 'locale', 'status', 'queued_at', 'sent_at', 'revoked_at'])
    .where('journalist_id', '=', journalist.id)
    .orderBy('queued_at')
    .orderBy('release_slug')
    .execute();
  const log = await db
    .selectFrom('access_log')
    .select(['release_slug', 'action', 'file', 'client', 'at'])
    .where('journalist_id', '=', journalist.id)
    .orderBy('at')
    .orderBy('id')
    .execute();
  return {
    email: journalist.email,
    name: journalist.name,
    outlet: journalist.outlet,
    language: journalist.locale,
    linkedAlertSubscription: journalist.subscriberId !== undefined,
    createdAt: journalist.createdAt,
    updatedAt: journalist.updatedAt,
    groups: groups.map((g) => ({ group: g.group_name, addedAt: g.added_at })),
    grants: grants.map((g) => ({
      release: g.release_slug,
      language: g.locale,
      status: g.status,
      queuedAt: g.queued_at,
      sentAt: g.sent_at,
      revokedAt: g.revoked_at,
    })),
    log: log.map((l) => ({ release: l.release_slug, action: l.action, file: l.file, client: l.client, at: l.at })),
  };
}

/** The early-access record of an alert subscriber: linked to it, or under the same address. */
export async function journalistOfSubscriber(
  db: Db,
  subscriber: { id: string; email: string },
): Promise<Journalist | undefined> {
  const found = await db
    .selectFrom('journalists')
    .selectAll()
    .where((eb) => eb.or([eb('subscriber_id', '=', subscriber.id), eb('email', '=', subscriber.email.toLowerCase())]))
    // The linked record first (false sorts before true on both engines).
    .orderBy((eb) => eb('subscriber_id', 'is', null))
    .limit(1)
    .executeTakeFirst();
  return found === undefined ? undefined : toJournalist(db, found);
}
