/**
 * The alerts database schema, as numbered steps. A released migration is never edited: change the schema by
 * appending the next version. Times are ISO 8601 UTC strings (`new Date().toISOString()`), except rate-limit
 * events, which are epoch milliseconds because they are only ever compared with numbers.
 */
export type Migration = { version: number; name: string; sql: string };

export const migrations: readonly Migration[] = [
  {
    version: 1,
    name: 'subscribers, delivery log, rate limits, sender lock',
    sql: `
      CREATE TABLE subscribers (
        id TEXT PRIMARY KEY,
        email TEXT NOT NULL UNIQUE,
        -- the site language the visitor used: confirmation e-mails and service pages speak it
        locale TEXT NOT NULL,
        -- JSON arrays; topics NULL means every topic, including ones added later
        languages TEXT NOT NULL,
        topics TEXT,
        status TEXT NOT NULL CHECK (status IN ('pending', 'confirmed', 'unsubscribed')),
        -- what the visitor agreed to, word for word, in the language it was shown in, and when
        consent_text TEXT NOT NULL,
        consent_locale TEXT NOT NULL,
        consent_at TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        confirmed_at TEXT,
        unsubscribed_at TEXT
      );

      -- One row per subscriber and release, ever: the primary key is what makes an alert exactly-once.
      CREATE TABLE deliveries (
        subscriber_id TEXT NOT NULL REFERENCES subscribers (id) ON DELETE CASCADE,
        release_slug TEXT NOT NULL,
        locale TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('pending', 'sending', 'sent', 'failed', 'unknown')),
        message_id TEXT NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0,
        queued_at TEXT NOT NULL,
        attempted_at TEXT,
        sent_at TEXT,
        error TEXT,
        PRIMARY KEY (subscriber_id, release_slug)
      );
      CREATE INDEX deliveries_status ON deliveries (status);

      CREATE TABLE rate_events (
        key TEXT NOT NULL,
        at INTEGER NOT NULL
      );
      CREATE INDEX rate_events_key_at ON rate_events (key, at);

      CREATE TABLE locks (
        name TEXT PRIMARY KEY,
        holder TEXT NOT NULL,
        expires_at INTEGER NOT NULL
      );
    `,
  },
];
