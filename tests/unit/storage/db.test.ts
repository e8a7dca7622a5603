import { expect, it } from 'vitest';
import { schemaVersion, storageLocation, writeTransaction, type Db } from '@/lib/storage/db';
import { migrations } from '@/lib/storage/migrations';
import { describeEachEngine, freshDb, freshStorage } from '@/tests/support/storage';

const pause = () => new Promise((resolve) => setTimeout(resolve, 20));

/** A read, a pause, then a write of what was read plus one: lost updates unless writers wait for each other. */
const increment = (db: Db) =>
  writeTransaction(db, async (trx) => {
    const row = await trx.selectFrom('rate_events').select('at').where('key', '=', 'counter').executeTakeFirst();
    await pause();
    await trx
      .updateTable('rate_events')
      .set({ at: (row?.at ?? 0) + 1 })
      .where('key', '=', 'counter')
      .execute();
  });

it('selects Postgres by DATABASE_URL and the SQLite file ALERTS_DB without it', () => {
  expect(storageLocation({ databaseUrl: 'postgres://u:p@db:5432/newsroom', sqliteFile: './data/a.sqlite' })).toEqual({
    engine: 'postgres',
    url: 'postgres://u:p@db:5432/newsroom',
  });
  expect(storageLocation({ databaseUrl: undefined, sqliteFile: './data/a.sqlite' })).toEqual({
    engine: 'sqlite',
    file: './data/a.sqlite',
  });
});

describeEachEngine('the newsroom database', (engine) => {
  it('applies each migration once, however many processes open the database', async () => {
    const { open } = await freshStorage(engine);
    // Two SQLite handles in one process cannot wait for each other (busy_timeout blocks the one event loop), so
    // there the second process opens after the first; on Postgres both really migrate at once.
    const [db, other] = engine === 'postgres' ? await Promise.all([open(), open()]) : [await open(), await open()];
    const third = await open();
    for (const handle of [db, other, third]) expect(await schemaVersion(handle)).toBe(migrations.length);
    const applied = await db.selectFrom('schema_migrations').select(['version', 'name']).orderBy('version').execute();
    expect(applied).toEqual(migrations.map(({ version, name }) => ({ version, name })));
  });

  it('runs writers one after the other, within a process and across processes', async () => {
    const { db, open } = await freshDb(engine);
    await db.insertInto('rate_events').values({ key: 'counter', at: 0 }).execute();
    await Promise.all([increment(db), increment(db), increment(db)]);
    if (engine === 'postgres') {
      // Another pool is another process's connection; SQLite's second process would wait in busy_timeout, which
      // blocks this one process's event loop, so that case is the delivery suite's (one run after another).
      const other = await open();
      await Promise.all([increment(db), increment(other), increment(other)]);
    }
    const row = await db.selectFrom('rate_events').select('at').where('key', '=', 'counter').executeTakeFirst();
    expect(row?.at).toBe(engine === 'postgres' ? 6 : 3);
  });

  it('rolls a transaction back whole when it fails, nested steps included', async () => {
    const { db } = await freshDb(engine);
    await expect(
      writeTransaction(db, async (trx) => {
        await trx.insertInto('rate_events').values({ key: 'k', at: 1 }).execute();
        await writeTransaction(trx, (inner) => inner.insertInto('rate_events').values({ key: 'k', at: 2 }).execute());
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    expect(await db.selectFrom('rate_events').selectAll().execute()).toEqual([]);
  });
});
