import { openAlertsDb, type AlertsDb } from '@/lib/alerts/db';
import { runAccess } from '@/lib/early-access/cli';
import { env } from '@/lib/env';

/** `npm run access -- <command>`: manages who may read releases early (lib/early-access/cli.ts, docs/early-access.md). */
let db: AlertsDb | undefined;
try {
  process.exitCode = runAccess(process.argv.slice(2), {
    db: () => (db ??= openAlertsDb(env.alerts.db)),
    out: (text) => console.log(text),
    err: (text) => console.error(text),
    now: () => new Date(),
  });
} finally {
  db?.close();
}
