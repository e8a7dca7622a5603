import { mkdirSync } from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresAdapter } from 'kysely';
import { Pool, TypeOverrides, types } from 'pg';
import { WriterPostgresDialect, WriterSqliteDialect } from './dialects';
import { migrations, type Engine } from './migrations';
import type { Database } from './schema';

/**
 * The newsroom's database: alert subscriptions, their delivery log, rate limits and early access.
 * One query builder (Kysely) over either engine: an SQLite file, embedded, the default that needs nothing; or
 * Postgres, for more than one app node (DATABASE_URL, lib/env.ts). Every query is written once, in the modules that
 * own the tables (lib/alerts/, lib/early-access/); the schema is ./schema.ts, its history ./migrations.ts.
 */
export type Db = Kysely<Database>;

export type StorageLocation = { engine: 'sqlite'; file: string } | { engine: 'postgres'; url: string };

/** DATABASE_URL when set, else the SQLite file ALERTS_DB. */
export function storageLocation(settings: { databaseUrl?: string | undefined; sqliteFile: string }): StorageLocation {
  return settings.databaseUrl
    ? { engine: 'postgres', url: settings.databaseUrl }
    : { engine: 'sqlite', file: settings.sqliteFile };
}

/** Opens the database (creating an SQLite file on first use) and brings its schema up to date. */
export async function openDb(location: StorageLocation): Promise<Db> {
  const db = location.engine === 'sqlite' ? openSqlite(location.file) : openPostgres(location.url);
  try {
    await migrate(db, location.engine);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return db;
}

/**
 * WAL lets the web server and `npm run alerts:send` use the file at once; busy_timeout makes a writer wait for the
 * other instead of failing; synchronous=FULL means a transaction that returned is on disk, so a crash or power
 * loss right after a delivery was marked "sent" cannot forget it.
 */
function openSqlite(file: string): Db {
  const absolute = path.resolve(file);
  try {
    mkdirSync(path.dirname(absolute), { recursive: true });
  } catch (error) {
    throw new Error(
      `ALERTS_DB: cannot create the folder for ${absolute}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const database = new SQLite(absolute);
  database.pragma('journal_mode = WAL');
  database.pragma('busy_timeout = 5000');
  database.pragma('synchronous = FULL');
  database.pragma('foreign_keys = ON');
  return new Kysely<Database>({ dialect: new WriterSqliteDialect({ database }) });
}

/**
 * pg hands 64-bit integers (count(*), the epoch-millisecond columns) over as strings, since they may exceed
 * JavaScript's safe integers; ours never do (milliseconds reach 2^53 in the year 287,396), so they are numbers, as
 * SQLite gives them.
 */
const int8AsNumber = new TypeOverrides();
int8AsNumber.setTypeParser(types.builtins.INT8, Number);

function openPostgres(url: string): Db {
  const pool = new Pool({ connectionString: url, types: int8AsNumber });
  // An idle connection that breaks (the server restarted, a failover) is replaced at the next query; unheard, its
  // error would end the process.
  pool.on('error', (error) => console.error('database: an idle Postgres connection failed', error));
  return new Kysely<Database>({ dialect: new WriterPostgresDialect({ pool }) });
}

/** Whether the database is Postgres: for the few statements whose wording differs (row locks that skip). */
export const isPostgres = (db: Db) => db.getExecutor().adapter instanceof PostgresAdapter;

/**
 * Runs `work` in a transaction that holds the database's write lock from its start (./dialects.ts), or inside the
 * caller's transaction when `db` already is one, so that a function can be used alone or as a step of a larger one.
 */
export function writeTransaction<T>(db: Db, work: (trx: Db) => Promise<T>): Promise<T> {
  return db.isTransaction ? work(db) : db.transaction().execute(work);
}

/**
 * Applies every migration newer than the recorded version, each in its own transaction, which takes the write lock
 * first, so two processes starting together cannot both apply one. A database made before the query builder
 * already has schema_migrations with versions 1 and 2 and the same tables: it goes on from version 3.
 */
async function migrate(db: Db, engine: Engine): Promise<void> {
  await writeTransaction(db, (trx) =>
    trx.schema
      .createTable('schema_migrations')
      .ifNotExists()
      .addColumn('version', 'integer', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('applied_at', 'text', (c) => c.notNull())
      .execute(),
  );
  for (const migration of migrations) {
    await writeTransaction(db, async (trx) => {
      const applied = await trx
        .selectFrom('schema_migrations')
        .select('version')
        .where('version', '=', migration.version)
        .executeTakeFirst();
      if (applied) return;
      await migration.up(trx.schema, engine);
      await trx
        .insertInto('schema_migrations')
        .values({ version: migration.version, name: migration.name, applied_at: new Date().toISOString() })
        .execute();
    });
  }
}

/** The schema version the database is at: the newest applied migration. */
export async function schemaVersion(db: Db): Promise<number> {
  const row = await db
    .selectFrom('schema_migrations')
    .select((eb) => eb.fn.max('version').as('version'))
    .executeTakeFirst();
  return row?.version ?? 0;
}
