import { sql, type ColumnDataType, type SchemaModule } from 'kysely';
import type { MailStatus } from './schema';

/**
 * The database schema, as numbered steps, one history for both engines. A released migration is never edited:
 * change the schema by appending the next version (and the table's type in ./schema.ts). Versions 1 and 2 create
 * on SQLite the same tables as the SQL of the releases before the query builder, so a file made by those is at
 * version 2 and is upgraded in place from there (tests/unit/storage/upgrade.test.ts).
 */
export type Engine = 'sqlite' | 'postgres';
export type Migration = { version: number; name: string; up: (schema: SchemaModule, engine: Engine) => Promise<void> };

// A CHECK constraint is an SQL expression: the values are literals of our own, never input.
const oneOf = (column: string, values: readonly string[]) =>
  sql<boolean>`${sql.ref(column)} in (${sql.join(values.map((value) => sql.lit(value)))})`;

const deliveryStatuses: readonly MailStatus[] = ['pending', 'sending', 'sent', 'failed', 'unknown'];

/** Epoch milliseconds outgrow Postgres's 32-bit integer; SQLite's INTEGER is 64 bits already. */
const epochMs = (engine: Engine): ColumnDataType => (engine === 'postgres' ? 'bigint' : 'integer');

export const migrations: readonly Migration[] = [
  {
    version: 1,
    name: 'subscribers, delivery log, rate limits, sender lock',
    up: async (schema, engine) => {
      await schema
        .createTable('subscribers')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('email', 'text', (c) => c.notNull().unique())
        // the site language the visitor used: confirmation e-mails and service pages speak it
        .addColumn('locale', 'text', (c) => c.notNull())
        // JSON arrays; topics NULL means every topic, including ones added later
        .addColumn('languages', 'text', (c) => c.notNull())
        .addColumn('topics', 'text')
        .addColumn('status', 'text', (c) =>
          c.notNull().check(oneOf('status', ['pending', 'confirmed', 'unsubscribed'])),
        )
        // what the visitor agreed to, word for word, in the language it was shown in, and when
        .addColumn('consent_text', 'text', (c) => c.notNull())
        .addColumn('consent_locale', 'text', (c) => c.notNull())
        .addColumn('consent_at', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('confirmed_at', 'text')
        .addColumn('unsubscribed_at', 'text')
        .execute();

      // One row per subscriber and release, ever: the primary key is what makes an alert exactly-once.
      await schema
        .createTable('deliveries')
        .addColumn('subscriber_id', 'text', (c) => c.notNull().references('subscribers.id').onDelete('cascade'))
        .addColumn('release_slug', 'text', (c) => c.notNull())
        .addColumn('locale', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull().check(oneOf('status', deliveryStatuses)))
        .addColumn('message_id', 'text', (c) => c.notNull())
        .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('queued_at', 'text', (c) => c.notNull())
        .addColumn('attempted_at', 'text')
        .addColumn('sent_at', 'text')
        .addColumn('error', 'text')
        .addPrimaryKeyConstraint('deliveries_pkey', ['subscriber_id', 'release_slug'])
        .execute();
      await schema.createIndex('deliveries_status').on('deliveries').column('status').execute();

      await schema
        .createTable('rate_events')
        .addColumn('key', 'text', (c) => c.notNull())
        .addColumn('at', epochMs(engine), (c) => c.notNull())
        .execute();
      await schema.createIndex('rate_events_key_at').on('rate_events').columns(['key', 'at']).execute();

      await schema
        .createTable('locks')
        .addColumn('name', 'text', (c) => c.primaryKey())
        .addColumn('holder', 'text', (c) => c.notNull())
        .addColumn('expires_at', epochMs(engine), (c) => c.notNull())
        .execute();
    },
  },
  {
    version: 2,
    name: 'early access: journalists, their groups, access grants, access log',
    up: async (schema, engine) => {
      // Accredited journalists (personal data: never in Git). One row per address, lower-cased.
      await schema
        .createTable('journalists')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('email', 'text', (c) => c.notNull().unique())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('outlet', 'text', (c) => c.notNull())
        // the language of their access e-mails and of the page when the release has that translation
        .addColumn('locale', 'text', (c) => c.notNull())
        // set when membership was granted to a confirmed alert subscriber of the same address
        .addColumn('subscriber_id', 'text', (c) => c.references('subscribers.id').onDelete('set null'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();

      // Membership is checked at every request, so leaving a group stops that person's links at once.
      await schema
        .createTable('journalist_groups')
        .addColumn('journalist_id', 'text', (c) => c.notNull().references('journalists.id').onDelete('cascade'))
        .addColumn('group_name', 'text', (c) => c.notNull())
        .addColumn('added_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('journalist_groups_pkey', ['journalist_id', 'group_name'])
        .execute();
      await schema.createIndex('journalist_groups_group').on('journalist_groups').column('group_name').execute();

      // One grant per person and release, ever: the unique key is what makes the access e-mail exactly-once. The
      // status columns are the delivery state machine of the deliveries table. No token is stored: the link's HMAC
      // is recomputed from the row.
      await schema
        .createTable('access_grants')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('journalist_id', 'text', (c) => c.notNull().references('journalists.id').onDelete('cascade'))
        .addColumn('release_slug', 'text', (c) => c.notNull())
        .addColumn('locale', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull().check(oneOf('status', [...deliveryStatuses, 'cancelled'])))
        .addColumn('message_id', 'text', (c) => c.notNull())
        .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('queued_at', 'text', (c) => c.notNull())
        .addColumn('attempted_at', 'text')
        .addColumn('sent_at', 'text')
        .addColumn('error', 'text')
        // set by an operator: the link answers 404 from then on
        .addColumn('revoked_at', 'text')
        .addUniqueConstraint('access_grants_journalist_release', ['journalist_id', 'release_slug'])
        .execute();
      await schema.createIndex('access_grants_status').on('access_grants').column('status').execute();
      await schema.createIndex('access_grants_release').on('access_grants').column('release_slug').execute();

      // Every opening and download through a personal link: who, what, when, from which client.
      await schema
        .createTable('access_log')
        // An ever-growing key: SQLite's AUTOINCREMENT never reuses one; Postgres's identity column is the same.
        .addColumn('id', engine === 'postgres' ? 'bigint' : 'integer', (c) =>
          engine === 'postgres' ? c.primaryKey().generatedByDefaultAsIdentity() : c.primaryKey().autoIncrement(),
        )
        .addColumn('grant_id', 'text', (c) => c.notNull().references('access_grants.id').onDelete('cascade'))
        .addColumn('journalist_id', 'text', (c) => c.notNull())
        .addColumn('release_slug', 'text', (c) => c.notNull())
        .addColumn('action', 'text', (c) => c.notNull().check(oneOf('action', ['open', 'download'])))
        // the downloaded file's name; NULL for an opening
        .addColumn('file', 'text')
        // the client's address and user agent as the server saw them
        .addColumn('client', 'text', (c) => c.notNull())
        .addColumn('at', 'text', (c) => c.notNull())
        .execute();
      await schema.createIndex('access_log_release_at').on('access_log').columns(['release_slug', 'at']).execute();
      await schema.createIndex('access_log_grant').on('access_log').column('grant_id').execute();
    },
  },
  {
    version: 3,
    name: 'row claims: any number of senders at once, on any nodes, instead of one sender lease',
    up: async (schema, engine) => {
      for (const table of ['deliveries', 'access_grants'] as const) {
        // The run that holds a pending row (its claim) or is sending it, and until when; a claim that runs out is
        // taken over by the next run (lib/alerts/mail-queue.ts). SQLite adds one column per statement.
        await schema.alterTable(table).addColumn('claimed_by', 'text').execute();
        await schema.alterTable(table).addColumn('claim_expires_at', epochMs(engine)).execute();
        // Claims take the oldest pending rows first.
        await schema.createIndex(`${table}_status_queued`).on(table).columns(['status', 'queued_at']).execute();
      }
      // The one-sender lease it replaces.
      await schema.dropTable('locks').execute();
    },
  },
];
