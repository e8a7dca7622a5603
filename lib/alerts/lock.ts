import type { Db } from '@/lib/storage/db';

/**
 * A named lease in the database: at most one sender runs at a time, across processes. A holder renews it while it
 * works; one that dies (crash, kill -9, power loss) loses it when the lease runs out, and the next run takes over.
 * Taking it is one statement on either engine (an upsert whose update only happens when the lease ran out or is
 * already ours), so two runs cannot both win.
 */
export async function acquireLock(db: Db, name: string, holder: string, now: Date, leaseMs: number): Promise<boolean> {
  const result = await db
    .insertInto('locks')
    .values({ name, holder, expires_at: now.getTime() + leaseMs })
    .onConflict((oc) =>
      oc
        .column('name')
        .doUpdateSet((eb) => ({ holder: eb.ref('excluded.holder'), expires_at: eb.ref('excluded.expires_at') }))
        .where((eb) =>
          eb.or([eb('locks.expires_at', '<=', now.getTime()), eb('locks.holder', '=', eb.ref('excluded.holder'))]),
        ),
    )
    .executeTakeFirst();
  return result.numInsertedOrUpdatedRows === 1n;
}

/** Extends the lease; false when it was lost (it ran out and another holder took it over). */
export async function renewLock(db: Db, name: string, holder: string, now: Date, leaseMs: number): Promise<boolean> {
  const result = await db
    .updateTable('locks')
    .set({ expires_at: now.getTime() + leaseMs })
    .where('name', '=', name)
    .where('holder', '=', holder)
    .executeTakeFirst();
  return result.numUpdatedRows === 1n;
}

export async function releaseLock(db: Db, name: string, holder: string): Promise<void> {
  await db.deleteFrom('locks').where('name', '=', name).where('holder', '=', holder).execute();
}
