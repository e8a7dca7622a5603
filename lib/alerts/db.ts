import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { migrations } from './migrations';

export type AlertsDb = Database.Database;

/**
 * Opens (and on first use creates) the alerts database and brings its schema up to date.
 *
 * WAL lets the web server and `npm run alerts:send` use the file at once; busy_timeout makes a writer wait for the
 * other instead of failing; synchronous=FULL means a transaction that returned is on disk, so a crash or power
 * loss right after a delivery was marked "sent" cannot forget it.
 */
export function openAlertsDb(file: string): AlertsDb {
  const absolute = path.resolve(file);
  try {
    mkdirSync(path.dirname(absolute), { recursive: true });
  } catch (error) {
    throw new Error(
      `ALERTS_DB: cannot create the folder for ${absolute}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const db = new Database(absolute);
  db.pragma('journal_mode = WAL');
  db.pragma('busy_timeout = 5000');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  migrate(db);
  return db;
}

/**
 * Applies every migration newer than the recorded version, each in its own IMMEDIATE transaction (which takes the
 * write lock first), so two processes starting together cannot both apply one.
 */
export function migrate(db: AlertsDb): void {
  db.exec(
    'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)',
  );
  const applied = db.prepare<[number], { version: number }>('SELECT version FROM schema_migrations WHERE version = ?');
  const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
  for (const migration of migrations) {
    db.transaction(() => {
      if (applied.get(migration.version)) return;
      db.exec(migration.sql);
      record.run(migration.version, migration.name, new Date().toISOString());
    }).immediate();
  }
}

/** The schema version the file is at: the newest applied migration. */
export function schemaVersion(db: AlertsDb): number {
  const row = db.prepare<[], { version: number | null }>('SELECT max(version) AS version FROM schema_migrations').get();
  return row?.version ?? 0;
}
