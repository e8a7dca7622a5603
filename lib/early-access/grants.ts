import { z } from 'zod';
import { locales, type Locale } from '@/lib/i18n/locales';
import type { Db } from '@/lib/storage/db';
import { findJournalist, newEarlyAccessId, toJournalist, type Journalist } from './store';

/**
 * Access grants (one per person and release, ever) and the access log. A grant row is the delivery record of the
 * access e-mail and the identity behind a personal link; the link's token is recomputed from it, never stored.
 */
const grantStatuses = ['pending', 'sending', 'sent', 'failed', 'unknown', 'cancelled'] as const;

type Grant = {
  id: string;
  journalistId: string;
  slug: string;
  locale: Locale;
  status: (typeof grantStatuses)[number];
  messageId: string;
  attempts: number;
  queuedAt: string;
  attemptedAt?: string;
  sentAt?: string;
  error?: string;
  revokedAt?: string;
};

export type GrantWithJournalist = Grant & { journalist: Journalist };

const row = z.object({
  grant_id: z.string(),
  journalist_id: z.string(),
  release_slug: z.string(),
  grant_locale: z.enum(locales),
  status: z.enum(grantStatuses),
  message_id: z.string(),
  attempts: z.number().int(),
  queued_at: z.string(),
  attempted_at: z.string().nullable(),
  sent_at: z.string().nullable(),
  error: z.string().nullable(),
  revoked_at: z.string().nullable(),
});

// The journalist's columns under their own names (toJournalist reads them), the grant's where they would clash.
const selectGrants = (db: Db) =>
  db
    .selectFrom('access_grants as g')
    .innerJoin('journalists as j', 'j.id', 'g.journalist_id')
    .selectAll('j')
    .select([
      'g.id as grant_id',
      'g.journalist_id',
      'g.release_slug',
      'g.locale as grant_locale',
      'g.status',
      'g.message_id',
      'g.attempts',
      'g.queued_at',
      'g.attempted_at',
      'g.sent_at',
      'g.error',
      'g.revoked_at',
    ]);

async function toGrant(db: Db, value: unknown): Promise<GrantWithJournalist> {
  const r = row.parse(value);
  return {
    id: r.grant_id,
    journalistId: r.journalist_id,
    slug: r.release_slug,
    locale: r.grant_locale,
    status: r.status,
    messageId: r.message_id,
    attempts: r.attempts,
    queuedAt: r.queued_at,
    attemptedAt: r.attempted_at ?? undefined,
    sentAt: r.sent_at ?? undefined,
    error: r.error ?? undefined,
    revokedAt: r.revoked_at ?? undefined,
    journalist: await toJournalist(db, value),
  };
}

/** Writes a pending grant unless the person already has one for the release; true when it is new. */
export async function queueGrant(
  db: Db,
  grant: { journalistId: string; slug: string; locale: Locale; messageId: string },
  now: Date,
): Promise<boolean> {
  const result = await db
    .insertInto('access_grants')
    .values({
      id: newEarlyAccessId(),
      journalist_id: grant.journalistId,
      release_slug: grant.slug,
      locale: grant.locale,
      status: 'pending',
      message_id: grant.messageId,
      queued_at: now.toISOString(),
    })
    .onConflict((oc) => oc.columns(['journalist_id', 'release_slug']).doNothing())
    .executeTakeFirst();
  return result.numInsertedOrUpdatedRows === 1n;
}

export async function findGrant(db: Db, id: string): Promise<GrantWithJournalist | undefined> {
  const found = await selectGrants(db).where('g.id', '=', id).executeTakeFirst();
  return found === undefined ? undefined : toGrant(db, found);
}

/** The grant of a person for a release, if any. */
export async function grantOf(db: Db, journalistId: string, slug: string): Promise<GrantWithJournalist | undefined> {
  const found = await selectGrants(db)
    .where('g.journalist_id', '=', journalistId)
    .where('g.release_slug', '=', slug)
    .executeTakeFirst();
  return found === undefined ? undefined : toGrant(db, found);
}

/** Every grant for a release, by address. */
export async function grantsOf(db: Db, slug: string): Promise<GrantWithJournalist[]> {
  const rows = await selectGrants(db).where('g.release_slug', '=', slug).orderBy('j.email').execute();
  const grants: GrantWithJournalist[] = [];
  for (const value of rows) grants.push(await toGrant(db, value));
  return grants;
}

/**
 * Revokes the person's links, for one release or all of them: from now on they answer 404. Returns how many were
 * revoked (links already revoked keep their first time).
 */
export async function revokeGrants(db: Db, email: string, now: Date, slug?: string): Promise<number> {
  const journalist = await findJournalist(db, email);
  if (!journalist) return 0;
  let revoke = db
    .updateTable('access_grants')
    .set({ revoked_at: now.toISOString() })
    .where('journalist_id', '=', journalist.id)
    .where('revoked_at', 'is', null);
  if (slug !== undefined) revoke = revoke.where('release_slug', '=', slug);
  const result = await revoke.executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export type AccessAction = 'open' | 'download';

/** What the log keeps of the client (address and user agent): enough to tell clients apart, bounded in size. */
const clientLength = 300;

/** Logs one opening or download through a grant's link; false when there is no such grant. */
export async function logAccess(
  db: Db,
  entry: { grantId: string; action: AccessAction; file?: string; client: string },
  now: Date,
): Promise<boolean> {
  // One statement: the grant's own person and release, or no row at all when there is no such grant.
  const result = await db
    .insertInto('access_log')
    .columns(['grant_id', 'journalist_id', 'release_slug', 'action', 'file', 'client', 'at'])
    .expression((eb) =>
      eb
        .selectFrom('access_grants')
        .select((g) => [
          'id',
          'journalist_id',
          'release_slug',
          g.val(entry.action).as('action'),
          g.val(entry.file ?? null).as('file'),
          g.val(entry.client.slice(0, clientLength)).as('client'),
          g.val(now.toISOString()).as('at'),
        ])
        .where('id', '=', entry.grantId),
    )
    .executeTakeFirst();
  return result.numInsertedOrUpdatedRows === 1n;
}

export type AccessLogEntry = {
  at: string;
  action: AccessAction;
  file?: string;
  client: string;
  email: string;
  name: string;
  outlet: string;
};

const logRow = z.object({
  at: z.string(),
  action: z.enum(['open', 'download']),
  file: z.string().nullable(),
  client: z.string(),
  email: z.string(),
  name: z.string(),
  outlet: z.string(),
});

/** Who opened and downloaded what of a release, oldest first. */
export async function accessLog(db: Db, slug: string): Promise<AccessLogEntry[]> {
  const rows = await db
    .selectFrom('access_log as l')
    .innerJoin('journalists as j', 'j.id', 'l.journalist_id')
    .select(['l.at', 'l.action', 'l.file', 'l.client', 'j.email', 'j.name', 'j.outlet'])
    .where('l.release_slug', '=', slug)
    .orderBy('l.at')
    .orderBy('l.id')
    .execute();
  return rows.map((value) => {
    const r = logRow.parse(value);
    return { ...r, file: r.file ?? undefined };
  });
}
