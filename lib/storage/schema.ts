import type { Generated } from 'kysely';

/**
 * Every table of the newsroom's database, as the query builder sees it, the same on SQLite and on Postgres. Times
 * are ISO 8601 UTC strings (`new Date().toISOString()`), so they sort as text on both engines, except the rate-limit
 * events and claim expiries, which are epoch milliseconds because they are only ever compared with numbers. Migrations
 * (./migrations.ts) create exactly these columns; a change is a new migration and a change here.
 */
export interface Database {
  subscribers: SubscribersTable;
  deliveries: DeliveriesTable;
  rate_events: RateEventsTable;
  journalists: JournalistsTable;
  journalist_groups: JournalistGroupsTable;
  access_grants: AccessGrantsTable;
  access_log: AccessLogTable;
  schema_migrations: SchemaMigrationsTable;
}

/** The states of a queued e-mail (lib/alerts/mail-queue.ts); "cancelled" only in access_grants. */
export type MailStatus = 'pending' | 'sending' | 'sent' | 'failed' | 'unknown' | 'cancelled';

interface SubscribersTable {
  id: string;
  /** Lower-cased; unique. */
  email: string;
  locale: string;
  /** JSON arrays; topics NULL means every topic, including ones added later. */
  languages: string;
  topics: string | null;
  status: 'pending' | 'confirmed' | 'unsubscribed';
  consent_text: string;
  consent_locale: string;
  consent_at: string;
  created_at: string;
  updated_at: string;
  confirmed_at: string | null;
  unsubscribed_at: string | null;
}

/** One row per subscriber and release, ever (the primary key). */
interface DeliveriesTable {
  subscriber_id: string;
  release_slug: string;
  locale: string;
  status: Exclude<MailStatus, 'cancelled'>;
  message_id: string;
  attempts: Generated<number>;
  queued_at: string;
  attempted_at: string | null;
  sent_at: string | null;
  error: string | null;
  /** The run holding the row (lib/alerts/mail-queue.ts), until claim_expires_at (epoch ms). */
  claimed_by: string | null;
  claim_expires_at: number | null;
}

interface RateEventsTable {
  key: string;
  at: number;
}

interface JournalistsTable {
  id: string;
  email: string;
  name: string;
  outlet: string;
  locale: string;
  subscriber_id: string | null;
  created_at: string;
  updated_at: string;
}

interface JournalistGroupsTable {
  journalist_id: string;
  group_name: string;
  added_at: string;
}

/** One grant per person and release, ever (a unique key); no token is stored. */
interface AccessGrantsTable {
  id: string;
  journalist_id: string;
  release_slug: string;
  locale: string;
  status: MailStatus;
  message_id: string;
  attempts: Generated<number>;
  queued_at: string;
  attempted_at: string | null;
  sent_at: string | null;
  error: string | null;
  revoked_at: string | null;
  claimed_by: string | null;
  claim_expires_at: number | null;
}

interface AccessLogTable {
  id: Generated<number>;
  grant_id: string;
  journalist_id: string;
  release_slug: string;
  action: 'open' | 'download';
  /** The downloaded file's name; NULL for an opening. */
  file: string | null;
  client: string;
  at: string;
}

interface SchemaMigrationsTable {
  version: number;
  name: string;
  applied_at: string;
}
