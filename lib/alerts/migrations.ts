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
  {
    version: 2,
    name: 'early access: journalists, their groups, access grants, access log',
    sql: `
      -- Accredited journalists (personal data: never in Git). One row per address, lower-cased.
      CREATE TABLE journalists (
        id TEXT PRIMARY KEY,
        email TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        outlet TEXT NOT NULL,
        -- the language of their access e-mails and of the page when the release has that translation
        locale TEXT NOT NULL,
        -- set when membership was granted to a confirmed alert subscriber of the same address
        subscriber_id TEXT REFERENCES subscribers (id) ON DELETE SET NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );

      -- Membership is checked at every request, so leaving a group stops that person's links at once.
      CREATE TABLE journalist_groups (
        journalist_id TEXT NOT NULL REFERENCES journalists (id) ON DELETE CASCADE,
        group_name TEXT NOT NULL,
        added_at TEXT NOT NULL,
        PRIMARY KEY (journalist_id, group_name)
      );
      CREATE INDEX journalist_groups_group ON journalist_groups (group_name);

      -- One grant per person and release, ever: the unique key is what makes the access e-mail exactly-once. The
      -- status columns are the delivery state machine of the deliveries table. No token is stored: the link's HMAC is
      -- recomputed from the row.
      CREATE TABLE access_grants (
        id TEXT PRIMARY KEY,
        journalist_id TEXT NOT NULL REFERENCES journalists (id) ON DELETE CASCADE,
        release_slug TEXT NOT NULL,
        locale TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('pending', 'sending', 'sent', 'failed', 'unknown', 'cancelled')),
        message_id TEXT NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0,
        queued_at TEXT NOT NULL,
        attempted_at TEXT,
        sent_at TEXT,
        error TEXT,
        -- set by an operator: the link answers 404 from then on
        revoked_at TEXT,
        UNIQUE (journalist_id, release_slug)
      );
      CREATE INDEX access_grants_status ON access_grants (status);
      CREATE INDEX access_grants_release ON access_grants (release_slug);

      -- Every opening and download through a personal link: who, what, when, from which client.
      CREATE TABLE access_log (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        grant_id TEXT NOT NULL REFERENCES access_grants (id) ON DELETE CASCADE,
        journalist_id TEXT NOT NULL,
        release_slug TEXT NOT NULL,
        action TEXT NOT NULL CHECK (action IN ('open', 'download')),
        -- the downloaded file's name; NULL for an opening
        file TEXT,
        -- the client's address and user agent as the server saw them
        client TEXT NOT NULL,
        at TEXT NOT NULL
      );
      CREATE INDEX access_log_release_at ON access_log (release_slug, at);
      CREATE INDEX access_log_grant ON access_log (grant_id);
    `,
  },
];
