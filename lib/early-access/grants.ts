import { z } from 'zod';
import type { AlertsDb } from '@/lib/alerts/db';
import { locales, type Locale } from '@/lib/i18n/locales';
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
const selectGrants = `SELECT j.*, g.id AS grant_id, g.journalist_id, g.release_slug, g.locale AS grant_locale, g.status,
  g.message_id, g.attempts, g.queued_at, g.attempted_at, g.sent_at, g.error, g.revoked_at
  FROM access_grants g JOIN journalists j ON j.id = g.journalist_id`;

function toGrant(db: AlertsDb, value: unknown): GrantWithJournalist {
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
    journalist: toJournalist(db, value),
  };
}

/** Writes a pending grant unless the person already has one for the release; true when it is new. */
export function queueGrant(
  db: AlertsDb,
  grant: { journalistId: string; slug: string; locale: Locale; messageId: string },
  now: Date,
): boolean {
  return (
    db
      .prepare(
        `INSERT OR IGNORE INTO access_grants (id, journalist_id, release_slug, locale, status, message_id, queued_at)
         VALUES (?, ?, ?, ?, 'pending', ?, ?)`,
      )
      .run(newEarlyAccessId(), grant.journalistId, grant.slug, grant.locale, grant.messageId, now.toISOString())
      .changes === 1
  );
}

export function findGrant(db: AlertsDb, id: string): GrantWithJournalist | undefined {
  const found = db.prepare(`${selectGrants} WHERE g.id = ?`).get(id);
  return found === undefined ? undefined : toGrant(db, found);
}

/** Every grant for a release, by address. */
export function grantsOf(db: AlertsDb, slug: string): GrantWithJournalist[] {
  return db
    .prepare(`${selectGrants} WHERE g.release_slug = ? ORDER BY j.email`)
    .all(slug)
    .map((r) => toGrant(db, r));
}

/**
 * Revokes the person's links, for one release or all of them: from now on they answer 404. Returns how many were
 * revoked (links already revoked keep their first time).
 */
export function revokeGrants(db: AlertsDb, email: string, now: Date, slug?: string): number {
  const journalist = findJournalist(db, email);
  if (!journalist) return 0;
  return db
    .prepare(
      'UPDATE access_grants SET revoked_at = ? WHERE journalist_id = ? AND revoked_at IS NULL AND (? IS NULL OR release_slug = ?)',
    )
    .run(now.toISOString(), journalist.id, slug ?? null, slug ?? null).changes;
}

export type AccessAction = 'open' | 'download';

/** What the log keeps of the client (address and user agent): enough to tell clients apart, bounded in size. */
const clientLength = 300;

/** Logs one opening or download through a grant's link; false when there is no such grant. */
export function logAccess(
  db: AlertsDb,
  entry: { grantId: string; action: AccessAction; file?: string; client: string },
  now: Date,
): boolean {
  return (
    db
      .prepare(
        `INSERT INTO access_log (grant_id, journalist_id, release_slug, action, file, client, at)
         SELECT id, journalist_id, release_slug, ?, ?, ?, ? FROM access_grants WHERE id = ?`,
      )
      .run(entry.action, entry.file ?? null, entry.client.slice(0, clientLength), now.toISOString(), entry.grantId)
      .changes === 1
  );
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
export function accessLog(db: AlertsDb, slug: string): AccessLogEntry[] {
  return db
    .prepare(
      `SELECT l.at, l.action, l.file, l.client, j.email, j.name, j.outlet
       FROM access_log l JOIN journalists j ON j.id = l.journalist_id
       WHERE l.release_slug = ? ORDER BY l.at, l.id`,
    )
    .all(slug)
    .map((value) => {
      const r = logRow.parse(value);
      return { ...r, file: r.file ?? undefined };
    });
}
