import { openDb, schemaVersion } from '@/lib/storage/db';
import { migrations } from '@/lib/storage/migrations';
import { configuredStorage } from '@/lib/storage/shared';

/**
 * `npm run db:migrate`: brings the database (DATABASE_URL, else the SQLite file ALERTS_DB) to the newest schema and
 * says where it is. The server and the scripts do the same when they open it; this is for a deploy that wants the
 * schema changed before the new code starts, or an operator who wants to see the version.
 */
const location = configuredStorage();
const db = await openDb(location);
try {
  const where = location.engine === 'sqlite' ? `the SQLite file ${location.file}` : 'Postgres (DATABASE_URL)';
  console.log(`db:migrate: ${where} is at schema version ${await schemaVersion(db)} of ${migrations.length}.`);
} finally {
  await db.destroy();
}
