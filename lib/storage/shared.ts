import { env } from '@/lib/env';
import { openDb, storageLocation, type Db } from './db';

/** The database as configured: DATABASE_URL (Postgres) when set, else the SQLite file ALERTS_DB. */
export const configuredStorage = () => storageLocation({ databaseUrl: env.databaseUrl, sqliteFile: env.alerts.db });

let opened: Promise<Db> | undefined;

/**
 * The web server's one database handle per process, opened (and migrated) on first use, so `next build` never
 * touches the database. A failed opening is not kept: the next request tries again. No 'server-only' marker: the
 * early-access file handler under pages/api uses it too.
 */
export function sharedDb(): Promise<Db> {
  opened ??= openDb(configuredStorage()).catch((error: unknown) => {
    opened = undefined;
    throw error;
  });
  return opened;
}
