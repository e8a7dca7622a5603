import type { AlertsDb } from '@/lib/alerts/db';
import { findJournalist, toJournalist, type Journalist } from './store';

/**
 * The data rights of an early-access journalist: everything stored about them, and its erasure. Alert subscribers'
 * export and deletion (lib/alerts/subscriptions.ts) include the record of the same person through these.
 */
/** Erases the person, their groups, grants and access log (ON DELETE CASCADE); says how much went, or undefined. */
export function deleteJournalist(
  db: AlertsDb,
  email: string,
): { groups: number; grants: number; log: number } | undefined {
  return db
    .transaction(() => {
      const journalist = findJournalist(db, email);
      if (!journalist) return undefined;
      const count = (table: string) =>
        db
          .prepare<[string], { n: number }>(`SELECT count(*) AS n FROM ${table} WHERE journalist_id = ?`)
          .get(journalist.id)?.n ?? 0;
      const erased = { groups: journalist.groups.length, grants: count('access_grants'), log: count('access_log') };
      db.prepare('DELETE FROM journalists WHERE id = ?').run(journalist.id);
      return erased;
    })
    .immediate();
}

/** Everything stored about a person, grants and access log included, for a data request. */
export function exportJournalist(db: AlertsDb, email: string) {
  const journalist = findJournalist(db, email);
  if (!journalist) return undefined;
  const groups = db
    .prepare<[string], { group_name: string; added_at: string }>(
      'SELECT group_name, added_at FROM journalist_groups WHERE journalist_id = ? ORDER BY group_name',
    )
    .all(journalist.id)
    .map((g) => ({ group: g.group_name, addedAt: g.added_at }));
  const grants = db
    .prepare<
      [string],
      {
        release_slug: string;
        locale: string;
        status: string;
        queued_at: string;
        sent_at: string | null;
        revoked_at: string | null;
      }
    >(
      'SELECT release_slug, locale, status, queued_at, sent_at, revoked_at FROM access_grants WHERE journalist_id = ? ORDER BY queued_at, release_slug',
    )
    .all(journalist.id)
    .map((g) => ({
      release: g.release_slug,
      language: g.locale,
      status: g.status,
      queuedAt: g.queued_at,
      sentAt: g.sent_at,
      revokedAt: g.revoked_at,
    }));
  const log = db
    .prepare<[string], { release_slug: string; action: string; file: string | null; client: string; at: string }>(
      'SELECT release_slug, action, file, client, at FROM access_log WHERE journalist_id = ? ORDER BY at, id',
    )
    .all(journalist.id)
    .map((l) => ({ release: l.release_slug, action: l.action, file: l.file, client: l.client, at: l.at }));
  return {
    email: journalist.email,
    name: journalist.name,
    outlet: journalist.outlet,
    language: journalist.locale,
    linkedAlertSubscription: journalist.subscriberId !== undefined,
    createdAt: journalist.createdAt,
    updatedAt: journalist.updatedAt,
    groups,
    grants,
    log,
  };
}

/** The early-access record of an alert subscriber: linked to it, or under the same address. */
export function journalistOfSubscriber(
  db: AlertsDb,
  subscriber: { id: string; email: string },
): Journalist | undefined {
  const found = db
    .prepare('SELECT * FROM journalists WHERE subscriber_id = ? OR email = ? ORDER BY subscriber_id IS NULL LIMIT 1')
    .get(subscriber.id, subscriber.email.toLowerCase());
  return found === undefined ? undefined : toJournalist(db, found);
}
