import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { Kysely, PostgresDialect } from 'kysely';
import { Pool } from 'pg';
import { afterEach, describe, inject } from 'vitest';
import { createDatabase } from '../../scripts/postgres-cluster';
import { openDb, type Db, type StorageLocation } from '@/lib/storage/db';
import { tempFolder } from './alerts-db';

/**
 * A fresh database of either engine for a test, so that the storage suites run on both: SQLite, a file in a
 * temporary folder; Postgres, a schema of its own in this test file's database on the cluster that
 * tests/support/postgres-cluster.ts started for the run. `open()` opens the same database again, as another process
 * would. Everything opened is closed after each test.
 */
export type Engine = StorageLocation['engine'];
export type FreshDb = { db: Db; location: StorageLocation; open: () => Promise<Db>; close: (db: Db) => Promise<void> };

const opened = new Set<Db>();
afterEach(async () => {
  for (const db of [...opened]) await close(db);
});

async function close(db: Db) {
  if (opened.delete(db)) await db.destroy();
}

async function open(location: StorageLocation): Promise<Db> {
  const db = await openDb(location);
  opened.add(db);
  return db;
}

const cluster = inject('postgres');
const fileDatabase = `newsroom_${randomBytes(6).toString('hex')}`;
let created: Promise<void> | undefined;

const at = (database: string, options?: string) => {
  if (!('url' in cluster)) throw new Error(cluster.problem);
  const url = new URL(cluster.url);
  url.pathname = `/${database}`;
  if (options) url.searchParams.set('options', options);
  return url.toString();
};

const connect = (url: string) =>
  new Kysely<unknown>({ dialect: new PostgresDialect({ pool: new Pool({ connectionString: url }) }) });

// The file's database is left to the cluster's deletion at the end of the run: dropping it here would race with the
// server side of connections the test handles have just closed.

async function freshLocation(engine: Engine): Promise<StorageLocation> {
  if (engine === 'sqlite') return { engine, file: path.join(tempFolder(), 'alerts.sqlite') };
  created ??= createDatabase(at('postgres'), fileDatabase).then(() => undefined);
  await created;
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const setup = connect(at(fileDatabase));
  try {
    await setup.schema.createSchema(schema).execute();
  } finally {
    await setup.destroy();
  }
  return { engine, url: at(fileDatabase, `-c search_path=${schema}`) };
}

/** A place for a new database of the engine, not opened yet. */
export async function freshStorage(engine: Engine): Promise<Omit<FreshDb, 'db'>> {
  const location = await freshLocation(engine);
  return { location, open: () => open(location), close };
}

/** A new, empty database of the engine, migrated. */
export async function freshDb(engine: Engine): Promise<FreshDb> {
  const storage = await freshStorage(engine);
  return { ...storage, db: await storage.open() };
}

/**
 * Declares the suite once per engine, named after it. Without a Postgres cluster (not installed and not root), the
 * Postgres leg is a skipped suite whose name says how to install it.
 */
export function describeEachEngine(name: string, suite: (engine: Engine) => void) {
  describe(`${name} (SQLite)`, () => suite('sqlite'));
  if ('url' in cluster) describe(`${name} (Postgres)`, () => suite('postgres'));
  else describe.skip(`${name} (Postgres): ${cluster.problem}`, () => suite('postgres'));
}
