import type { AlertsDb } from './db';

/**
 * A named lease in the database: at most one sender runs at a time, across processes. A holder renews it while it
 * works; one that dies (crash, kill -9, power loss) loses it when the lease runs out, and the next run takes over.
 */
export function acquireLock(db: AlertsDb, name: string, holder: string, now: Date, leaseMs: number): boolean {
  const until = now.getTime() + leaseMs;
  const result = db
    .prepare(
      `INSERT INTO locks (name, holder, expires_at) VALUES (?, ?, ?)
       ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at
       WHERE locks.expires_at <= ? OR locks.holder = excluded.holder`,
    )
    .run(name, holder, until, now.getTime());
  return result.changes === 1;
}

/** Extends the lease; false when it was lost (it ran out and another holder took it over). */
export function renewLock(db: AlertsDb, name: string, holder: string, now: Date, leaseMs: number): boolean {
  const result = db
    .prepare('UPDATE locks SET expires_at = ? WHERE name = ? AND holder = ?')
    .run(now.getTime() + leaseMs, name, holder);
  return result.changes === 1;
}

export function releaseLock(db: AlertsDb, name: string, holder: string): void {
  db.prepare('DELETE FROM locks WHERE name = ? AND holder = ?').run(name, holder);
}
