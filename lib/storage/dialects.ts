import {
  CompiledQuery,
  PostgresDialect,
  PostgresDriver,
  SqliteDialect,
  SqliteDriver,
  type DatabaseConnection,
  type Driver,
  type PostgresDialectConfig,
  type SqliteDialectConfig,
  type TransactionSettings,
} from 'kysely';

/**
 * Kysely's own dialects, changed in one thing: every transaction is a writer's and takes the database's write lock
 * before its first statement, as better-sqlite3's `.immediate()` transactions did. Two transactions that read and
 * then write (a rate limit counted then recorded, an address looked up then inserted) therefore run one after the
 * other, across processes and on either engine, and none fails half-way for lack of the lock.
 */

/**
 * Kysely's SqliteDriver begins with a plain BEGIN (DEFERRED): the write lock would be asked for at the first write,
 * after the reads, and a second writer in between would fail with SQLITE_BUSY instead of waiting. BEGIN IMMEDIATE
 * takes it first; the connection's busy_timeout makes a second writer wait for it.
 */
class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

export class WriterSqliteDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig;
  constructor(config: SqliteDialectConfig) {
    super(config);
    this.#config = config;
  }
  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.#config);
  }
}

/**
 * Postgres has no BEGIN IMMEDIATE: the same single writer's lock is a transaction-level advisory lock, released by
 * COMMIT or ROLLBACK. The key is an arbitrary constant of ours, the same in every process of the newsroom.
 */
const WRITER_LOCK_KEY = 2_135_468_021;

class WriterPostgresDriver extends PostgresDriver {
  override async beginTransaction(connection: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    await super.beginTransaction(connection, settings);
    await connection.executeQuery(CompiledQuery.raw(`select pg_advisory_xact_lock(${WRITER_LOCK_KEY})`));
  }
}

export class WriterPostgresDialect extends PostgresDialect {
  readonly #config: PostgresDialectConfig;
  constructor(config: PostgresDialectConfig) {
    super(config);
    this.#config = config;
  }
  override createDriver(): Driver {
    return new WriterPostgresDriver(this.#config);
  }
}
